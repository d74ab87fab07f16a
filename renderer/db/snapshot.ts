// Writes a whole portfolio snapshot (the first-run sample, later a restored backup)
// in one transaction: it lands whole or not at all.
import type { PortfolioSnapshot } from '@shared/domain';
import type { DbContext } from './context';
import { addRecord, addRecords, writeTransaction } from './writePath';
import { activityEntry } from './records';

/** The snapshot's tables, parents first (meeting preps and review summaries are not in it). */
const SNAPSHOT_TABLES = ['partnerships', 'intentVersions', 'stakeholders', 'cadences', 'occurrences', 'touchpoints', 'decisions', 'commitments', 'healthChecks', 'goalMeasurements', 'opportunities', 'valueEvents', 'activity'] as const;

export async function addSnapshot(ctx: DbContext, snapshot: PortfolioSnapshot, description: string): Promise<void> {
  const { db } = ctx;
  const tables = SNAPSHOT_TABLES.map((name) => db.table(name));
  await writeTransaction(db, tables, async () => {
    // Every table asked for at once: the browser's database writes one while the page hands it the next.
    await Promise.all(SNAPSHOT_TABLES.map((name) => addRecords(db, name, snapshot[name])));
    await addRecord(db, 'activity', activityEntry(ctx, 'partnership', '', '', 'import', description));
  });
}

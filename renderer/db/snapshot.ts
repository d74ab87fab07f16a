// Writes a whole portfolio snapshot (the first-run sample, later a restored backup)
// in one transaction: it lands whole or not at all.
import type { PortfolioSnapshot } from '@shared/domain';
import type { DbContext } from './context';
import { touchPartnership, writeTransaction } from './excerpts';
import { activityEntry } from './records';

export async function addSnapshot(ctx: DbContext, snapshot: PortfolioSnapshot, description: string): Promise<void> {
  const { db } = ctx;
  const tables = [db.partnerships, db.intentVersions, db.stakeholders, db.cadences, db.occurrences, db.touchpoints, db.decisions, db.commitments, db.healthChecks, db.goalMeasurements, db.opportunities, db.valueEvents, db.activity];
  await writeTransaction(db, tables, async () => {
    for (const p of snapshot.partnerships) touchPartnership(p.id);
    await db.partnerships.bulkAdd(snapshot.partnerships);
    await db.intentVersions.bulkAdd(snapshot.intentVersions);
    await db.stakeholders.bulkAdd(snapshot.stakeholders);
    await db.cadences.bulkAdd(snapshot.cadences);
    await db.occurrences.bulkAdd(snapshot.occurrences);
    await db.touchpoints.bulkAdd(snapshot.touchpoints);
    await db.decisions.bulkAdd(snapshot.decisions);
    await db.commitments.bulkAdd(snapshot.commitments);
    await db.healthChecks.bulkAdd(snapshot.healthChecks);
    await db.goalMeasurements.bulkAdd(snapshot.goalMeasurements);
    await db.opportunities.bulkAdd(snapshot.opportunities);
    await db.valueEvents.bulkAdd(snapshot.valueEvents);
    await db.activity.bulkAdd(snapshot.activity);
    await db.activity.add(activityEntry(ctx, 'partnership', '', '', 'import', description));
  });
}

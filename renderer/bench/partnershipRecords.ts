// One partnership's records as the plain snapshot the export builders take, read
// through the partnershipId indexes (the quarterly review the bench times).
import type { Table } from 'dexie';
import type { PartnershipId, PortfolioSnapshot } from '@shared/domain';
import type { StewardDb } from '../db/schema';

const CHILDREN = ['intentVersions', 'stakeholders', 'cadences', 'occurrences', 'touchpoints', 'decisions', 'commitments', 'healthChecks'] as const;

export async function readPartnershipRecords(db: StewardDb, partnershipId: PartnershipId): Promise<PortfolioSnapshot> {
  const tables = CHILDREN.map((name) => db[name] as Table<{ partnershipId: string }>);
  return db.transaction('r', [db.partnerships, ...tables], async () => {
    const partnership = await db.partnerships.get(partnershipId);
    const rows = await Promise.all(tables.map((t) => t.where('partnershipId').equals(partnershipId).toArray()));
    const children = Object.fromEntries(CHILDREN.map((name, i) => [name, rows[i]])) as unknown as Omit<PortfolioSnapshot, 'partnerships' | 'activity'>;
    return { ...children, partnerships: partnership ? [partnership] : [], activity: [] };
  });
}

// The plain snapshot the export builders in shared/exports take: one partnership's
// records read through its partnershipId indexes, or the whole portfolio. Read in one
// transaction, so an export is one consistent moment even while the user edits.
import type { Table } from 'dexie';
import type { PortfolioSnapshot } from '@shared/domain';
import { PARTNERSHIP_CHILD_TABLES } from '@shared/domain';
import type { StewardDb } from './schema';

const CHILD_TABLES = [...PARTNERSHIP_CHILD_TABLES, 'activity'] as const;

type ChildTable = (typeof CHILD_TABLES)[number];

/** Everything `partnershipId` holds (with that partnership), or every partnership's records when omitted. */
export async function readExportSnapshot(db: StewardDb, partnershipId?: string): Promise<PortfolioSnapshot> {
  const tables = CHILD_TABLES.map((name) => db[name] as Table<{ partnershipId: string }>);
  return db.transaction('r', [db.partnerships, ...tables], async () => {
    const partnerships = partnershipId === undefined ? await db.partnerships.toArray() : await db.partnerships.where({ id: partnershipId }).toArray();
    const rows = await Promise.all(tables.map((t) => (partnershipId === undefined ? t.toArray() : t.where({ partnershipId }).toArray())));
    const children = Object.fromEntries(CHILD_TABLES.map((name, i) => [name, rows[i]])) as unknown as Pick<PortfolioSnapshot, ChildTable>;
    return { partnerships, ...children };
  });
}

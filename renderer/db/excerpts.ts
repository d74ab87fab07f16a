// Keeps each partnership's excerpt (shared/partnershipExcerpt.ts) true to its records.
//
// Every write to the records runs in writeTransaction, and each write says which
// partnership it touched (touchPartnership). Before that transaction ends, refreshExcerpts
// rebuilds the touched partnerships' excerpts from their records as they then stand, so a
// stored excerpt is committed (or rolled back) with the records it was built from. A write
// nested in another (a touchpoint's follow-ups) joins the outer one, which refreshes once.
// refreshExcerpts is the one function that writes the excerpts table.
import Dexie from 'dexie';
import type { Table, Transaction } from 'dexie';
import type { PartnershipId } from '@shared/domain';
import type { ExcerptRecords, PartnershipExcerpt } from '@shared/partnershipExcerpt';
import { excerptPartnership } from '@shared/partnershipExcerpt';
import type { StewardDb } from './schema';

/** The tables an excerpt is built from and stored in: every write transaction that refreshes one includes them. */
export const excerptTables = (db: StewardDb) => [db.partnershipExcerpts, db.partnerships, db.cadences, db.occurrences, db.touchpoints, db.commitments, db.healthChecks, db.intentVersions];

/** One partnership's records an excerpt is built from, each kind by its partnershipId index. */
async function readRecords(db: StewardDb, partnershipId: string): Promise<ExcerptRecords> {
  const [cadences, occurrences, touchpoints, commitments, healthChecks, intentVersions] = await Promise.all([
    db.cadences.where('partnershipId').equals(partnershipId).toArray(),
    db.occurrences.where('partnershipId').equals(partnershipId).toArray(),
    db.touchpoints.where('partnershipId').equals(partnershipId).toArray(),
    db.commitments.where('partnershipId').equals(partnershipId).toArray(),
    db.healthChecks.where('partnershipId').equals(partnershipId).toArray(),
    db.intentVersions.where('partnershipId').equals(partnershipId).toArray(),
  ]);
  return { cadences, occurrences, touchpoints, commitments, healthChecks, intentVersions };
}

/** Same content, same JSON: the builder makes rows with a fixed key order. */
const isSame = (a: PartnershipExcerpt | undefined, b: PartnershipExcerpt) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * Rebuilds the excerpts of these partnerships ('all': every partnership, as after a restore)
 * from their records. Call inside a read-write transaction over excerptTables(db), after the
 * writes. A partnership that no longer exists loses its excerpt; an unchanged excerpt is not
 * written again, so the screens reading the table are not woken for nothing.
 */
export async function refreshExcerpts(db: StewardDb, partnershipIds: Iterable<string> | 'all'): Promise<void> {
  if (partnershipIds === 'all') {
    const ids = (await db.partnerships.toCollection().primaryKeys()) as string[];
    await db.partnershipExcerpts.clear();
    await db.partnershipExcerpts.bulkAdd(await Promise.all(ids.map(async (id) => excerptPartnership(id, await readRecords(db, id)))));
    return;
  }
  await Promise.all(
    [...new Set(partnershipIds)].map(async (id) => {
      const [partnership, stored, records] = await Promise.all([db.partnerships.get(id as PartnershipId), db.partnershipExcerpts.get(id), readRecords(db, id)]);
      if (!partnership) return db.partnershipExcerpts.delete(id);
      const excerpt = excerptPartnership(id, records, stored);
      return isSame(stored, excerpt) ? undefined : db.partnershipExcerpts.put(excerpt);
    }),
  );
}

// The partnerships each open write transaction has touched, by its outermost transaction:
// an entry lives exactly as long as that transaction's scope.
const touchedBy = new WeakMap<Transaction, Set<string>>();

const rootOf = (tx: Transaction): Transaction => (tx.parent ? rootOf(tx.parent) : tx);

/**
 * Runs `scope` in a read-write transaction over `tables` and the excerpts' tables, then
 * refreshes the excerpts of the partnerships its writes touched, in that same transaction.
 * Inside another writeTransaction it joins it (a Dexie sub-transaction) and the outer one
 * refreshes.
 */
export function writeTransaction<T>(db: StewardDb, tables: readonly Table[], scope: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [...new Set([...tables, ...excerptTables(db)])], async (tx) => {
    const root = rootOf(tx);
    if (touchedBy.has(root)) return scope();
    const touched = new Set<string>();
    touchedBy.set(root, touched);
    try {
      const result = await scope();
      await refreshExcerpts(db, touched);
      return result;
    } finally {
      touchedBy.delete(root);
    }
  });
}

/** Says that a write changed this partnership's records; call inside writeTransaction. */
export function touchPartnership(partnershipId: string): void {
  const tx = Dexie.currentTransaction;
  const touched = tx ? touchedBy.get(rootOf(tx)) : undefined;
  if (!touched) throw new Error('A write to the records ran outside writeTransaction: its partnership’s excerpt would go stale.');
  touched.add(partnershipId);
}

// Keeps each partnership's excerpt (shared/partnershipExcerpt.ts) true to its records.
//
// Every write to the records runs in writeTransaction (writePath.ts), and each write says which
// partnership it touched. Before that transaction ends, refreshExcerpts rebuilds the touched
// partnerships' excerpts from their records as they then stand, so a stored excerpt is
// committed (or rolled back) with the records it was built from. refreshExcerpts is the one
// function that writes the excerpts table, and with each row it writes (or deletes) the row's
// revision in excerptRevisions, which the screens read to learn which excerpts changed
// (renderer/db/attentionQuery.ts).
import type { PartnershipId } from '@shared/domain';
import { newId } from './ids';
import type { ExcerptPart, ExcerptSources, PartnershipExcerpt, StoredExcerpt } from '@shared/partnershipExcerpt';
import { EXCERPT_PARTS, excerptPartnership, rebuildParts } from '@shared/partnershipExcerpt';
import { calendarCache } from './calendarCache';
import type { StewardDb } from './schema';

/** The tables an excerpt is built from and stored in: every write transaction that refreshes one includes them. */
export const excerptTables = (db: StewardDb) => [db.partnershipExcerpts, db.excerptRevisions, db.partnerships, db.cadences, db.occurrences, db.touchpoints, db.commitments, db.healthChecks, db.intentVersions, db.goalMeasurements];

/** The kinds of records each part of an excerpt is built from. */
const KINDS_OF: Readonly<Record<ExcerptPart, readonly (keyof ExcerptSources)[]>> = {
  meetings: ['cadences', 'occurrences', 'touchpoints'],
  commitments: ['commitments'],
  healthChecks: ['healthChecks'],
  intentVersions: ['intentVersions'],
  // The current intent's goals, and what they measured at.
  goals: ['intentVersions', 'goalMeasurements'],
};

/**
 * The parts of an excerpt a write to this table can change. The partnership itself only
 * decides whether the excerpt exists; a table no part reads (stakeholders, activity)
 * changes none; a table this does not know, every part.
 */
export function partsOf(table: string | undefined): readonly ExcerptPart[] {
  if (table === 'partnerships') return [];
  const parts = EXCERPT_PARTS.filter((part) => (KINDS_OF[part] as readonly string[]).includes(table ?? ''));
  return parts.length > 0 || (table !== undefined && UNREAD_TABLES.has(table)) ? parts : EXCERPT_PARTS;
}
const UNREAD_TABLES = new Set(['stakeholders', 'decisions', 'meetingPreps', 'opportunities', 'valueEvents', 'reviewSummaries']);

/** One partnership's records of the kinds these parts are built from, each kind by its partnershipId index. */
async function readRecords(db: StewardDb, partnershipId: string, parts: Iterable<ExcerptPart>): Promise<Partial<ExcerptSources>> {
  const kinds = [...new Set([...parts].flatMap((part) => KINDS_OF[part]))];
  const lists = await Promise.all(kinds.map((kind) => db.table(kind).where('partnershipId').equals(partnershipId).toArray()));
  return Object.fromEntries(kinds.map((kind, i) => [kind, lists[i]])) as Partial<ExcerptSources>;
}

/** Same content, same JSON: the builder makes rows with a fixed key order (the stamp aside). */
function isSame(stored: StoredExcerpt | undefined, built: PartnershipExcerpt): boolean {
  if (stored === undefined) return false;
  const { revision: _stamp, ...content } = stored;
  return JSON.stringify(content) === JSON.stringify(built);
}

/** A new row's stamp: unique, so no two writes of any row, in any database or run, share one. */
const stamped = (excerpt: PartnershipExcerpt): StoredExcerpt & { readonly revision: string } => ({ ...excerpt, revision: newId() });

/** Stores a stamped excerpt with its revision row. */
function storeExcerpt(db: StewardDb, excerpt: PartnershipExcerpt): Promise<unknown> {
  const row = stamped(excerpt);
  return Promise.all([db.partnershipExcerpts.put(row), db.excerptRevisions.put({ partnershipId: row.partnershipId, revision: row.revision })]);
}

/** Deletes a partnership's excerpt and its revision row. */
function deleteExcerpt(db: StewardDb, partnershipId: string): Promise<unknown> {
  return Promise.all([db.partnershipExcerpts.delete(partnershipId), db.excerptRevisions.delete(partnershipId)]);
}

/**
 * Rebuilds the excerpts of these partnerships ('all': every partnership, as after a restore)
 * from their records. Call inside a read-write transaction over excerptTables(db), after the
 * writes. A partnership that no longer exists loses its excerpt; an unchanged excerpt is not
 * written again, so the screens reading the table are not woken for nothing.
 */
export async function refreshExcerpts(db: StewardDb, partnershipIds: Iterable<string> | ReadonlyMap<string, ReadonlySet<ExcerptPart>> | 'all'): Promise<void> {
  if (partnershipIds === 'all') {
    const ids = (await db.partnerships.toCollection().primaryKeys()) as string[];
    await Promise.all([db.partnershipExcerpts.clear(), db.excerptRevisions.clear()]);
    const rows = await Promise.all(ids.map(async (id) => stamped(excerptPartnership(id, (await readRecords(db, id, EXCERPT_PARTS)) as ExcerptSources, undefined, calendarCache()))));
    await Promise.all([db.partnershipExcerpts.bulkAdd(rows), db.excerptRevisions.bulkAdd(rows.map(({ partnershipId, revision }) => ({ partnershipId, revision })))]);
    return;
  }
  const touched = partnershipIds instanceof Map ? (partnershipIds as ReadonlyMap<string, ReadonlySet<ExcerptPart>>) : new Map([...(partnershipIds as Iterable<string>)].map((id) => [id, new Set(EXCERPT_PARTS)]));
  await Promise.all(
    [...touched].map(async ([id, parts]) => {
      const [partnership, stored] = await Promise.all([db.partnerships.get(id as PartnershipId), db.partnershipExcerpts.get(id)]);
      if (!partnership) return deleteExcerpt(db, id);
      // Without a stored excerpt every part is built, from every kind of record.
      const wanted = stored ? parts : new Set(EXCERPT_PARTS);
      if (stored && wanted.size === 0) return undefined;
      const excerpt = rebuildParts(id, wanted, await readRecords(db, id, wanted), stored, calendarCache());
      return isSame(stored, excerpt) ? undefined : storeExcerpt(db, excerpt);
    }),
  );
}

/**
 * Gives the rows written before excerpts kept goals (version 9 databases of the first days)
 * their goals part, so Attention sees every goal without waiting for a write to each
 * partnership. Run once at boot; does nothing once every row has one.
 */
export async function completeExcerpts(db: StewardDb): Promise<void> {
  await db.transaction('rw', excerptTables(db), async () => {
    const stale = (await db.partnershipExcerpts.toArray()).filter((e) => e.goals === undefined).map((e) => e.partnershipId);
    if (stale.length > 0) await refreshExcerpts(db, new Map(stale.map((id) => [id, new Set<ExcerptPart>(['goals'])])));
  });
}

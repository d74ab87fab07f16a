// Portfolio search beyond names: which partnerships mention every word of a query
// in their intent, touchpoints or commitments, and where. A substring search cannot use
// an index, so it scans, but in chunks of a few hundred records read in one request
// each: fast at 100k records, and the page stays responsive between chunks.
import type { Table } from 'dexie';
import type { StewardDb } from './schema';

export type SearchHit = 'intent' | 'touchpoints' | 'commitments';

/** Records per read: large enough to be fast, small enough to never block input for long. */
const CHUNK = 500;

function wordsOf(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesAll(words: readonly string[], texts: readonly string[]): boolean {
  const haystack = texts.join(' ').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Visits every record in primary-key order, CHUNK at a time. */
async function scanInChunks<T extends { readonly id: K }, K extends string, I>(table: Table<T, K, I>, visit: (row: T) => void): Promise<void> {
  let after: K | undefined;
  for (;;) {
    const rows = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(CHUNK).toArray();
    rows.forEach(visit);
    const last = rows.at(-1);
    if (rows.length < CHUNK || !last) return;
    after = last.id;
  }
}

export async function searchRecords(db: StewardDb, query: string): Promise<Map<string, Set<SearchHit>>> {
  const words = wordsOf(query);
  const hits = new Map<string, Set<SearchHit>>();
  if (words.length === 0) return hits;
  const add = (partnershipId: string, hit: SearchHit) => hits.set(partnershipId, (hits.get(partnershipId) ?? new Set()).add(hit));
  await scanInChunks(db.intentVersions, (v) => {
    if (v.deletedAt || v.status === 'superseded') return;
    const texts = [v.purpose, v.nonNegotiables, v.successCriteria, v.exitConditions, v.internalNotes, v.scope.inScope, v.scope.outOfScope, ...Object.values(v.valueExchange), ...v.goals.flatMap((g) => [g.statement, g.metric, g.target]), ...v.tradeoffs.flatMap((t) => [t.term, t.agreedPosition])];
    if (matchesAll(words, texts)) add(v.partnershipId, 'intent');
  });
  await scanInChunks(db.touchpoints, (t) => {
    if (!t.deletedAt && matchesAll(words, [t.title, t.summary, t.internalNotes])) add(t.partnershipId, 'touchpoints');
  });
  await scanInChunks(db.commitments, (c) => {
    if (!c.deletedAt && matchesAll(words, [c.title, c.detail])) add(c.partnershipId, 'commitments');
  });
  return hits;
}

// Portfolio search beyond names: which partnerships mention every word of a query
// in their intent, touchpoints or commitments, and where.
import type { StewardDb } from './schema';

export type SearchHit = 'intent' | 'touchpoints' | 'commitments';

function wordsOf(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesAll(words: readonly string[], texts: readonly string[]): boolean {
  const haystack = texts.join(' ').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export async function searchRecords(db: StewardDb, query: string): Promise<Map<string, Set<SearchHit>>> {
  const words = wordsOf(query);
  const hits = new Map<string, Set<SearchHit>>();
  if (words.length === 0) return hits;
  const add = (partnershipId: string, hit: SearchHit) => hits.set(partnershipId, (hits.get(partnershipId) ?? new Set()).add(hit));
  await db.intentVersions.each((v) => {
    if (v.deletedAt || v.status === 'superseded') return;
    const texts = [v.purpose, v.nonNegotiables, v.successCriteria, v.exitConditions, v.internalNotes, v.scope.inScope, v.scope.outOfScope, ...Object.values(v.valueExchange), ...v.goals.flatMap((g) => [g.statement, g.metric, g.target]), ...v.tradeoffs.flatMap((t) => [t.term, t.agreedPosition])];
    if (matchesAll(words, texts)) add(v.partnershipId, 'intent');
  });
  await db.touchpoints.each((t) => {
    if (!t.deletedAt && matchesAll(words, [t.title, t.summary, t.internalNotes])) add(t.partnershipId, 'touchpoints');
  });
  await db.commitments.each((c) => {
    if (!c.deletedAt && matchesAll(words, [c.title, c.detail])) add(c.partnershipId, 'commitments');
  });
  return hits;
}

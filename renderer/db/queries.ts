// Reads the screens make. Every list leaves soft-deleted records out unless asked.
import type { Activity, Partnership, PartnershipId } from '@shared/domain';
import type { StewardDb } from './schema';

/** How many partnerships the database holds, archived ones included. */
export function countPartnerships(db: StewardDb): Promise<number> {
  return db.partnerships.count();
}

export async function listPartnerships(db: StewardDb, options: { readonly archived?: boolean } = {}): Promise<Partnership[]> {
  const all = await readPartnershipsByName(db);
  return all.filter((p) => Boolean(p.deletedAt) === Boolean(options.archived));
}

/** Strings in the order IndexedDB keeps them (UTF-16 code units), not a locale's. */
export const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every partnership, in the order of the name index (code units, then id), read by primary
 * key and sorted here: a list of a few hundred sorts in well under a millisecond, and the
 * database answers a plain read several milliseconds sooner than one through an index.
 */
export async function readPartnershipsByName(db: StewardDb): Promise<Partnership[]> {
  const all = await db.partnerships.toArray();
  return all.sort((a, b) => codeUnitOrder(a.name, b.name) || codeUnitOrder(a.id, b.id));
}

/** The partnership, or null when there is none (undefined is left to mean "still loading"). */
export async function getPartnership(db: StewardDb, id: PartnershipId): Promise<Partnership | null> {
  return (await db.partnerships.get(id)) ?? null;
}

export function recentActivity(db: StewardDb, partnershipId: string, limit = 50): Promise<Activity[]> {
  return db.activity
    .where('[partnershipId+at]')
    .between([partnershipId, ''], [partnershipId, '\uffff'])
    .reverse()
    .limit(limit)
    .toArray();
}

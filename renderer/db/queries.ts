// Reads the screens make. Every list leaves soft-deleted records out unless asked.
import type { Activity, Partnership, PartnershipId } from '@shared/domain';
import type { StewardDb } from './schema';

export async function listPartnerships(db: StewardDb, options: { readonly archived?: boolean } = {}): Promise<Partnership[]> {
  const all = await db.partnerships.orderBy('name').toArray();
  return all.filter((p) => Boolean(p.deletedAt) === Boolean(options.archived));
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

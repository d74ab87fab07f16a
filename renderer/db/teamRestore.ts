// A backup restored into a portfolio shared with a team (issue 17): replacing this machine's
// copy alone would be undone by the team's copy at the next sync, so a replace is refused
// unless the member chooses to replace the team's copy, which only an owner of every
// partnership it would replace may do. The restore screen asks the same questions first.
import type { BackupFile } from '@shared/backup/format';
import { SYNCED_TABLES, partnershipOfRecord } from '@shared/sync/fields';
import type { DbContext } from './context';
import { isSyncOn } from './writePath';

/** A restore that would not do what it says, with the reason and the way out. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export const REPLACE_UNDONE_MESSAGE =
  'This portfolio is shared with your team: replacing it with a backup here would be undone by the team’s copy. Merge the backup instead, or choose to replace the team’s copy (owner only).';

/** Whether this portfolio is shared with a team: sync is on, or the database keeps team documents. */
export async function isSyncedPortfolio(ctx: DbContext): Promise<boolean> {
  return isSyncOn(ctx.db) || (await ctx.db.syncDocs.count()) > 0;
}

/** The partnerships replacing the team's copy writes: every one this database holds and every one the backup's records name. */
async function partnershipsReplaced(ctx: DbContext, backup: BackupFile): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const table of SYNCED_TABLES) for (const record of backup.data[table] as unknown as readonly Readonly<Record<string, unknown>>[]) names.set(partnershipOfRecord(table, record), '');
  names.delete('');
  for (const p of backup.data.partnerships) names.set(p.id, p.name);
  for (const p of await ctx.db.partnerships.toArray()) names.set(p.id, p.name);
  return names;
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((n) => `“${n}”`);
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(names.length === 2 ? ' and ' : ', ');
}

/**
 * Why this member may not replace the team's copy with `backup`, or undefined when they may:
 * team sync must be running, the team server must have said which partnerships the member
 * holds, and they must own every one of those the restore would write. A partnership the
 * server does not list for them is not the team's copy as far as this member can reach: its
 * records stay on this machine (a partnership not yet shared, or one no longer shared with them).
 */
export async function teamCopyRefusal(ctx: DbContext, backup: BackupFile): Promise<string | undefined> {
  if (!isSyncOn(ctx.db)) return 'Team sync is not running: join the team again before replacing the team’s copy with a backup.';
  const roles = ctx.db.syncRecorder?.roles();
  if (!roles) return 'The team server has not said yet which partnerships you own: connect to it, then try again.';
  const replaced = await partnershipsReplaced(ctx, backup);
  const notOwned = [...replaced].filter(([id]) => roles.has(id) && roles.get(id) !== 'owner').map(([id, name]) => name || `partnership ${id}`);
  if (notOwned.length === 0) return undefined;
  return `Only an owner of every partnership the backup would replace can replace the team’s copy: you do not own ${listNames(notOwned)}.`;
}

/** Refuses a replace restore the team's copy would undo, unless the member may and chose to replace it. Answers whether it replaces the team's copy. */
export async function checkTeamReplace(ctx: DbContext, backup: BackupFile, replaceTeamCopy: boolean): Promise<boolean> {
  if (!(await isSyncedPortfolio(ctx))) return false;
  if (!replaceTeamCopy) throw new RestoreRefusedError(REPLACE_UNDONE_MESSAGE);
  const refusal = await teamCopyRefusal(ctx, backup);
  if (refusal) throw new RestoreRefusedError(refusal);
  return true;
}

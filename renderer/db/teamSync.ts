// Team sync at boot: when this machine joined a team (renderer/db/team.ts), its sync context
// (made before the database opens: it watches every write from the first, so the database,
// opened to read the settings, is closed and opened again with it) and its connection. The
// single-user app reads the settings row and the token and does nothing else.
import type { DbContext } from './context';
import type { SyncContext } from './sync';
import { createSyncContext } from './sync';
import type { TeamConnection } from './sync/connection';
import { connectTeam } from './sync/connection';
import type { TeamMembership } from './team';
import { readTeam } from './team';

export interface TeamSync {
  readonly membership: TeamMembership;
  readonly sync: SyncContext;
  readonly connection: TeamConnection;
}

export async function startTeamSync(ctx: DbContext): Promise<TeamSync | undefined> {
  const membership = await readTeam(ctx);
  if (!membership) return undefined;
  const wasOpen = ctx.db.isOpen();
  if (wasOpen) ctx.db.close({ disableAutoOpen: false });
  const sync = createSyncContext(ctx, { member: membership.memberName });
  if (wasOpen) await ctx.db.open();
  const connection = connectTeam({ url: membership.serverUrl, token: membership.token, sync });
  return { membership, sync, connection };
}

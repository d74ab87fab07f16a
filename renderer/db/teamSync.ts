// Team sync at boot: when this machine joined a team (renderer/db/team.ts), its sync context
// (from then on the write path hands it every local write to a synced table) and its
// connection. The single-user app reads the settings row and the token and does nothing else.
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
  const sync = createSyncContext(ctx, { member: membership.memberName });
  const connection = connectTeam({ url: membership.serverUrl, token: membership.token, sync });
  return { membership, sync, connection };
}

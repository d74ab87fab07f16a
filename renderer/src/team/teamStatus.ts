// The team connection as the page sees it: none (the single-user app), or the connection
// boot made, whose status the shell's indicator and Settings → Team follow.
import type { SyncContext } from '../../db/sync';
import type { TeamConnection } from '../../db/sync/connection';
import type { TeamMembership } from '../../db/team';
import { createStore } from '../reminders/store';

export interface TeamState {
  readonly connection: TeamConnection;
  readonly membership: Omit<TeamMembership, 'token'>;
  /** The sync context, whose documents say who last changed each record ("Last changed by Bob"). */
  readonly sync?: SyncContext;
}

export const teamState = createStore<TeamState | undefined>(undefined);

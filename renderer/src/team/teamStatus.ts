// The team connection as the page sees it: none (the single-user app), or the connection
// boot made, whose status the shell's indicator and Settings → Team follow.
import type { TeamConnection } from '../../db/sync/connection';
import type { TeamMembership } from '../../db/team';
import { createStore } from '../reminders/store';

export interface TeamState {
  readonly connection: TeamConnection;
  readonly membership: Omit<TeamMembership, 'token'>;
}

export const teamState = createStore<TeamState | undefined>(undefined);

// Team sync at boot, for the page: start it when this machine joined a team, make the page's
// connect policy (narrowConnections.ts) name that team's server, and publish the connection
// for the shell's indicator and Settings → Team. Failing here never keeps the user out.
import { appContext } from '../../db/db';
import { startTeamSync } from '../../db/teamSync';
import { TEAM_SERVER_KEY } from './narrowConnections';
import { teamState } from './teamStatus';

const RELOADED_KEY = 'steward.teamPolicyReloaded';

/**
 * Whether the page must load again for its policy to allow `serverUrl` (the address in
 * localStorage was missing or another). Reloads at most once per address and session, so a
 * storage that does not keep what it is given cannot make the page reload forever.
 */
function policyNeedsReload(serverUrl: string | undefined): boolean {
  try {
    const stored = localStorage.getItem(TEAM_SERVER_KEY) ?? undefined;
    if (stored === serverUrl) return false;
    if (serverUrl === undefined) {
      localStorage.removeItem(TEAM_SERVER_KEY);
      return false;
    }
    localStorage.setItem(TEAM_SERVER_KEY, serverUrl);
    if (sessionStorage.getItem(RELOADED_KEY) === serverUrl) return false;
    sessionStorage.setItem(RELOADED_KEY, serverUrl);
    return true;
  } catch {
    return false;
  }
}

/** Starts team sync if this machine joined a team; answers false when the page is reloading instead. */
export async function startTeam(): Promise<boolean> {
  try {
    const team = await startTeamSync(appContext);
    if (policyNeedsReload(team?.membership.serverUrl)) {
      await team?.connection.close();
      location.reload();
      return false;
    }
    if (team) teamState.set({ connection: team.connection, membership: { serverUrl: team.membership.serverUrl, memberName: team.membership.memberName }, sync: team.sync });
  } catch (error) {
    console.error('Steward could not start team sync; it works on this machine alone until the next start.', error);
  }
  return true;
}

/** After joining or leaving: the policy's address follows, and the page loads again to connect (or not). */
export function restartForTeam(serverUrl: string | undefined): void {
  try {
    if (serverUrl === undefined) localStorage.removeItem(TEAM_SERVER_KEY);
    else localStorage.setItem(TEAM_SERVER_KEY, serverUrl);
  } catch {
    // No storage: boot puts the address there, or connects under the built policy's narrowing to itself.
  }
  location.reload();
}

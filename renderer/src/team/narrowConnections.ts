// The first thing the page runs (main.tsx imports it before anything else): a <meta> policy
// that lets the page connect only to itself and to the team server this machine joined (or
// to itself alone), narrowing the built policy's any-ws/http connect-src (shared/csp.ts).
// The server's address is read from localStorage, synchronously, because the database is
// asynchronous and the policy must be in place before any code could open a connection; it
// is written there when the member joins and removed when they leave (and put right at boot
// from the settings, teamSync.ts).
import { teamConnectPolicy } from '@shared/csp';

export const TEAM_SERVER_KEY = 'steward.teamServer';

export function narrowConnections(doc: Document, storage: Pick<Storage, 'getItem'> | undefined): void {
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = teamConnectPolicy(storage?.getItem(TEAM_SERVER_KEY) ?? undefined);
  doc.head.prepend(meta);
}

/** The storage the page may use, or undefined where it throws (a sandboxed page). */
function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

narrowConnections(document, pageStorage());

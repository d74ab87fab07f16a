// What the app tells the user about team sync: the connection's state in one value, and the
// server's refusals (protocol.ts REFUSALS) in words a member can act on. Pure data.
import type { Refusal } from './protocol';
import { REFUSALS } from './protocol';

/**
 * The connection's state. `waiting` counts the changes made on this machine that the server
 * has not confirmed yet (Yjs items: roughly one per field written).
 */
export type SyncStatus =
  | { readonly kind: 'connecting'; readonly waiting: number }
  | { readonly kind: 'syncing'; readonly waiting: number }
  | { readonly kind: 'synced' }
  | { readonly kind: 'offline'; readonly waiting: number }
  | { readonly kind: 'error'; readonly reason: string; readonly waiting: number };

/** Refusals that concern the member's token, not one document: nothing will connect until they join again. */
export const TOKEN_REFUSALS: readonly Refusal[] = [REFUSALS.noToken, REFUSALS.badToken, REFUSALS.expired, REFUSALS.unknownMember, REFUSALS.revoked];

export function isTokenRefusal(reason: string): boolean {
  return (TOKEN_REFUSALS as readonly string[]).includes(reason);
}

const REFUSAL_TEXT: Readonly<Record<Refusal, string>> = {
  'no-token': 'No invitation token was given — paste the one the team owner sent you',
  'bad-token': 'This invitation token is not one this team server issued — check you copied it whole, or ask the team owner for a new one',
  'token-expired': 'Your invitation has expired — ask the team owner for a new one',
  'unknown-member': 'This team server does not know the member this invitation names — ask the team owner for a new one',
  'member-revoked': 'Your access to this team was removed by its owner',
  'unknown-document': 'The server refused a document name it does not know',
  'not-shared': 'A partnership is no longer shared with you',
};

/** The server's refusal in words; an unknown reason is shown as the server gave it. */
export function describeRefusal(reason: string): string {
  return Object.hasOwn(REFUSAL_TEXT, reason) ? REFUSAL_TEXT[reason as Refusal] : `The team server refused the connection (${reason})`;
}

const changes = (n: number) => `${n} ${n === 1 ? 'change' : 'changes'} waiting`;

/** One line for the shell's indicator and its accessible name. */
export function describeStatus(status: SyncStatus): string {
  switch (status.kind) {
    case 'synced':
      return 'Synced';
    case 'connecting':
      return status.waiting > 0 ? `Connecting… (${changes(status.waiting)})` : 'Connecting…';
    case 'syncing':
      return status.waiting > 0 ? `Syncing (${changes(status.waiting)})` : 'Syncing';
    case 'offline':
      return `Offline (${changes(status.waiting)})`;
    case 'error':
      return `Not syncing: ${status.reason}`;
  }
}

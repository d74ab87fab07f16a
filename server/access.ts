// Who may open which document, checked in onAuthenticate on every connection: the token
// must be ours and current, its member known and not revoked, and the member must hold a
// role on the partnership (viewers connect read-only). Also `GET /access`, a member's list
// of partnerships, and the reaction to a team command changing a member's access.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Extension, Hocuspocus, onAuthenticatePayload } from '@hocuspocus/server';
import type pg from 'pg';
import type { Refusal, Role } from '../shared/sync/protocol';
import { ACCESS_CHANGED, ACCESS_PATH, REFUSALS, canWrite, parseDocumentName } from '../shared/sync/protocol';
import type { Member } from './team';
import { accessList, claimPartnership, memberById, roleOf } from './team';
import { verifyToken } from './tokens';

/** What a connection carries once authenticated. */
export interface SyncContext {
  readonly memberId: string;
  readonly teamId: string;
  readonly role: Role;
}

/**
 * A refusal Hocuspocus sends to the client as the reason of its permission-denied message.
 * The message is empty on purpose: Hocuspocus logs a hook error's message as a server
 * error, and a refused token is the client's problem, not the server's.
 */
class Refused extends Error {
  constructor(readonly reason: Refusal) {
    super('');
  }
}

export interface AccessOptions {
  readonly pool: pg.Pool;
  readonly secret: string;
  readonly now: () => Date;
}

/** The member a token stands for, or the refusal. */
async function memberOfToken(options: AccessOptions, token: string): Promise<Member> {
  const verified = await verifyToken(options.secret, token, options.now());
  if (!verified.ok) throw new Refused(verified.refusal);
  const member = await memberById(options.pool, verified.claims.sub);
  if (!member || member.teamId !== verified.claims.team) throw new Refused(REFUSALS.unknownMember);
  if (member.revokedAt !== null) throw new Refused(REFUSALS.revoked);
  return member;
}

async function authenticate(options: AccessOptions, data: onAuthenticatePayload): Promise<SyncContext> {
  const member = await memberOfToken(options, data.token);
  const target = parseDocumentName(data.documentName);
  if (!target) throw new Refused(REFUSALS.unknownDocument);
  const role = (await roleOf(options.pool, target.partnershipId, member.id)) ?? (await claimPartnership(options.pool, target.partnershipId, member));
  if (role === undefined) throw new Refused(REFUSALS.notShared);
  // Hocuspocus then answers a read-only connection's updates with "not applied" and never
  // applies them (MessageReceiver: readOnly), so a viewer's edit reaches no one.
  data.connectionConfig.readOnly = !canWrite(role);
  return { memberId: member.id, teamId: member.teamId, role };
}

function bearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
}

/**
 * Answers `GET /access` (and its CORS preflight: the app's page has its own origin; the
 * token travels in a header, never a cookie, so any origin may ask). Other paths fall
 * through to Hocuspocus's default answer.
 */
async function answerAccess(options: AccessOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://server').pathname;
  if (path !== ACCESS_PATH) return;
  const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization', 'Access-Control-Allow-Methods': 'GET' };
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { ...cors, 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  if (request.method === 'OPTIONS') {
    response.writeHead(204, cors);
    response.end();
  } else if (request.method !== 'GET') reply(405, { error: 'method-not-allowed' });
  else {
    try {
      reply(200, await accessList(options.pool, await memberOfToken(options, bearer(request))));
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      reply(401, { error: error.reason });
    }
  }
  // Rejecting with nothing is how an onRequest hook tells Hocuspocus it has answered.
  return Promise.reject();
}

export function accessControl(options: AccessOptions): Extension {
  return {
    extensionName: 'StewardAccess',
    onAuthenticate: (data) => authenticate(options, data),
    onRequest: ({ request, response }) => answerAccess(options, request, response),
  };
}

/**
 * A team command changed `memberId`'s access (revoked, shared, role changed): close every
 * socket the member has open. The provider reconnects by itself and authenticates again,
 * so a revoked member is refused (reason member-revoked) and a changed role takes effect.
 */
export function dropMemberConnections(hocuspocus: Hocuspocus, memberId: string): number {
  let closed = 0;
  for (const document of hocuspocus.documents.values()) {
    for (const connection of [...document.getConnections()]) {
      if ((connection.context as Partial<SyncContext>).memberId !== memberId) continue;
      connection.close({ code: 4403, reason: ACCESS_CHANGED });
      connection.webSocket.close(4403, ACCESS_CHANGED);
      closed += 1;
    }
  }
  return closed;
}

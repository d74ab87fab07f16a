// Who may open which document, checked in onAuthenticate on every connection: the token
// must be ours and current, its member known and not revoked, and the member must hold a
// role on the partnership (viewers connect read-only). Also `GET /access`, a member's list
// of partnerships, `POST /share` and `POST /unshare`, an owner sharing a partnership with a
// member or taking it back, and the reaction to a team command changing a member's access.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Extension, Hocuspocus, onAuthenticatePayload } from '@hocuspocus/server';
import type pg from 'pg';
import type { Refusal, Role, ShareRequest, UnshareRequest } from '../shared/sync/protocol';
import { ACCESS_CHANGED, ACCESS_PATH, REFUSALS, SHARE_PATH, UNSHARE_PATH, canWrite, isPartnershipId, isRole, parseDocumentName } from '../shared/sync/protocol';
import type { Member } from './team';
import { TeamError, accessList, claimPartnership, findMember, memberById, roleOf, sharePartnership, unsharePartnership } from './team';
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

/** A request body, read as JSON (at most 16 KiB), or undefined when it is not JSON. */
async function jsonBody(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 16_384) return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A request the sender may not make (403) or that cannot be done (400), with the sentence to show. */
class Unshareable extends Error {
  constructor(
    readonly status: 400 | 403,
    message: string,
  ) {
    super(message);
  }
}

function shareRequestOf(body: unknown): ShareRequest {
  const { partnershipId, email, role } = (body ?? {}) as Partial<Record<keyof ShareRequest, unknown>>;
  if (typeof partnershipId !== 'string' || !isPartnershipId(partnershipId) || typeof email !== 'string' || !isRole(role)) {
    throw new Unshareable(400, 'A share names a partnership id, a member’s email and a role (owner, editor or viewer).');
  }
  return { partnershipId, email, role };
}

function unshareRequestOf(body: unknown): UnshareRequest {
  const { partnershipId, email } = (body ?? {}) as Partial<Record<keyof UnshareRequest, unknown>>;
  if (typeof partnershipId !== 'string' || !isPartnershipId(partnershipId) || typeof email !== 'string') {
    throw new Unshareable(400, 'Stopping a share names a partnership id and a member’s email.');
  }
  return { partnershipId, email };
}

/** The member of the sender's team an owner's request names, after checking the sender owns the partnership. */
async function memberForOwner(options: AccessOptions, sender: Member, partnershipId: string, email: string, verb: string): Promise<Member> {
  if ((await roleOf(options.pool, partnershipId, sender.id)) !== 'owner') throw new Unshareable(403, `Only an owner of this partnership can ${verb}.`);
  try {
    return await findMember(options.pool, sender.teamId, email);
  } catch (error) {
    if (error instanceof TeamError) throw new Unshareable(400, `${email} is not a member of this team: the server’s operator invites them first.`);
    throw error;
  }
}

/** An owner gives a member of their team a role on a partnership (the `share` command's work). */
async function share(options: AccessOptions, sender: Member, body: unknown): Promise<void> {
  const wanted = shareRequestOf(body);
  const member = await memberForOwner(options, sender, wanted.partnershipId, wanted.email, 'share it');
  if (member.revokedAt !== null) throw new Unshareable(400, `${member.email} was removed from this team.`);
  if (member.id === sender.id) throw new Unshareable(400, 'You already own this partnership.');
  await sharePartnership(options.pool, wanted.partnershipId, member, wanted.role);
}

/** An owner takes a partnership back from a member (the `unshare` command's work); the last owner stays. */
async function unshare(options: AccessOptions, sender: Member, body: unknown): Promise<void> {
  const wanted = unshareRequestOf(body);
  const member = await memberForOwner(options, sender, wanted.partnershipId, wanted.email, 'stop sharing it');
  const outcome = await unsharePartnership(options.pool, wanted.partnershipId, member);
  if (outcome === 'not-held') throw new Unshareable(400, `${member.name} does not have this partnership.`);
  if (outcome === 'last-owner') throw new Unshareable(400, `${member.name} is the last owner of this partnership: make another member its owner first.`);
}

/** What each path answers, with its method. */
const ROUTES: Readonly<Record<string, { readonly method: 'GET' | 'POST'; readonly answer: (options: AccessOptions, member: Member, request: IncomingMessage) => Promise<unknown> }>> = {
  [ACCESS_PATH]: { method: 'GET', answer: (options, member) => accessList(options.pool, member) },
  [SHARE_PATH]: { method: 'POST', answer: async (options, member, request) => share(options, member, await jsonBody(request)).then(() => ({ ok: true })) },
  [UNSHARE_PATH]: { method: 'POST', answer: async (options, member, request) => unshare(options, member, await jsonBody(request)).then(() => ({ ok: true })) },
};

/**
 * Answers `GET /access`, `POST /share` and `POST /unshare` (and their CORS preflight: the app's page has its
 * own origin; the token travels in a header, never a cookie, so any origin may ask). Other
 * paths fall through to Hocuspocus's default answer.
 */
async function answerAccess(options: AccessOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://server').pathname;
  const route = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
  if (route === undefined) return;
  const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Allow-Methods': route.method };
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { ...cors, 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  if (request.method === 'OPTIONS') {
    response.writeHead(204, cors);
    response.end();
  } else if (request.method !== route.method) reply(405, { error: 'method-not-allowed' });
  else {
    try {
      reply(200, await route.answer(options, await memberOfToken(options, bearer(request)), request));
    } catch (error) {
      if (error instanceof Refused) reply(401, { error: error.reason });
      else if (error instanceof Unshareable) reply(error.status, { error: error.message });
      else throw error;
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
 * A team command changed `memberId`'s access (revoked, shared, unshared, role changed): close
 * every socket the member has open. The provider reconnects by itself and authenticates again,
 * so a revoked member is refused (reason member-revoked), an unshared partnership is refused
 * (not-shared) and a changed role takes effect.
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

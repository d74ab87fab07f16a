// What the team sync server and the app agree on: document names, roles, the invitation
// token's claims, the access list a member reads, and the reasons a connection is refused.
// Pure data and functions (shared/ is lint-guarded); the server lives in server/.

/** A member's role on one partnership. Owners and editors write; viewers only read. */
export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether a role may change a partnership's documents. */
export function canWrite(role: Role): boolean {
  return role !== 'viewer';
}

/**
 * Partnership ids are the app's random ids (UUID v7: a timestamp and 62 random bits). The
 * server lets the first member who pushes an unknown id own it, which is safe only because
 * nobody can guess an id another member will create; so a document name must carry an id
 * that is at least this long and of these characters.
 */
const PARTNERSHIP_ID = /^[0-9A-Za-z-]{16,64}$/;

export function isPartnershipId(value: string): boolean {
  return PARTNERSHIP_ID.test(value);
}

/**
 * The two documents of a partnership: its shared fields (`partnership/<id>`) and its
 * internal fields (`partnership/<id>/internal`), so a partner guest can one day be given
 * the first without ever receiving the second.
 */
export type DocumentPart = 'shared' | 'internal';

export function partnershipDocumentName(partnershipId: string, part: DocumentPart): string {
  return part === 'shared' ? `partnership/${partnershipId}` : `partnership/${partnershipId}/internal`;
}

export interface PartnershipDocument {
  readonly partnershipId: string;
  readonly part: DocumentPart;
}

/** The partnership and part a document name stands for, or undefined for any other name. */
export function parseDocumentName(name: string): PartnershipDocument | undefined {
  const match = /^partnership\/([^/]+)(\/internal)?$/.exec(name);
  if (!match || !isPartnershipId(match[1]!)) return undefined;
  return { partnershipId: match[1]!, part: match[2] ? 'internal' : 'shared' };
}

/**
 * The invitation token's claims (a JWT signed by the server, HS256). The member keeps the
 * token and sends it on every connection; `iat` and `exp` are seconds since the epoch.
 */
export interface InvitationClaims {
  readonly team: string;
  readonly sub: string; // the member id
  readonly email: string;
  readonly iat: number;
  readonly exp: number;
}

/**
 * Where a member reads which partnerships they have: `GET /access` on the server's HTTP
 * port with `Authorization: Bearer <token>`. The answer is read from the server's tables
 * on every request, so it is always the current truth (a document derived by the server
 * would need its own history kept in step with every client's copy).
 */
export const ACCESS_PATH = '/access';

/**
 * Where an owner shares a partnership with a member of their team: `POST /share` with the
 * token as for /access and a `ShareRequest` body. 200 `{ ok: true }`; 401 `{ error: <refusal> }`
 * for a bad token; 403 `{ error }` when the sender does not own the partnership; 400 `{ error }`
 * (a sentence) for a request that cannot be done.
 */
export const SHARE_PATH = '/share';

export interface ShareRequest {
  readonly partnershipId: string;
  /** The member's email, as invited. */
  readonly email: string;
  readonly role: Role;
}

/**
 * Where an owner takes a partnership back from a member: `POST /unshare` with the token as for
 * /access and an `UnshareRequest` body. The answers are those of /share; 400 also when the member
 * does not have the partnership or is its last owner. The server closes the member's connections,
 * and from then on refuses them the partnership's documents (not-shared).
 */
export const UNSHARE_PATH = '/unshare';

export interface UnshareRequest {
  readonly partnershipId: string;
  /** The member's email, as invited. */
  readonly email: string;
}

export interface AccessMember {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly revokedAt: string | null;
}

export interface AccessPartnership {
  readonly id: string;
  readonly role: Role;
  /** Every member who has this partnership, with their role (for "who has what"). */
  readonly members: readonly { readonly memberId: string; readonly role: Role }[];
}

export interface AccessList {
  readonly team: { readonly id: string; readonly name: string };
  readonly member: AccessMember;
  readonly members: readonly AccessMember[];
  readonly partnerships: readonly AccessPartnership[];
}

/**
 * Why the server refused a connection to a document; the provider's
 * `onAuthenticationFailed` receives it as `reason`.
 */
export const REFUSALS = {
  noToken: 'no-token',
  badToken: 'bad-token',
  expired: 'token-expired',
  unknownMember: 'unknown-member',
  revoked: 'member-revoked',
  unknownDocument: 'unknown-document',
  notShared: 'not-shared',
} as const;
export type Refusal = (typeof REFUSALS)[keyof typeof REFUSALS];

/**
 * The reason the server gives when it closes a member's connections because their access
 * changed (revoked, shared, unshared, role changed); the provider reconnects and learns the rest.
 */
export const ACCESS_CHANGED = 'access-changed';

// Invitation tokens: JWTs the server signs with its secret (HS256, jose) and checks on
// every connection. The token is the member's key from then on; revoking the member, not
// the token, is how access ends early.
import { SignJWT, errors, jwtVerify } from 'jose';
import type { InvitationClaims, Refusal } from '../shared/sync/protocol';
import { REFUSALS } from '../shared/sync/protocol';

const ISSUER = 'steward-sync';
export const DEFAULT_TOKEN_DAYS = 30;

const keyOf = (secret: string) => new TextEncoder().encode(secret);

export interface TokenSubject {
  readonly teamId: string;
  readonly memberId: string;
  readonly email: string;
}

export async function issueToken(secret: string, subject: TokenSubject, now: Date, days = DEFAULT_TOKEN_DAYS): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ team: subject.teamId, email: subject.email })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setSubject(subject.memberId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + Math.round(days * 86_400))
    .sign(keyOf(secret));
}

export type Verified = { readonly ok: true; readonly claims: InvitationClaims } | { readonly ok: false; readonly refusal: Refusal };

/** The token's claims when the server signed it and it has not expired at `now`. */
export async function verifyToken(secret: string, token: string, now: Date): Promise<Verified> {
  if (token.trim() === '') return { ok: false, refusal: REFUSALS.noToken };
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: ['HS256'], issuer: ISSUER, currentDate: now, requiredClaims: ['sub', 'iat', 'exp'] });
    const { team, email, sub, iat, exp } = payload;
    if (typeof team !== 'string' || typeof email !== 'string' || typeof sub !== 'string' || iat === undefined || exp === undefined) return { ok: false, refusal: REFUSALS.badToken };
    return { ok: true, claims: { team, email, sub, iat, exp } };
  } catch (error) {
    return { ok: false, refusal: error instanceof errors.JWTExpired ? REFUSALS.expired : REFUSALS.badToken };
  }
}

// Teams, members and roles in PostgreSQL: what the team commands write and what the server
// reads when a member connects. Plain queries; every function takes the pool it works on.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { AccessList, AccessMember, Role } from '../shared/sync/protocol';
import { isRole, partnershipDocumentName } from '../shared/sync/protocol';
import { ACCESS_CHANNEL } from './schema';

export interface Team {
  readonly id: string;
  readonly name: string;
}

export interface Member {
  readonly id: string;
  readonly teamId: string;
  readonly name: string;
  readonly email: string;
  readonly revokedAt: Date | null;
}

interface MemberRow {
  id: string;
  team_id: string;
  name: string;
  email: string;
  revoked_at: Date | null;
}

const memberOf = (row: MemberRow): Member => ({ id: row.id, teamId: row.team_id, name: row.name, email: row.email, revokedAt: row.revoked_at });

/** A problem the person running a team command can fix; printed as one line. */
export class TeamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamError';
  }
}

export async function createTeam(pool: pg.Pool, name: string, owner: { name: string; email: string }): Promise<{ team: Team; owner: Member }> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const team = { id: randomUUID(), name };
    await client.query('insert into teams (id, name) values ($1, $2)', [team.id, name]);
    const member = await insertMember(client, team.id, owner);
    await client.query('commit');
    return { team, owner: member };
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

async function insertMember(client: pg.PoolClient | pg.Pool, teamId: string, who: { name: string; email: string }): Promise<Member> {
  const { rows } = await client.query<MemberRow>(
    'insert into members (id, team_id, name, email) values ($1, $2, $3, $4) on conflict (team_id, email) do nothing returning *',
    [randomUUID(), teamId, who.name, normalEmail(who.email)],
  );
  if (rows.length === 0) throw new TeamError(`${who.email} is already a member of this team (use "token --member ${who.email}" for a new token)`);
  return memberOf(rows[0]!);
}

const normalEmail = (email: string) => email.trim().toLowerCase();

export async function inviteMember(pool: pg.Pool, teamId: string, who: { name: string; email: string }): Promise<Member> {
  return insertMember(pool, teamId, who);
}

export async function listTeams(pool: pg.Pool): Promise<Team[]> {
  const { rows } = await pool.query<Team>('select id, name from teams order by created_at, id');
  return rows;
}

/** The team a command works on: the one named by --team, or the only one there is. */
export async function resolveTeam(pool: pg.Pool, teamId: string | undefined): Promise<Team> {
  const teams = await listTeams(pool);
  if (teamId !== undefined) {
    const team = teams.find((t) => t.id === teamId);
    if (!team) throw new TeamError(`no team with id ${teamId}`);
    return team;
  }
  if (teams.length === 0) throw new TeamError('no team yet: create one with "team create --name … --owner-name … --owner-email …"');
  if (teams.length > 1) throw new TeamError(`this server has ${teams.length} teams: say which with --team <id> (${teams.map((t) => `${t.id} ${t.name}`).join('; ')})`);
  return teams[0]!;
}

export async function findMember(pool: pg.Pool, teamId: string, email: string): Promise<Member> {
  const { rows } = await pool.query<MemberRow>('select * from members where team_id = $1 and email = $2', [teamId, normalEmail(email)]);
  if (rows.length === 0) throw new TeamError(`no member ${email} in this team`);
  return memberOf(rows[0]!);
}

export async function memberById(pool: pg.Pool, memberId: string): Promise<Member | undefined> {
  const { rows } = await pool.query<MemberRow>('select * from members where id = $1', [memberId]);
  return rows[0] ? memberOf(rows[0]) : undefined;
}

export async function listMembers(pool: pg.Pool, teamId: string): Promise<Member[]> {
  const { rows } = await pool.query<MemberRow>('select * from members where team_id = $1 order by created_at, email', [teamId]);
  return rows.map(memberOf);
}

/** Tells a running server that a member's access changed (it closes a revoked member's connections). */
async function notifyAccess(pool: pg.Pool, memberId: string): Promise<void> {
  await pool.query('select pg_notify($1, $2)', [ACCESS_CHANNEL, memberId]);
}

export async function revokeMember(pool: pg.Pool, member: Member, at: Date): Promise<void> {
  // As text: node-postgres writes a Date parameter in the machine's local time (with its offset).
  await pool.query('update members set revoked_at = coalesce(revoked_at, $2) where id = $1', [member.id, at.toISOString()]);
  await notifyAccess(pool, member.id);
}

/** Gives `member` `role` on a partnership of their team (recording the partnership if new). */
export async function sharePartnership(pool: pg.Pool, partnershipId: string, member: Member, role: Role): Promise<void> {
  await pool.query('insert into partnerships (id, team_id) values ($1, $2) on conflict (id) do nothing', [partnershipId, member.teamId]);
  const { rows } = await pool.query<{ team_id: string }>('select team_id from partnerships where id = $1', [partnershipId]);
  if (rows[0]?.team_id !== member.teamId) throw new TeamError(`partnership ${partnershipId} belongs to another team`);
  await pool.query(
    'insert into roles (partnership_id, member_id, role) values ($1, $2, $3) on conflict (partnership_id, member_id) do update set role = excluded.role',
    [partnershipId, member.id, role],
  );
  await notifyAccess(pool, member.id);
}

/**
 * Takes a partnership back from `member`: their role goes, the running server closes their
 * connections, and from then on it refuses them the partnership's documents (a partnership
 * someone holds is never claimed again). The last owner cannot be removed: nobody could share
 * it any more. One transaction, with the partnership's roles locked, so two owners removing
 * each other at once cannot both succeed. Answers what happened.
 */
export async function unsharePartnership(pool: pg.Pool, partnershipId: string, member: Member): Promise<'unshared' | 'not-held' | 'last-owner'> {
  let outcome: 'unshared' | 'not-held' | 'last-owner' = 'unshared';
  const client = await pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ member_id: string; role: string }>('select member_id, role from roles where partnership_id = $1 for update', [partnershipId]);
    const held = rows.find((r) => r.member_id === member.id);
    if (!held) outcome = 'not-held';
    else if (held.role === 'owner' && rows.filter((r) => r.role === 'owner').length === 1) outcome = 'last-owner';
    else await client.query('delete from roles where partnership_id = $1 and member_id = $2', [partnershipId, member.id]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
  if (outcome === 'unshared') await notifyAccess(pool, member.id);
  return outcome;
}

export async function roleOf(pool: pg.Pool, partnershipId: string, memberId: string): Promise<Role | undefined> {
  const { rows } = await pool.query<{ role: string }>('select role from roles where partnership_id = $1 and member_id = $2', [partnershipId, memberId]);
  const role = rows[0]?.role;
  return isRole(role) ? role : undefined;
}

/**
 * Makes `member` the owner of a partnership nobody has yet: no row for it and no stored
 * document under either of its names. Safe because partnership ids are random (see
 * isPartnershipId): a member cannot guess, and so cannot claim, an id someone else made,
 * and an id someone already holds is never handed over. Returns the member's role after
 * the attempt (undefined when someone else holds the partnership).
 */
export async function claimPartnership(pool: pg.Pool, partnershipId: string, member: Member): Promise<Role | undefined> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const stored = await client.query('select 1 from documents where name = any($1) union all select 1 from document_updates where name = any($1) limit 1', [
      [partnershipDocumentName(partnershipId, 'shared'), partnershipDocumentName(partnershipId, 'internal')],
    ]);
    const inserted = stored.rowCount === 0 ? await client.query('insert into partnerships (id, team_id, created_by) values ($1, $2, $3) on conflict (id) do nothing', [partnershipId, member.teamId, member.id]) : undefined;
    if (inserted?.rowCount === 1) await client.query(`insert into roles (partnership_id, member_id, role) values ($1, $2, 'owner')`, [partnershipId, member.id]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
  return roleOf(pool, partnershipId, member.id);
}

const accessMember = (m: Member): AccessMember => ({ id: m.id, name: m.name, email: m.email, revokedAt: m.revokedAt ? m.revokedAt.toISOString() : null });

/** What `GET /access` answers a member: their team, its members, and their partnerships with who else has each. */
export async function accessList(pool: pg.Pool, member: Member): Promise<AccessList> {
  const [{ rows: teams }, members, { rows: roles }] = await Promise.all([
    pool.query<Team>('select id, name from teams where id = $1', [member.teamId]),
    listMembers(pool, member.teamId),
    pool.query<{ partnership_id: string; member_id: string; role: string }>(
      `select r.partnership_id, r.member_id, r.role from roles r
       where r.partnership_id in (select partnership_id from roles where member_id = $1)
       order by r.partnership_id, r.member_id`,
      [member.id],
    ),
  ]);
  const byPartnership = new Map<string, { memberId: string; role: Role }[]>();
  for (const row of roles) if (isRole(row.role)) byPartnership.set(row.partnership_id, [...(byPartnership.get(row.partnership_id) ?? []), { memberId: row.member_id, role: row.role }]);
  return {
    team: teams[0]!,
    member: accessMember(member),
    members: members.map(accessMember),
    partnerships: [...byPartnership].map(([id, holders]) => ({ id, role: holders.find((h) => h.memberId === member.id)!.role, members: holders })),
  };
}

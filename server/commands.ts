// The team commands of `npm run sync-server -- <command>`: create a team, invite, re-issue a
// token, share a partnership or take it back, revoke a member, list the members. Each opens the database
// (the running server's cluster when there is one), migrates, does its work and closes it.
import type pg from 'pg';
import { CliError, oneOfFlag, parseArgs, requireFlag } from '../cli/args';
import type { ParsedArgs } from '../cli/args';
import { ROLES } from '../shared/sync/protocol';
import { openDatabase } from './postgres';
import { migrate } from './schema';
import { serverSecret } from './secret';
import type { Member, Team } from './team';
import { TeamError, createTeam, findMember, inviteMember, listMembers, resolveTeam, revokeMember, sharePartnership, unsharePartnership } from './team';
import { DEFAULT_TOKEN_DAYS, issueToken } from './tokens';

export interface CommandIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly now: () => Date;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const DEFAULT_DATA_DIR = 'sync-data';

interface Context {
  readonly pool: pg.Pool;
  readonly args: ParsedArgs;
  readonly io: CommandIo;
  readonly secret: () => Promise<string>;
}

type Command = { readonly flags: readonly string[]; readonly run: (context: Context) => Promise<void> };

const days = (args: ParsedArgs): number => {
  const value = Number(args.flags.days ?? DEFAULT_TOKEN_DAYS);
  if (!Number.isFinite(value) || value <= 0 || value > 3650) throw new CliError(`--days must be a number of days between 1 and 3650, not "${args.flags.days}"`);
  return value;
};

async function printToken(context: Context, member: Member): Promise<void> {
  const now = context.io.now();
  const valid = days(context.args);
  const token = await issueToken(await context.secret(), { teamId: member.teamId, memberId: member.id, email: member.email }, now, valid);
  const until = new Date(now.getTime() + valid * 86_400_000).toISOString();
  context.io.stdout(`Invitation token for ${member.name} <${member.email}> (member ${member.id}), valid until ${until}:`);
  context.io.stdout(token);
}

const team = async (context: Context): Promise<Team> => resolveTeam(context.pool, context.args.flags.team);

const COMMANDS: Readonly<Record<string, Command>> = {
  'team create': {
    flags: ['name', 'owner-name', 'owner-email', 'days'],
    async run(context) {
      const name = requireFlag(context.args, 'name', '<team name>');
      const owner = { name: requireFlag(context.args, 'owner-name', '<name>'), email: requireFlag(context.args, 'owner-email', '<email>') };
      const created = await createTeam(context.pool, name, owner);
      context.io.stdout(`Team "${created.team.name}" created: ${created.team.id}`);
      await printToken(context, created.owner);
    },
  },
  invite: {
    flags: ['email', 'name', 'team', 'days'],
    async run(context) {
      const who = { name: requireFlag(context.args, 'name', '<name>'), email: requireFlag(context.args, 'email', '<email>') };
      await printToken(context, await inviteMember(context.pool, (await team(context)).id, who));
    },
  },
  token: {
    flags: ['member', 'team', 'days'],
    async run(context) {
      const member = await findMember(context.pool, (await team(context)).id, requireFlag(context.args, 'member', '<email>'));
      if (member.revokedAt) throw new TeamError(`${member.email} was revoked on ${member.revokedAt.toISOString()}; invite them again under another email, or keep them out`);
      await printToken(context, member);
    },
  },
  share: {
    flags: ['partnership', 'member', 'role', 'team'],
    async run(context) {
      const partnershipId = requireFlag(context.args, 'partnership', '<id>');
      const member = await findMember(context.pool, (await team(context)).id, requireFlag(context.args, 'member', '<email>'));
      const role = oneOfFlag(context.args, 'role', ROLES);
      await sharePartnership(context.pool, partnershipId, member, role);
      context.io.stdout(`${member.email} is now ${role} of partnership ${partnershipId}`);
    },
  },
  unshare: {
    flags: ['partnership', 'member', 'team'],
    async run(context) {
      const partnershipId = requireFlag(context.args, 'partnership', '<id>');
      const member = await findMember(context.pool, (await team(context)).id, requireFlag(context.args, 'member', '<email>'));
      const outcome = await unsharePartnership(context.pool, partnershipId, member);
      if (outcome === 'not-held') throw new TeamError(`${member.email} does not have partnership ${partnershipId}`);
      if (outcome === 'last-owner') throw new TeamError(`${member.email} is the last owner of partnership ${partnershipId}: make another member its owner first (share --role owner)`);
      context.io.stdout(`${member.email} no longer has partnership ${partnershipId}: their open connections are closed and it is not sent to them again`);
    },
  },
  revoke: {
    flags: ['member', 'team'],
    async run(context) {
      const member = await findMember(context.pool, (await team(context)).id, requireFlag(context.args, 'member', '<email>'));
      await revokeMember(context.pool, member, context.io.now());
      context.io.stdout(`${member.email} is revoked: their next connection is refused and open ones are closed`);
    },
  },
  members: {
    flags: ['team'],
    async run(context) {
      const current = await team(context);
      context.io.stdout(`Team "${current.name}" (${current.id})`);
      const { rows } = await context.pool.query<{ member_id: string; partnership_id: string; role: string }>(
        'select r.member_id, r.partnership_id, r.role from roles r join members m on m.id = r.member_id where m.team_id = $1 order by r.partnership_id',
        [current.id],
      );
      for (const member of await listMembers(context.pool, current.id)) {
        const status = member.revokedAt ? `revoked ${member.revokedAt.toISOString()}` : 'active';
        const held = rows.filter((r) => r.member_id === member.id).map((r) => `${r.partnership_id} ${r.role}`);
        context.io.stdout(`${member.name} <${member.email}> ${member.id} ${status}; partnerships: ${held.length > 0 ? held.join(', ') : 'none'}`);
      }
    },
  },
};

/** The command a list of arguments names ("team create" takes two words), and the rest. */
function commandOf(args: readonly string[]): { name: string; rest: readonly string[] } | undefined {
  const two = args.slice(0, 2).join(' ');
  if (Object.hasOwn(COMMANDS, two)) return { name: two, rest: args.slice(2) };
  const one = args[0] ?? '';
  return Object.hasOwn(COMMANDS, one) ? { name: one, rest: args.slice(1) } : undefined;
}

export function isTeamCommand(args: readonly string[]): boolean {
  return commandOf(args) !== undefined;
}

export const COMMAND_NAMES = Object.keys(COMMANDS);

/** Runs one team command; answers the exit code (1 with one line on stderr for a problem the user can fix). */
export async function runTeamCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const found = commandOf(argv);
  if (!found) {
    io.stderr(`unknown command "${argv.join(' ')}" (expected one of: ${COMMAND_NAMES.join(', ')}, or no command to start the server)`);
    return 1;
  }
  const command = COMMANDS[found.name]!;
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    const args = parseArgs(found.rest, [...command.flags, 'data'], found.name);
    if (args.positional.length > 0) throw new CliError(`unexpected argument "${args.positional[0]}" for "${found.name}"`);
    const dataDir = args.flags.data ?? DEFAULT_DATA_DIR;
    database = await openDatabase({ dataDir, databaseUrl: io.env.DATABASE_URL });
    await migrate(database.pool);
    await command.run({ pool: database.pool, args, io, secret: () => serverSecret(dataDir, io.env.STEWARD_SYNC_SECRET) });
    return 0;
  } catch (error) {
    if (error instanceof CliError || error instanceof TeamError) {
      io.stderr(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database?.close();
  }
}

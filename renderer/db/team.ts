// The team this machine syncs with: the server's address and the member's name in the
// settings record (backed up like the other settings), the invitation token in the meta
// table (a secret: meta is never backed up, exported or restored, so no file the app writes
// carries it). Joining and leaving are logged in the portfolio's activity.
import type { TeamSettings } from '@shared/domain';
import { ValidationError, teamSettingsSchema, validate } from '@shared/domain';
import type { DbContext } from './context';
import { activityEntry } from './records';
import { SETTINGS_ID, readSettings } from './settings';
import { addRecord, writeTransaction } from './writePath';

const TOKEN_KEY = 'team-token';

/** What a joined machine needs to connect. */
export interface TeamMembership extends TeamSettings {
  readonly token: string;
}

/** The team this machine joined, or undefined (the single-user app); a team without its token (a restored backup) counts as not joined. */
export async function readTeam(ctx: Pick<DbContext, 'db'>): Promise<TeamMembership | undefined> {
  const [settings, token] = await Promise.all([ctx.db.settings.get(SETTINGS_ID), ctx.db.meta.get(TOKEN_KEY)]);
  if (!settings?.team || !token?.value) return undefined;
  return { ...settings.team, token: token.value };
}

/** The team settings a restored backup brought without a token: shown so the member can join again. */
export async function readTeamSettings(ctx: Pick<DbContext, 'db'>): Promise<TeamSettings | undefined> {
  return (await ctx.db.settings.get(SETTINGS_ID))?.team;
}

/** Checks what the member typed; the field errors are the form's (ValidationError). */
export function parseTeamInput(input: { readonly serverUrl: string; readonly memberName: string; readonly token: string }): TeamMembership {
  const team = validate(teamSettingsSchema, input);
  const token = input.token.trim();
  const tokenError: Record<string, string> = token === '' ? { token: 'Paste the invitation token the team owner sent you.' } : {};
  if (!team.ok || token === '') throw new ValidationError({ ...(team.ok ? {} : team.errors), ...tokenError });
  return { ...team.value, serverUrl: team.value.serverUrl.replace(/\/$/, ''), token };
}

/** Saves the team (the caller has checked the token with the server), in one transaction with its activity entry. */
export async function joinTeam(ctx: DbContext, membership: TeamMembership): Promise<void> {
  const { token, ...team } = membership;
  await writeTransaction(ctx.db, [ctx.db.settings, ctx.db.meta, ctx.db.activity], async () => {
    const before = await readSettings(ctx);
    await ctx.db.settings.put({ ...before, team, updatedAt: ctx.now().toISOString() });
    await ctx.db.meta.put({ key: TOKEN_KEY, value: token, createdAt: ctx.now().toISOString() });
    await addRecord(ctx.db, 'activity', activityEntry(ctx, 'settings', SETTINGS_ID, '', 'update', `Joined the team on ${team.serverUrl} as ${team.memberName}`));
  });
}

/** Forgets the team and its token; the partnerships and their documents stay on this machine. */
export async function leaveTeam(ctx: DbContext): Promise<void> {
  await writeTransaction(ctx.db, [ctx.db.settings, ctx.db.meta, ctx.db.activity], async () => {
    const before = await readSettings(ctx);
    if (!before.team) return;
    const { team, ...rest } = before;
    await ctx.db.settings.put({ ...rest, updatedAt: ctx.now().toISOString() });
    await ctx.db.meta.delete(TOKEN_KEY);
    await addRecord(ctx.db, 'activity', activityEntry(ctx, 'settings', SETTINGS_ID, '', 'update', `Left the team on ${team.serverUrl}`));
  });
}

import type { Opportunity, Partnership, Settings, SettingsInput } from '@shared/domain';
import { ValidationError, defaultSettings, parseOrThrow, settingsInputSchema } from '@shared/domain';
import { checkStageListChange, countByStage } from '@shared/value/stages';
import { describeChange } from '@shared/changes';
import { LOCAL_ACTIVITY_SUFFIX } from '@shared/sync/fields';
import type { DbContext } from './context';
import { NotFoundError } from './context';
import { activityEntry, tableOf } from './records';
import { addRecord, addRecords, putRecords, writeTransaction } from './writePath';

export const SETTINGS_ID = 'settings';

/** The machine's zone, for first-run defaults. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Stored settings, or the defaults when the user has saved none yet. A row saved before
 * a field existed (e.g. mutedPartnershipIds) gets that field's default.
 */
export async function readSettings(ctx: Pick<DbContext, 'db'>): Promise<Settings> {
  return overDefaults(await ctx.db.settings.get(SETTINGS_ID), machineTimeZone);
}

/**
 * The settings but the time zone, stored or default: what a read that needs no zone (the
 * reporting currency, the stages, the organisation's name) takes, so it never asks the
 * machine for its zone, which only the first-run default of `timeZone` comes from.
 */
export async function readSettingsButZone(ctx: Pick<DbContext, 'db'>): Promise<Omit<Settings, 'timeZone'>> {
  const { timeZone: _unused, ...settings } = overDefaults(await ctx.db.settings.get(SETTINGS_ID), () => 'UTC');
  return settings;
}

/** The stored row over the defaults, whose zone is the row's or, with none stored, `defaultZone()`'s. */
function overDefaults(stored: Settings | undefined, defaultZone: () => string): Settings {
  const defaults = { ...defaultSettings(stored?.timeZone ?? defaultZone()), id: SETTINGS_ID, updatedAt: new Date(0).toISOString() } as const;
  return stored ? { ...defaults, ...stored } : defaults;
}

function hasField(input: unknown, field: string): boolean {
  return typeof input === 'object' && input !== null && Object.hasOwn(input, field);
}

const KEPT_WHEN_ABSENT = ['mutedPartnershipIds', 'reportingCurrency', 'opportunityStages', 'team'] as const;

/**
 * The reporting currency and the stage list, saved on their own (Settings, Pipeline). `renamed`
 * maps a stage's old name to its new one: the opportunities in it follow, in the same
 * transaction. Removing a stage opportunities are in, or changing its outcome, is refused.
 */
export async function saveValueSettings(ctx: DbContext, input: Pick<SettingsInput, 'reportingCurrency' | 'opportunityStages'>, renamed: Readonly<Record<string, string>> = {}): Promise<Settings> {
  return writeTransaction(ctx.db, [ctx.db.settings, ctx.db.opportunities, ctx.db.activity], async () => {
    const before = await readSettings(ctx);
    const { id: _id, updatedAt: _updatedAt, ...fields } = before;
    const after = parseOrThrow(settingsInputSchema, { ...fields, reportingCurrency: input.reportingCurrency, opportunityStages: input.opportunityStages });
    const opportunities = await ctx.db.opportunities.toArray();
    const change = checkStageListChange(before.opportunityStages, after.opportunityStages, renamed, countByStage(opportunities));
    if (change.problems.length > 0) throw new ValidationError({ opportunityStages: change.problems.join(' ') });
    await moveToRenamedStages(ctx, opportunities, change.renames);
    return saveSettings(ctx, after);
  });
}

/** The live opportunities of each renamed stage take its new name, each change logged. */
async function moveToRenamedStages(ctx: DbContext, opportunities: readonly Opportunity[], renames: readonly (readonly [string, string])[]): Promise<void> {
  const at = ctx.now().toISOString();
  for (const [from, to] of renames) {
    const moved = opportunities.filter((o) => !o.deletedAt && o.stage.toLowerCase() === from.toLowerCase());
    await putRecords(ctx.db, 'opportunities', moved.map((o) => ({ ...o, stage: to, updatedAt: at })));
    await addRecords(ctx.db, 'activity', moved.map((o) => activityEntry(ctx, 'opportunity', o.id, o.partnershipId, 'update', `Updated opportunity “${o.account}”: stage: ${o.stage} → ${to} (the stage was renamed)`)));
  }
}

export async function saveSettings(ctx: DbContext, input: unknown): Promise<Settings> {
  const fields = parseOrThrow(settingsInputSchema, input);
  return writeTransaction(ctx.db, [ctx.db.settings, ctx.db.activity], async () => {
    const before = await readSettings(ctx);
    // The settings form does not carry the mutes (set per partnership) nor the value settings
    // (their own section, saveValueSettings): what the input leaves out is kept.
    const kept = Object.fromEntries(KEPT_WHEN_ABSENT.filter((field) => !hasField(input, field)).map((field) => [field, before[field]]));
    const after: Settings = { ...fields, ...kept, id: SETTINGS_ID, updatedAt: ctx.now().toISOString() };
    const change = describeChange(before, after);
    if (change === 'No changes') return before;
    await ctx.db.settings.put(after);
    await addRecord(ctx.db, 'activity', activityEntry(ctx, 'settings', SETTINGS_ID, '', 'update', `Updated settings: ${change}`));
    return after;
  });
}

/** Mutes or unmutes one partnership's reminders; logged in that partnership's activity. */
export async function setPartnershipMuted(ctx: DbContext, partnershipId: string, isMuted: boolean): Promise<Settings> {
  return writeTransaction(ctx.db, [ctx.db.settings, ctx.db.partnerships, ctx.db.activity], async () => {
    const partnership = await tableOf<Partnership>(ctx.db, 'partnerships').get(partnershipId);
    if (!partnership || partnership.deletedAt) throw new NotFoundError('partnership', partnershipId);
    const before = await readSettings(ctx);
    const others = before.mutedPartnershipIds.filter((id) => id !== partnershipId);
    const wasMuted = others.length !== before.mutedPartnershipIds.length;
    if (wasMuted === isMuted) return before;
    const after: Settings = { ...before, mutedPartnershipIds: isMuted ? [...others, partnershipId] : others, updatedAt: ctx.now().toISOString() };
    await ctx.db.settings.put(after);
    const description = `${isMuted ? 'Muted' : 'Unmuted'} reminders for partnership “${partnership.name}”`;
    const entry = activityEntry(ctx, 'settings', SETTINGS_ID, partnershipId, 'update', description);
    // A mute is this user's choice about this machine's reminders: the entry stays here, not in the team's history.
    await addRecord(ctx.db, 'activity', { ...entry, id: `${entry.id}${LOCAL_ACTIVITY_SUFFIX}` });
    return after;
  });
}

import type { Partnership, Settings, SettingsInput } from '@shared/domain';
import { defaultSettings, parseOrThrow, settingsInputSchema } from '@shared/domain';
import { describeChange } from '@shared/changes';
import type { DbContext } from './context';
import { NotFoundError } from './context';
import { activityEntry, tableOf } from './records';

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
  const stored = await ctx.db.settings.get(SETTINGS_ID);
  const defaults = { ...defaultSettings(machineTimeZone()), id: SETTINGS_ID, updatedAt: new Date(0).toISOString() } as const;
  return stored ? { ...defaults, ...stored } : defaults;
}

function hasField(input: unknown, field: string): boolean {
  return typeof input === 'object' && input !== null && Object.hasOwn(input, field);
}

const KEPT_WHEN_ABSENT = ['mutedPartnershipIds', 'reportingCurrency', 'opportunityStages'] as const;

/** The reporting currency and the stage list, saved on their own (Settings, Value). */
export async function saveValueSettings(ctx: DbContext, input: Pick<SettingsInput, 'reportingCurrency' | 'opportunityStages'>): Promise<Settings> {
  const before = await readSettings(ctx);
  const { id: _id, updatedAt: _updatedAt, ...fields } = before;
  return saveSettings(ctx, { ...fields, reportingCurrency: input.reportingCurrency, opportunityStages: input.opportunityStages });
}

export async function saveSettings(ctx: DbContext, input: unknown): Promise<Settings> {
  const fields = parseOrThrow(settingsInputSchema, input);
  return ctx.db.transaction('rw', [ctx.db.settings, ctx.db.activity], async () => {
    const before = await readSettings(ctx);
    // The settings form does not carry the mutes (set per partnership) nor the value settings
    // (their own section, saveValueSettings): what the input leaves out is kept.
    const kept = Object.fromEntries(KEPT_WHEN_ABSENT.filter((field) => !hasField(input, field)).map((field) => [field, before[field]]));
    const after: Settings = { ...fields, ...kept, id: SETTINGS_ID, updatedAt: ctx.now().toISOString() };
    const change = describeChange(before, after);
    if (change === 'No changes') return before;
    await ctx.db.settings.put(after);
    await ctx.db.activity.add(activityEntry(ctx, 'settings', SETTINGS_ID, '', 'update', `Updated settings: ${change}`));
    return after;
  });
}

/** Mutes or unmutes one partnership's reminders; logged in that partnership's activity. */
export async function setPartnershipMuted(ctx: DbContext, partnershipId: string, isMuted: boolean): Promise<Settings> {
  return ctx.db.transaction('rw', [ctx.db.settings, ctx.db.partnerships, ctx.db.activity], async () => {
    const partnership = await tableOf<Partnership>(ctx.db, 'partnerships').get(partnershipId);
    if (!partnership || partnership.deletedAt) throw new NotFoundError('partnership', partnershipId);
    const before = await readSettings(ctx);
    const others = before.mutedPartnershipIds.filter((id) => id !== partnershipId);
    const wasMuted = others.length !== before.mutedPartnershipIds.length;
    if (wasMuted === isMuted) return before;
    const after: Settings = { ...before, mutedPartnershipIds: isMuted ? [...others, partnershipId] : others, updatedAt: ctx.now().toISOString() };
    await ctx.db.settings.put(after);
    const description = `${isMuted ? 'Muted' : 'Unmuted'} reminders for partnership “${partnership.name}”`;
    await ctx.db.activity.add(activityEntry(ctx, 'settings', SETTINGS_ID, partnershipId, 'update', description));
    return after;
  });
}

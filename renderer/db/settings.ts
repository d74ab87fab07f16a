import type { Settings } from '@shared/domain';
import { defaultSettings, parseOrThrow, settingsInputSchema } from '@shared/domain';
import { describeChange } from '@shared/changes';
import type { DbContext } from './context';
import { activityEntry } from './records';

export const SETTINGS_ID = 'settings';

/** The machine's zone, for first-run defaults. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Stored settings, or the defaults when the user has saved none yet. */
export async function readSettings(ctx: DbContext): Promise<Settings> {
  const stored = await ctx.db.settings.get(SETTINGS_ID);
  return stored ?? { ...defaultSettings(machineTimeZone()), id: SETTINGS_ID, updatedAt: new Date(0).toISOString() };
}

export async function saveSettings(ctx: DbContext, input: unknown): Promise<Settings> {
  const fields = parseOrThrow(settingsInputSchema, input);
  return ctx.db.transaction('rw', [ctx.db.settings, ctx.db.activity], async () => {
    const before = await readSettings(ctx);
    const after: Settings = { ...fields, id: SETTINGS_ID, updatedAt: ctx.now().toISOString() };
    const change = describeChange(before, after);
    if (change === 'No changes') return before;
    await ctx.db.settings.put(after);
    await ctx.db.activity.add(activityEntry(ctx, 'settings', SETTINGS_ID, '', 'update', `Updated settings: ${change}`));
    return after;
  });
}

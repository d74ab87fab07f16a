import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '@shared/domain';
import { ValidationError, defaultSettings } from '@shared/domain';
import { readSettings, readSettingsButZone, saveSettings } from '../../../renderer/db/settings';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

describe('settings repository', () => {
  it('returns defaults before anything is saved', async () => {
    ctx = createTestContext();
    const settings = await readSettings(ctx);
    expect(settings.workingDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(settings.quietHoursEnabled).toBe(true);
  });

  it('reads all but the zone, saved or default, without asking the machine for its zone', async () => {
    ctx = createTestContext();
    const zoneAsked = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions');
    const { timeZone: _zone, ...defaults } = await readSettings(ctx);
    expect(zoneAsked).toHaveBeenCalled();
    zoneAsked.mockClear();
    expect(await readSettingsButZone(ctx)).toEqual(defaults);
    expect(zoneAsked).not.toHaveBeenCalled();
    await saveSettings(ctx, { ...defaultSettings('Asia/Tokyo'), organisationName: 'Steward Labs', reportingCurrency: 'EUR' });
    zoneAsked.mockClear();
    const { timeZone: savedZone, ...saved } = await readSettings(ctx);
    expect(savedZone).toBe('Asia/Tokyo');
    const butZone = await readSettingsButZone(ctx);
    expect(butZone).toEqual(saved);
    expect(butZone).not.toHaveProperty('timeZone');
    expect(butZone).toMatchObject({ organisationName: 'Steward Labs', reportingCurrency: 'EUR' });
    // Once a zone is saved, not even readSettings asks the machine.
    expect(zoneAsked).not.toHaveBeenCalled();
  });

  it('saves valid settings and logs the change', async () => {
    ctx = createTestContext();
    await saveSettings(ctx, { ...defaultSettings('Europe/Berlin'), userName: 'Dana' });
    const saved = await readSettings(ctx);
    expect(saved).toMatchObject({ userName: 'Dana', timeZone: 'Europe/Berlin', updatedAt: '2027-01-14T09:00:00.000Z' });
    const log = await ctx.db.activity.toArray();
    expect(log[0]?.description).toContain('user name: — → Dana');
  });

  it('names the wrong field and saves nothing', async () => {
    ctx = createTestContext();
    const attempt = saveSettings(ctx, { ...defaultSettings('UTC'), quietStart: '25:00', workingDays: [] });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const errors = await attempt.catch((e: ValidationError) => e.errors);
    expect(errors).toEqual({ quietStart: 'Enter a time as HH:MM.', workingDays: 'Pick at least one working day.' });
    expect(await ctx.db.settings.count()).toBe(0);
  });

  it('gives a row saved before the date format existed the locale format, and saves a chosen one', async () => {
    ctx = createTestContext();
    const { dateFormat: _none, ...old } = { ...defaultSettings('UTC'), id: 'settings' as const, updatedAt: '2027-01-01T00:00:00.000Z' };
    await ctx.db.settings.put(old as unknown as Settings);
    expect((await readSettings(ctx)).dateFormat).toBe('locale');
    await saveSettings(ctx, { ...defaultSettings('UTC'), dateFormat: 'yyyy-MM-dd' });
    expect((await readSettings(ctx)).dateFormat).toBe('yyyy-MM-dd');
    const log = await ctx.db.activity.toArray();
    expect(log.at(-1)?.description).toContain('date format: locale → yyyy-MM-dd');
  });

  it('refuses a date format Settings does not offer', async () => {
    ctx = createTestContext();
    const attempt = saveSettings(ctx, { ...defaultSettings('UTC'), dateFormat: 'dd/MM/yy' });
    const errors = await attempt.catch((e: ValidationError) => e.errors);
    expect(Object.keys(errors)).toEqual(['dateFormat']);
    expect(await ctx.db.settings.count()).toBe(0);
  });
});

// The team settings: where each part is kept (address and name in the settings record, the
// token in meta), that no backup carries the token, that saving the settings form keeps the
// team, that leaving forgets it, and what a mistyped form is told.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError, defaultSettings } from '@shared/domain';
import { parseBackup } from '@shared/backup/parse';
import { exportBackup, restoreBackup } from '../../../renderer/db/backup';
import { readSettings, saveSettings } from '../../../renderer/db/settings';
import { joinTeam, leaveTeam, parseTeamInput, readTeam, readTeamSettings } from '../../../renderer/db/team';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.secret-part-of-the-invitation.signature';
const joined = { serverUrl: 'wss://sync.example.com:1234', memberName: 'Alice', token: TOKEN };
const APP = { name: 'Steward', version: 'test' } as const;

const contexts: TestContext[] = [];
function context(): TestContext {
  const ctx = createTestContext();
  contexts.push(ctx);
  return ctx;
}
afterEach(async () => {
  for (const ctx of contexts.splice(0)) await ctx.db.delete();
});

describe('team settings', () => {
  it('keeps the address and name in the settings and the token in meta; the single-user app has none', async () => {
    const ctx = context();
    expect(await readTeam(ctx)).toBeUndefined();
    await joinTeam(ctx, parseTeamInput({ ...joined, serverUrl: ' wss://sync.example.com:1234/ ' }));
    expect(await readTeam(ctx)).toEqual(joined);
    expect((await readSettings(ctx)).team).toEqual({ serverUrl: 'wss://sync.example.com:1234', memberName: 'Alice' });
    expect(JSON.stringify(await ctx.db.settings.toArray())).not.toContain('secret-part');
    expect((await ctx.db.activity.toArray()).map((a) => a.description)).toEqual(['Joined the team on wss://sync.example.com:1234 as Alice']);
  });

  it('never puts the token in a backup; a restored backup brings the address and name but not the membership', async () => {
    const ctx = context();
    await joinTeam(ctx, joined);
    const text = await exportBackup(ctx, APP);
    expect(text).not.toContain('secret-part');
    expect(text).toContain('wss://sync.example.com:1234');
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));

    const elsewhere = context();
    await restoreBackup(elsewhere, parsed.backup, 'replace');
    expect(await readTeamSettings(elsewhere)).toEqual({ serverUrl: 'wss://sync.example.com:1234', memberName: 'Alice' });
    expect(await readTeam(elsewhere)).toBeUndefined();
  });

  it('keeps the team when the settings form, which does not carry it, is saved', async () => {
    const ctx = context();
    await joinTeam(ctx, joined);
    await saveSettings(ctx, { ...defaultSettings('Europe/Berlin'), userName: 'Dana' });
    expect(await readTeam(ctx)).toEqual(joined);
  });

  it('forgets the team and its token on leaving, and logs it', async () => {
    const ctx = context();
    await joinTeam(ctx, joined);
    await leaveTeam(ctx);
    expect(await readTeam(ctx)).toBeUndefined();
    expect((await readSettings(ctx)).team).toBeUndefined();
    expect(await ctx.db.meta.get('team-token')).toBeUndefined();
    expect((await ctx.db.activity.toArray()).map((a) => a.description).at(-1)).toBe('Left the team on wss://sync.example.com:1234');
  });

  it('names every wrong field of the join form at once', () => {
    const errors = (() => {
      try {
        parseTeamInput({ serverUrl: 'https://sync.example.com/path', memberName: ' ', token: ' ' });
      } catch (error) {
        if (error instanceof ValidationError) return error.errors;
      }
      return undefined;
    })();
    expect(errors).toEqual({
      serverUrl: 'Enter an address starting with ws:// or wss://, a host and maybe a port, e.g. wss://sync.example.com:1234.',
      memberName: 'Your name in the team is required.',
      token: 'Paste the invitation token the team owner sent you.',
    });
    expect(() => parseTeamInput({ ...joined, serverUrl: 'ws://127.0.0.1:4430' })).not.toThrow();
  });
});

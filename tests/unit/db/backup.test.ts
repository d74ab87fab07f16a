import { afterEach, describe, expect, it, vi } from 'vitest';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import type { BackupFile } from '@shared/backup/format';
import { BACKUP_SCHEMA_VERSION, BACKUP_TABLES } from '@shared/backup/format';
import { parseBackup } from '@shared/backup/parse';
import type { CommitmentId, PartnershipId } from '@shared/domain';
import { defaultSettings } from '@shared/domain';
import { SCHEMA_VERSION } from '../../../renderer/db/schema';
import { addSnapshot } from '../../../renderer/db/snapshot';
import { exportBackup, readBackupData, restoreBackup } from '../../../renderer/db/backup';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const TODAY = '2027-01-14';
const APP = { name: 'Steward', version: '0.1.0' } as const;
const contexts: TestContext[] = [];
const ADDED_LATER = 'added-after-backup' as PartnershipId;
const LOCAL_ONLY = 'local-only' as CommitmentId;

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.db.delete()));
});

function freshContext(): TestContext {
  const ctx = createTestContext(`${TODAY}T15:00:00.000Z`);
  contexts.push(ctx);
  return ctx;
}

/** A database holding the sample, a settings row and a reminder. */
async function seededContext(): Promise<TestContext> {
  const ctx = freshContext();
  const sample = samplePortfolio(TODAY);
  await addSnapshot(ctx, sample, 'Loaded the sample portfolio');
  await ctx.db.settings.put({ ...defaultSettings('Europe/London'), id: 'settings', updatedAt: `${TODAY}T10:00:00.000Z` });
  const [partnership, cadence] = [sample.partnerships[0]!, sample.cadences[0]!];
  // What the notification said rides along, so a restored centre keeps its titles.
  const display = { title: 'Steering committee in 1 hour', body: partnership.name, source: 'cadence', fireAt: `${TODAY}T08:00:00.000Z`, target: { partnershipId: partnership.id, tab: 'cadences', itemId: cadence.id } } as const;
  await ctx.db.reminders.put({ key: `cadence:${cadence.id}:${TODAY}T09:00`, partnershipId: partnership.id, deliveredAt: `${TODAY}T08:00:00.000Z`, updatedAt: `${TODAY}T08:00:00.000Z`, display });
  return ctx;
}

async function parsed(ctx: TestContext): Promise<BackupFile> {
  const result = parseBackup(await exportBackup(ctx, APP));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.backup;
}

const keyOf = (row: object) => String('id' in row ? row.id : 'key' in row ? row.key : '');
const byKey = (rows: readonly object[]) => [...rows].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));

// Each test writes the sample portfolio and a restore rebuilds every excerpt: seconds on a busy machine.
describe('backup and restore', { timeout: 20_000 }, () => {
  it('the backup schema version is the database schema version', () => {
    expect(BACKUP_SCHEMA_VERSION).toBe(SCHEMA_VERSION);
  });

  it('exports every table, stamped with the clock and the app', async () => {
    const ctx = await seededContext();
    const result = parseBackup(await exportBackup(ctx, APP));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.exportedAt).toBe(`${TODAY}T15:00:00.000Z`);
    expect(result.backup.app).toEqual(APP);
    for (const table of BACKUP_TABLES) expect(result.summary[table], table).toBe(await ctx.db.table(table).count());
    expect(result.summary.settings).toBe(1);
    expect(result.summary.reminders).toBe(1);
  });

  it('round trip: export, parse, restore into a fresh database gives identical tables plus one import entry', async () => {
    const source = await seededContext();
    const backup = await parsed(source);
    const target = freshContext();
    const result = await restoreBackup(target, backup, 'replace');
    const [before, after] = [await readBackupData(source), await readBackupData(target)];
    for (const table of BACKUP_TABLES) {
      if (table === 'activity') continue;
      expect(byKey(after[table]), table).toEqual(byKey(before[table]));
    }
    const imports = after.activity.filter((a) => !before.activity.some((b) => b.id === a.id));
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ action: 'import', at: `${TODAY}T15:00:00.000Z`, description: `Restored the backup exported ${TODAY}T15:00:00.000Z (replacing all data)` });
    expect(after.activity).toHaveLength(before.activity.length + 1);
    expect(result.added).toBe(BACKUP_TABLES.reduce((n, t) => n + backup.data[t].length, 0));
  });

  it('replace: what was in the database and not in the backup is gone', async () => {
    const ctx = await seededContext();
    const backup = await parsed(ctx);
    await ctx.db.partnerships.add({ ...backup.data.partnerships[0]!, id: ADDED_LATER, name: 'Added later' });
    await restoreBackup(ctx, backup, 'replace');
    expect(await ctx.db.partnerships.get(ADDED_LATER)).toBeUndefined();
    expect(await ctx.db.partnerships.count()).toBe(backup.data.partnerships.length);
  });

  it('merge: keeps the newer copy of each record, adds missing ones, keeps local-only ones', async () => {
    const ctx = await seededContext();
    const backup = await parsed(ctx);
    const [older, newer, removed] = backup.data.partnerships as [(typeof backup.data.partnerships)[0], (typeof backup.data.partnerships)[0], (typeof backup.data.partnerships)[0]];
    // Local edits: one made after the backup (must survive), one before it (must be replaced).
    await ctx.db.partnerships.update(older.id, { name: 'Edited locally later', updatedAt: '2099-01-01T00:00:00.000Z' });
    await ctx.db.partnerships.update(newer.id, { name: 'Edited locally earlier', updatedAt: '2000-01-01T00:00:00.000Z' });
    await ctx.db.partnerships.delete(removed.id);
    await ctx.db.commitments.add({ ...backup.data.commitments[0]!, id: LOCAL_ONLY });
    const result = await restoreBackup(ctx, backup, 'merge');
    expect((await ctx.db.partnerships.get(older.id))?.name).toBe('Edited locally later');
    expect((await ctx.db.partnerships.get(newer.id))?.name).toBe(newer.name);
    expect(await ctx.db.partnerships.get(removed.id)).toEqual(removed);
    expect(await ctx.db.commitments.get(LOCAL_ONLY)).toBeDefined();
    expect(result).toMatchObject({ added: 1, updated: 1 });
    const restores = await ctx.db.activity.filter((a) => a.description.startsWith('Restored')).toArray();
    expect(restores).toEqual([expect.objectContaining({ action: 'import', description: expect.stringMatching(/merging: 1 added, 1 updated, \d+ kept\)$/) })]);
  });

  it('a restore that fails part-way leaves the database exactly as it was', async () => {
    const ctx = await seededContext();
    const backup = await parsed(ctx);
    await ctx.db.partnerships.update(backup.data.partnerships[0]!.id, { name: 'Changed after backup' });
    const before = await readBackupData(ctx);
    vi.spyOn(ctx.db.commitments, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(restoreBackup(ctx, backup, 'replace')).rejects.toThrow('disk full');
    expect(await readBackupData(ctx)).toEqual(before);
  });

  it('a failed merge writes nothing either, not even the import entry', async () => {
    const ctx = await seededContext();
    const backup = await parsed(ctx);
    await ctx.db.partnerships.clear();
    const activity = await ctx.db.activity.count();
    vi.spyOn(ctx.db.settings, 'bulkPut').mockRejectedValue(new Error('quota exceeded'));
    await expect(restoreBackup(ctx, backup, 'merge')).rejects.toThrow('quota exceeded');
    expect(await ctx.db.partnerships.count()).toBe(0);
    expect(await ctx.db.activity.count()).toBe(activity);
  });
});

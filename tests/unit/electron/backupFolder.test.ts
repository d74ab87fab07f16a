// The rolling backups folder through the IPC handlers, on a real temp directory: what
// main refuses to write (anything but a Steward backup, too large, a request that names
// what to keep), unique names to the millisecond, temp file + rename, retention from
// main's own setting with the shrink guard, older names, foreign files left alone, and
// names that are not automatic backups refused before the file system is touched.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoBackupName, legacyAutoBackupName, parseAutoBackupName } from '../../../shared/backup/autoBackupName';
import { BACKUP_SCHEMA_VERSION, BACKUP_TABLES, DEFAULT_MAX_BACKUP_BYTES, serializeBackupTables, serializeTable } from '../../../shared/backup/format';
import type { BackupTable } from '../../../shared/backup/format';
import { BACKUP_FOLDER_NAME, createHandlers } from '../../../electron/main/handlers';
import type { HandlerDeps } from '../../../electron/main/handlers';
import { MAX_AUTO_BACKUP_BYTES, createBackupFolder, nodeBackupFs } from '../../../electron/main/backupFolder';
import type { BackupFs } from '../../../electron/main/backupFolder';
import { BACKUP_SETTINGS_FILE } from '../../../electron/main/backupSettings';
import { createDataStore } from '../../../electron/main/dataStore';
import { registerHandlers } from '../../../electron/main/ipc';
import { createCloseToTray } from '../../../electron/main/lifecycle';
import { APP_PAGE, FakeIpcMain, eventFrom } from './fakes';
import { FakeDataFs } from './fakeDataFs';

const START = Date.parse('2027-01-14T09:00:00.000Z');
const temps: string[] = [];

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A Steward backup envelope holding `records` records (in the activity table). */
function backupText(records: number, extra: Partial<Record<BackupTable, string>> = {}): string {
  const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, '[]'])) as Record<BackupTable, string>;
  tables.activity = serializeTable(Array.from({ length: records }, (_, i) => ({ id: `a${i}` })));
  return serializeBackupTables({ ...tables, ...extra }, { exportedAt: '2027-01-14T09:00:00.000Z', app: { name: 'Steward', version: '0.1.0' } });
}

/** Handlers whose documents folder is a fresh temp dir; the clock stands still until `at` moves it. */
function setup(fs: BackupFs = nodeBackupFs) {
  const documents = mkdtempSync(join(tmpdir(), 'steward-backups-'));
  temps.push(documents);
  let clock = START;
  const userData = join(documents, 'profile');
  const deps = {
    app: {
      getName: () => 'Steward',
      getVersion: () => '0.1.0',
      getPath: (name: string) => (name === 'documents' ? documents : userData),
      setLoginItemSettings: vi.fn(),
      setBadgeCount: vi.fn(() => true),
    },
    platform: 'linux',
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    writeFile: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => undefined),
    showNotification: vi.fn(),
    writeClipboard: vi.fn(),
    showUnreadCount: vi.fn(),
    closeToTray: createCloseToTray(),
    backupFs: fs,
    now: () => new Date(clock),
    // The data store has its own tests (dataStore.test.ts) with a fake file system.
    dataStore: createDataStore({ fs: new FakeDataFs(), userDataPath: () => '/profile', now: () => new Date(0), restart: vi.fn() }),
  } satisfies HandlerDeps;
  const ipcMain = new FakeIpcMain();
  registerHandlers({ ipcMain }, createHandlers(deps));
  const invoke = (channel: string, payload?: unknown) => ipcMain.invoke(channel, eventFrom(APP_PAGE), payload);
  const folder = join(documents, BACKUP_FOLDER_NAME);
  const files = () => readdirSync(folder).sort();
  /** Moves the clock to `minutes` after START and writes a backup holding `records` records. */
  const writeAt = async (minutes: number, records = 100) => {
    clock = START + minutes * 60_000;
    return invoke('backup:write', { content: backupText(records) });
  };
  return { invoke, folder, files, writeAt, userData, setClock: (at: number) => (clock = at) };
}

const nameAt = (minutes: number, records = 100, sequence = 1) => autoBackupName(new Date(START + minutes * 60_000), sequence, records);
type Listed = { ok: true; value: { name: string; takenAt: string; size: number; records?: number }[] };

describe('backup:write', () => {
  it('creates the folder and writes the content under a name with the UTC instant to the millisecond, a sequence and the record count', async () => {
    const { invoke, folder, files } = setup();
    const content = backupText(7);
    const result = await invoke('backup:write', { content });
    const name = 'steward-backup-20270114-090000-000-1-7-records.json';
    expect(result).toEqual({ ok: true, value: { file: expect.objectContaining({ name, takenAt: '2027-01-14T09:00:00.000Z', size: Buffer.byteLength(content), records: 7 }) } });
    expect(files()).toEqual([name]);
    expect(readFileSync(join(folder, name), 'utf8')).toBe(content);
  });

  it('writes a temp file that never matches the pattern, flushed, renames it into place, then syncs the folder', async () => {
    const calls: string[] = [];
    const recording: BackupFs = {
      ...nodeBackupFs,
      writeFile: async (path, content) => {
        calls.push(`write ${path.split('/').pop()}`);
        await nodeBackupFs.writeFile(path, content);
      },
      rename: async (from, to) => {
        calls.push(`rename ${from.split('/').pop()} -> ${to.split('/').pop()}`);
        await nodeBackupFs.rename(from, to);
      },
      syncFolder: async (path) => {
        calls.push(`sync ${path.split('/').pop()}`);
        await nodeBackupFs.syncFolder!(path);
      },
    };
    const { writeAt, files } = setup(recording);
    await writeAt(0);
    expect(calls).toHaveLength(3);
    const temp = calls[0]!.replace('write ', '');
    expect(temp).toMatch(/^\.steward-backup-20270114-090000-000-1-100-records-[\w-]+\.json\.tmp$/);
    expect(parseAutoBackupName(temp)).toBeUndefined();
    expect(calls.slice(1)).toEqual([`rename ${temp} -> ${nameAt(0)}`, `sync ${BACKUP_FOLDER_NAME}`]);
    expect(files()).toEqual([nameAt(0)]);
  });

  it('works with a file system that cannot sync a folder', async () => {
    const { syncFolder: _sync, ...withoutSync } = nodeBackupFs;
    const { writeAt, files } = setup(withoutSync);
    expect(await writeAt(0)).toMatchObject({ ok: true });
    expect(files()).toEqual([nameAt(0)]);
  });

  it('a crash between write and rename leaves no new backup: the listing still shows the previous one', async () => {
    let renames = 0;
    const crashing: BackupFs = { ...nodeBackupFs, rename: async (from, to) => (renames++ === 0 ? nodeBackupFs.rename(from, to) : Promise.reject(new Error('power cut'))) };
    const { writeAt, invoke, folder } = setup(crashing);
    await writeAt(0);
    expect(await writeAt(1)).toEqual({ ok: false, error: { code: 'failed', message: 'backup:write: power cut' } });
    const listed = (await invoke('backup:list')) as Listed;
    expect(listed.value.map((f) => f.name)).toEqual([nameAt(0)]);
    expect(readFileSync(join(folder, nameAt(0)), 'utf8')).toBe(backupText(100));
  });

  it('keeps what main’s own setting says, deletes older ones and leftover temp files, and never touches anyone else’s files', async () => {
    const { invoke, writeAt, folder, files } = setup();
    expect(await invoke('backup:setKeep', { keep: 3 })).toEqual({ ok: true, value: undefined });
    await writeAt(0);
    const foreign = ['notes.txt', 'steward-backup-2027-01-14.json', 'steward-backup-20200101-000000.json.bak', 'my-steward-backup-20200101-000000.json'];
    for (const name of foreign) writeFileSync(join(folder, name), 'mine');
    writeFileSync(join(folder, '.steward-backup-20200101-000000-dead.json.tmp'), 'half');
    for (let i = 1; i <= 4; i++) await writeAt(i);
    // Today's newest is already among the newest three: the generations add nothing on one day.
    expect(files()).toEqual([...foreign, nameAt(2), nameAt(3), nameAt(4)].sort());
  });

  it('keeps the newest 10 when main has no setting yet, or its file is damaged', async () => {
    const { writeAt, files, userData } = setup();
    for (let i = 0; i < 12; i++) await writeAt(i);
    expect(files()).toEqual(Array.from({ length: 10 }, (_, i) => nameAt(i + 2)).sort());
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, BACKUP_SETTINGS_FILE), '{"keepLast": 1');
    await writeAt(12);
    expect(files()).toHaveLength(10);
  });

  it('stores "Backups to keep" in main’s own file, within 1 to 100', async () => {
    const { invoke, userData } = setup();
    await invoke('backup:setKeep', { keep: 4 });
    expect(JSON.parse(readFileSync(join(userData, BACKUP_SETTINGS_FILE), 'utf8'))).toEqual({ keepLast: 4 });
    for (const keep of [0, 101, 2.5, '3']) expect(await invoke('backup:setKeep', { keep })).toMatchObject({ ok: false });
    expect(JSON.parse(readFileSync(join(userData, BACKUP_SETTINGS_FILE), 'utf8'))).toEqual({ keepLast: 4 });
  });
});

describe('hostile backup:write calls (issue 11)', () => {
  it('junk content with keep=1 deletes no earlier backup and writes nothing', async () => {
    const { invoke, writeAt, files } = setup();
    for (let i = 0; i < 3; i++) await writeAt(i);
    const before = files();
    expect(await invoke('backup:write', { content: 'junk', keep: 1 })).toMatchObject({ ok: false });
    expect(await invoke('backup:write', { content: 'junk' })).toEqual({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/^backup:write: refused, not a Steward backup: The file is not JSON/) } });
    expect(files()).toEqual(before);
  });

  it.each([
    ['JSON that is not a backup', '{"a":1}', /no "format": "steward-backup"/],
    ['another format', JSON.stringify({ format: 'other' }), /its format is "other"/],
    ['a newer schema', backupText(1).replace(`"schemaVersion": ${BACKUP_SCHEMA_VERSION}`, '"schemaVersion": 99'), /newer Steward/],
    ['a table missing', backupText(1).replace('"settings": []', '"other": []'), /table "settings" is missing/],
    ['a prototype key', backupText(0, { activity: '[{"__proto__":{"x":1}}]' }), /"__proto__"/],
  ])('refuses %s and creates nothing', async (_label, content, message) => {
    const { invoke, folder } = setup();
    expect(await invoke('backup:write', { content })).toEqual({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(message) } });
    expect(existsSync(folder)).toBe(false);
  });

  it('refuses a big junk string, and a backup over the size limit, before touching the folder', async () => {
    const { invoke, folder } = setup();
    expect(await invoke('backup:write', { content: 'x'.repeat(5 * 1024 * 1024) })).toMatchObject({ ok: false });
    expect(existsSync(folder)).toBe(false);
    // The limit is the restore's: anything written can be restored. A small one shows it bites.
    expect(MAX_AUTO_BACKUP_BYTES).toBe(DEFAULT_MAX_BACKUP_BYTES);
    const small = createBackupFolder({ fs: nodeBackupFs, folder: () => folder, now: () => new Date(START), keepLast: async () => 10, maxBytes: 2000 });
    await expect(small.write(backupText(200))).rejects.toThrow(/too large/);
    expect(existsSync(folder)).toBe(false);
    await expect(small.write(backupText(1))).resolves.toMatchObject({ file: { records: 1 } });
  });

  it('two writes in the same second, even the same millisecond, make two files; so do three at once', async () => {
    const { invoke, writeAt, setClock, files } = setup();
    await writeAt(0);
    await writeAt(0);
    setClock(START + 500);
    await Promise.all([1, 2, 3].map(() => invoke('backup:write', { content: backupText(100) })));
    const second = (sequence: number) => autoBackupName(new Date(START + 500), sequence, 100);
    expect(files()).toEqual([nameAt(0, 100, 1), nameAt(0, 100, 2), second(1), second(2), second(3)].sort());
  });

  it('a backup holding under half the records of the one before prunes nothing, and says so', async () => {
    const { invoke, writeAt, files } = setup();
    await invoke('backup:setKeep', { keep: 1 });
    await writeAt(0, 1000);
    await writeAt(1, 1000);
    expect(files()).toEqual([nameAt(1, 1000)]);
    await writeAt(2, 1000);
    const written = await writeAt(3, 12);
    expect(written).toEqual({
      ok: true,
      value: {
        file: expect.objectContaining({ name: nameAt(3, 12), records: 12 }),
        shrink: {
          newest: { name: nameAt(3, 12), takenAt: '2027-01-14T09:03:00.000Z', records: 12 },
          previous: { name: nameAt(2, 1000), takenAt: '2027-01-14T09:02:00.000Z', records: 1000 },
        },
      },
    });
    await writeAt(4, 3);
    expect(files()).toEqual([nameAt(2, 1000), nameAt(3, 12), nameAt(4, 3)]);
  });
});

describe('backup:list and backup:read', () => {
  it('lists nothing before the folder exists', async () => {
    const { invoke } = setup();
    expect(await invoke('backup:list')).toEqual({ ok: true, value: [] });
  });

  it('lists only automatic backups, newest first, with time, size and record count', async () => {
    const { invoke, writeAt, folder } = setup();
    for (const [minute, records] of [[0, 1], [1, 22], [2, 333]] as const) await writeAt(minute, records);
    writeFileSync(join(folder, 'holiday.json'), '{}');
    const listed = (await invoke('backup:list')) as Listed;
    expect(listed.value.map(({ name, takenAt, records }) => ({ name, takenAt, records }))).toEqual([
      { name: nameAt(2, 333), takenAt: '2027-01-14T09:02:00.000Z', records: 333 },
      { name: nameAt(1, 22), takenAt: '2027-01-14T09:01:00.000Z', records: 22 },
      { name: nameAt(0, 1), takenAt: '2027-01-14T09:00:00.000Z', records: 1 },
    ]);
  });

  it('lists, reads and prunes the older second-precision names', async () => {
    const { invoke, writeAt, folder, files } = setup();
    mkdirSync(folder, { recursive: true });
    const legacy = [-3, -2, -1].map((minutes) => legacyAutoBackupName(new Date(START + minutes * 60_000)));
    for (const name of legacy) writeFileSync(join(folder, name), backupText(100));
    await writeAt(0);
    const listed = (await invoke('backup:list')) as Listed;
    expect(listed.value.map(({ name, records }) => ({ name, records }))).toEqual([{ name: nameAt(0), records: 100 }, ...legacy.reverse().map((name) => ({ name, records: undefined }))]);
    expect(await invoke('backup:read', { name: legacy[0] })).toEqual({ ok: true, value: backupText(100) });
    await invoke('backup:setKeep', { keep: 2 });
    await writeAt(1);
    expect(files()).toEqual([nameAt(0), nameAt(1)]);
  });

  it('reads a listed backup by name', async () => {
    const { invoke, writeAt } = setup();
    await writeAt(0);
    expect(await invoke('backup:read', { name: nameAt(0) })).toEqual({ ok: true, value: backupText(100) });
  });

  it.each(['../../.ssh/id_rsa', '/etc/passwd', 'holiday.json', `sub/${nameAt(0)}`, `${nameAt(0)}\0`, 'steward-backup-20271341-090000.json', 'steward-backup-20270114-090000-000-1-100-records.json/../holiday.json'])(
    'refuses to read %j',
    async (name) => {
      const { invoke, writeAt, folder } = setup();
      await writeAt(0);
      writeFileSync(join(folder, 'holiday.json'), 'private');
      const result = await invoke('backup:read', { name });
      expect(result).toMatchObject({ ok: false });
      expect(JSON.stringify(result)).not.toContain('private');
    },
  );

  it('says so when a listed backup has gone', async () => {
    const { invoke } = setup();
    expect(await invoke('backup:read', { name: nameAt(0) })).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('ENOENT') } });
  });
});

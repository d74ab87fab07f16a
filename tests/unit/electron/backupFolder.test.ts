// The rolling backups folder through the IPC handlers, on a real temp directory:
// names, temp file + rename, pruning to the newest N, foreign files left alone, and
// names that are not automatic backups refused before the file system is touched.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { autoBackupName, autoBackupTakenAt } from '../../../shared/backup/autoBackupName';
import { BACKUP_FOLDER_NAME, createHandlers } from '../../../electron/main/handlers';
import type { HandlerDeps } from '../../../electron/main/handlers';
import { nodeBackupFs } from '../../../electron/main/backupFolder';
import type { BackupFs } from '../../../electron/main/backupFolder';
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

/** Handlers whose documents folder is a fresh temp dir; the clock moves one minute per call. */
function setup(fs: BackupFs = nodeBackupFs) {
  const documents = mkdtempSync(join(tmpdir(), 'steward-backups-'));
  temps.push(documents);
  let minutes = 0;
  const deps = {
    app: {
      getName: () => 'Steward',
      getVersion: () => '0.1.0',
      getPath: (name: string) => (name === 'documents' ? documents : join(documents, 'profile')),
      setLoginItemSettings: vi.fn(),
      setBadgeCount: vi.fn(() => true),
    },
    platform: 'linux',
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    writeFile: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => undefined),
    showNotification: vi.fn(),
    showUnreadCount: vi.fn(),
    closeToTray: createCloseToTray(),
    backupFs: fs,
    now: () => new Date(START + 60_000 * minutes++),
    // The data store has its own tests (dataStore.test.ts) with a fake file system.
    dataStore: createDataStore({ fs: new FakeDataFs(), userDataPath: () => '/profile', now: () => new Date(0), restart: vi.fn() }),
  } satisfies HandlerDeps;
  const ipcMain = new FakeIpcMain();
  registerHandlers({ ipcMain }, createHandlers(deps));
  const invoke = (channel: string, payload?: unknown) => ipcMain.invoke(channel, eventFrom(APP_PAGE), payload);
  const folder = join(documents, BACKUP_FOLDER_NAME);
  return { invoke, folder, files: () => readdirSync(folder).sort() };
}

const nameAt = (minute: number) => autoBackupName(new Date(START + 60_000 * minute));

describe('automatic backup names', () => {
  it('are steward-backup-<UTC yyyyMMdd-HHmmss>.json and read back as the instant', () => {
    expect(autoBackupName(new Date('2027-01-14T09:05:07.900Z'))).toBe('steward-backup-20270114-090507.json');
    expect(autoBackupTakenAt('steward-backup-20270114-090507.json')).toBe('2027-01-14T09:05:07.000Z');
  });

  it.each(['steward-backup-20271341-090000.json', 'steward-backup-2027-01-14.json', 'notes.json', 'steward-backup-20270114-090000.json.tmp', '../steward-backup-20270114-090000.json'])(
    'do not include %j',
    (name) => expect(autoBackupTakenAt(name)).toBeUndefined(),
  );
});

describe('backup:write', () => {
  it('creates the folder and writes the content under the UTC name', async () => {
    const { invoke, folder, files } = setup();
    const result = await invoke('backup:write', { content: '{"a":1}', keep: 3 });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ name: 'steward-backup-20270114-090000.json', takenAt: '2027-01-14T09:00:00.000Z', size: 7 }) });
    expect(files()).toEqual(['steward-backup-20270114-090000.json']);
    expect(readFileSync(join(folder, 'steward-backup-20270114-090000.json'), 'utf8')).toBe('{"a":1}');
  });

  it('writes a temp file that never matches the pattern, flushed, then renames it into place', async () => {
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
    };
    const { invoke, files } = setup(recording);
    await invoke('backup:write', { content: 'x', keep: 3 });
    expect(calls).toHaveLength(2);
    const temp = calls[0]!.replace('write ', '');
    expect(temp).toMatch(/^\.steward-backup-20270114-090000-[\w-]+\.json\.tmp$/);
    expect(autoBackupTakenAt(temp)).toBeUndefined();
    expect(calls[1]).toBe(`rename ${temp} -> steward-backup-20270114-090000.json`);
    expect(files()).toEqual(['steward-backup-20270114-090000.json']);
  });

  it('a crash between write and rename leaves no new backup: the listing still shows the previous one', async () => {
    let renames = 0;
    const crashing: BackupFs = { ...nodeBackupFs, rename: async (from, to) => (renames++ === 0 ? nodeBackupFs.rename(from, to) : Promise.reject(new Error('power cut'))) };
    const { invoke, folder } = setup(crashing);
    await invoke('backup:write', { content: 'good', keep: 3 });
    expect(await invoke('backup:write', { content: 'half', keep: 3 })).toEqual({ ok: false, error: 'backup:write: power cut' });
    const listed = (await invoke('backup:list')) as { ok: true; value: { name: string }[] };
    expect(listed.value.map((f) => f.name)).toEqual([nameAt(0)]);
    expect(readFileSync(join(folder, nameAt(0)), 'utf8')).toBe('good');
  });

  it('keeps the newest N, deletes older ones and leftover temp files, and never touches anyone else’s files', async () => {
    const { invoke, folder, files } = setup();
    await invoke('backup:write', { content: 'first', keep: 10 });
    const foreign = ['notes.txt', 'steward-backup-2027-01-14.json', 'steward-backup-20200101-000000.json.bak', 'my-steward-backup-20200101-000000.json'];
    for (const name of foreign) writeFileSync(join(folder, name), 'mine');
    writeFileSync(join(folder, '.steward-backup-20200101-000000-dead.json.tmp'), 'half');
    for (let i = 0; i < 4; i++) await invoke('backup:write', { content: `n${i}`, keep: 3 });
    expect(files()).toEqual([...foreign, nameAt(2), nameAt(3), nameAt(4)].sort());
    expect(readFileSync(join(folder, nameAt(4)), 'utf8')).toBe('n3');
  });

  it.each([
    ['keep of 0', { content: 'x', keep: 0 }],
    ['fractional keep', { content: 'x', keep: 2.5 }],
    ['empty content', { content: '', keep: 3 }],
    ['a path', { content: 'x', keep: 3, name: '/etc/passwd' }],
  ])('refuses %s and writes nothing', async (_label, payload) => {
    const { invoke, folder } = setup();
    expect(await invoke('backup:write', payload)).toMatchObject({ ok: false });
    expect(() => readdirSync(folder)).toThrow(/ENOENT/);
  });
});

describe('backup:list and backup:read', () => {
  it('lists nothing before the folder exists', async () => {
    const { invoke } = setup();
    expect(await invoke('backup:list')).toEqual({ ok: true, value: [] });
  });

  it('lists only automatic backups, newest first, with time and size', async () => {
    const { invoke, folder } = setup();
    for (const content of ['a', 'bb', 'ccc']) await invoke('backup:write', { content, keep: 10 });
    writeFileSync(join(folder, 'holiday.json'), '{}');
    const listed = (await invoke('backup:list')) as { ok: true; value: { name: string; takenAt: string; size: number }[] };
    expect(listed.value.map(({ name, takenAt, size }) => ({ name, takenAt, size }))).toEqual([
      { name: nameAt(2), takenAt: '2027-01-14T09:02:00.000Z', size: 3 },
      { name: nameAt(1), takenAt: '2027-01-14T09:01:00.000Z', size: 2 },
      { name: nameAt(0), takenAt: '2027-01-14T09:00:00.000Z', size: 1 },
    ]);
  });

  it('reads a listed backup by name', async () => {
    const { invoke } = setup();
    await invoke('backup:write', { content: '{"format":"steward-backup"}', keep: 3 });
    expect(await invoke('backup:read', { name: nameAt(0) })).toEqual({ ok: true, value: '{"format":"steward-backup"}' });
  });

  it.each(['../../.ssh/id_rsa', '/etc/passwd', 'holiday.json', `sub/${nameAt(0)}`, `${nameAt(0)}\0`, 'steward-backup-20271341-090000.json'])(
    'refuses to read %j',
    async (name) => {
      const { invoke, folder } = setup();
      await invoke('backup:write', { content: 'x', keep: 3 });
      writeFileSync(join(folder, 'holiday.json'), 'private');
      const result = await invoke('backup:read', { name });
      expect(result).toMatchObject({ ok: false });
      expect(JSON.stringify(result)).not.toContain('private');
    },
  );

  it('says so when a listed backup has gone', async () => {
    const { invoke } = setup();
    expect(await invoke('backup:read', { name: nameAt(0) })).toMatchObject({ ok: false, error: expect.stringContaining('ENOENT') });
  });
});

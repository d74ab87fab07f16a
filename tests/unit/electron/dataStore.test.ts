// Main's side of "never lose data silently", with the file system faked: the marker file
// (written whole or not at all, validated on the way in and out), and moving a damaged
// IndexedDB folder aside at the next start — renamed with the time, never deleted, the
// rest of the profile untouched — listed and removed only by its listed name.
import { describe, expect, it, vi } from 'vitest';
import { createDataStore, MARKER_FILE, MOVE_ASIDE_REQUEST_FILE, movedAsideStamp } from '../../../electron/main/dataStore';
import { createHandlers } from '../../../electron/main/handlers';
import type { HandlerDeps } from '../../../electron/main/handlers';
import { registerHandlers } from '../../../electron/main/ipc';
import { createCloseToTray } from '../../../electron/main/lifecycle';
import { nodeBackupFs } from '../../../electron/main/backupFolder';
import type { DataMarker } from '../../../shared/dataMarker';
import { FakeDataFs } from './fakeDataFs';
import { APP_PAGE, FakeIpcMain, eventFrom } from './fakes';

const PROFILE = '/home/dana/.config/Steward';
const STORE = `${PROFILE}/IndexedDB/app_steward_0.indexeddb.leveldb`;
const BLOBS = `${PROFILE}/IndexedDB/app_steward_0.indexeddb.blob`;
const MARKER: DataMarker = { instanceId: 'db-1', counts: { partnerships: 7, activity: 40 }, updatedAt: '2027-01-14T09:00:00.000Z' };
const MOVED_AT = new Date('2027-01-15T10:20:30.456Z');

function setup(fs = new FakeDataFs()) {
  const restart = vi.fn();
  const store = createDataStore({ fs, userDataPath: () => PROFILE, now: () => MOVED_AT, restart });
  return { fs, store, restart };
}

/** A profile with a store that will not open, its blobs, another origin's store and local storage. */
function damagedProfile(): FakeDataFs {
  return new FakeDataFs()
    .put(`${STORE}/CURRENT`, 'MANIFEST-999999\n')
    .put(`${STORE}/000008.ldb`, 'tables')
    .put(`${BLOBS}/1/00/1`, 'blob')
    .put(`${PROFILE}/IndexedDB/https_example.com_0.indexeddb.leveldb/CURRENT`, 'MANIFEST-000001\n')
    .put(`${PROFILE}/Local Storage/leveldb/CURRENT`, 'MANIFEST-000001\n');
}

describe('the data marker file', () => {
  it('reads back what was written, through a temp file and a rename', async () => {
    const { fs, store } = setup();
    expect(await store.readMarker()).toBeNull();
    await store.writeMarker(MARKER);
    expect(await store.readMarker()).toEqual(MARKER);
    expect(fs.paths()).toEqual([`${PROFILE}/${MARKER_FILE}`]);
  });

  it('treats a marker file that does not read as none', async () => {
    const { fs, store } = setup();
    fs.put(`${PROFILE}/${MARKER_FILE}`, '{"instanceId": "db-1", "coun');
    expect(await store.readMarker()).toBeNull();
    fs.put(`${PROFILE}/${MARKER_FILE}`, JSON.stringify({ ...MARKER, counts: { partnerships: -5 } }));
    expect(await store.readMarker()).toBeNull();
  });
});

describe('moving a damaged store aside', () => {
  it('only records the request and restarts: nothing moves while this instance may hold the store open', async () => {
    const { fs, store, restart } = setup(damagedProfile());
    const before = fs.paths().sort();
    await store.requestMoveAside();
    expect(restart).toHaveBeenCalledOnce();
    expect(fs.paths().sort()).toEqual([...before, `${PROFILE}/${MOVE_ASIDE_REQUEST_FILE}`].sort());
  });

  it('at the next start renames the app’s store and blobs with the time, deletes nothing, and leaves the rest of the profile alone', async () => {
    const { fs, store } = setup(damagedProfile());
    await store.requestMoveAside();
    const stamp = movedAsideStamp(MOVED_AT);
    expect(stamp).toBe('20270115T102030Z');
    expect((await store.applyPendingMoveAside()).sort()).toEqual([`app_steward_0.indexeddb.blob.damaged-${stamp}`, `app_steward_0.indexeddb.leveldb.damaged-${stamp}`]);
    expect(fs.files.get(`${STORE}.damaged-${stamp}/CURRENT`)).toBe('MANIFEST-999999\n');
    expect(fs.files.get(`${STORE}.damaged-${stamp}/000008.ldb`)).toBe('tables');
    expect(fs.files.get(`${BLOBS}.damaged-${stamp}/1/00/1`)).toBe('blob');
    expect(fs.paths().filter((p) => p.startsWith(`${STORE}/`))).toEqual([]);
    expect(fs.files.has(`${PROFILE}/IndexedDB/https_example.com_0.indexeddb.leveldb/CURRENT`)).toBe(true);
    expect(fs.files.has(`${PROFILE}/Local Storage/leveldb/CURRENT`)).toBe(true);
    expect(fs.files.has(`${PROFILE}/${MOVE_ASIDE_REQUEST_FILE}`)).toBe(false);
    // Done once: the start after that moves nothing.
    expect(await store.applyPendingMoveAside()).toEqual([]);
  });

  it('moves nothing at a start nobody asked for', async () => {
    const { fs, store } = setup(damagedProfile());
    const before = fs.paths().sort();
    expect(await store.applyPendingMoveAside()).toEqual([]);
    expect(fs.paths().sort()).toEqual(before);
  });

  it('keeps the request when a rename fails, so the next start tries again', async () => {
    const fs = damagedProfile();
    const { store } = setup(fs);
    await store.requestMoveAside();
    fs.failRenameOf = STORE;
    await expect(store.applyPendingMoveAside()).rejects.toThrow(/EBUSY/);
    expect(fs.files.has(`${PROFILE}/${MOVE_ASIDE_REQUEST_FILE}`)).toBe(true);
    expect(fs.files.get(`${STORE}/CURRENT`)).toBe('MANIFEST-999999\n');
    fs.failRenameOf = undefined;
    expect(await store.applyPendingMoveAside()).toHaveLength(2);
  });

  it('lists what was moved aside, newest first, and removes one only by its listed name', async () => {
    const fs = new FakeDataFs()
      .put(`${STORE}.damaged-20270101T000000Z/CURRENT`)
      .put(`${STORE}.damaged-20270115T102030Z/CURRENT`)
      .put(`${STORE}/CURRENT`)
      .put(`${PROFILE}/IndexedDB/notes.damaged-20270115T102030Z/x`);
    const { store } = setup(fs);
    expect(await store.listDamaged()).toEqual([
      { name: 'app_steward_0.indexeddb.leveldb.damaged-20270115T102030Z', movedAt: '2027-01-15T10:20:30.000Z' },
      { name: 'app_steward_0.indexeddb.leveldb.damaged-20270101T000000Z', movedAt: '2027-01-01T00:00:00.000Z' },
    ]);
    await expect(store.removeDamaged('app_steward_0.indexeddb.leveldb')).rejects.toThrow(/not a damaged store/);
    await expect(store.removeDamaged('app_steward_0.indexeddb.leveldb.damaged-20991231T000000Z')).rejects.toThrow(/not a damaged store/);
    await store.removeDamaged('app_steward_0.indexeddb.leveldb.damaged-20270101T000000Z');
    expect(fs.paths().sort()).toEqual([`${PROFILE}/IndexedDB/notes.damaged-20270115T102030Z/x`, `${STORE}.damaged-20270115T102030Z/CURRENT`, `${STORE}/CURRENT`].sort());
  });
});

describe('the data channels', () => {
  function handlers(fs: FakeDataFs) {
    const restart = vi.fn();
    const deps = {
      app: { getName: () => 'Steward', getVersion: () => '0.1.0', getPath: () => PROFILE, setLoginItemSettings: vi.fn(), setBadgeCount: vi.fn(() => true) },
      platform: 'linux',
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      writeFile: vi.fn(async () => undefined),
      openExternal: vi.fn(async () => undefined),
      showNotification: vi.fn(),
      writeClipboard: vi.fn(),
      showUnreadCount: vi.fn(),
      closeToTray: createCloseToTray(),
      backupFs: nodeBackupFs,
      now: () => MOVED_AT,
      dataStore: createDataStore({ fs, userDataPath: () => PROFILE, now: () => MOVED_AT, restart }),
    } satisfies HandlerDeps;
    const ipcMain = new FakeIpcMain();
    registerHandlers({ ipcMain }, createHandlers(deps));
    return { invoke: (channel: string, payload?: unknown) => ipcMain.invoke(channel, eventFrom(APP_PAGE), payload), restart };
  }

  it('write and read the marker, refusing a malformed one before the file system is touched', async () => {
    const fs = new FakeDataFs();
    const { invoke } = handlers(fs);
    expect(await invoke('data:readMarker')).toEqual({ ok: true, value: null });
    expect(await invoke('data:writeMarker', { marker: MARKER })).toEqual({ ok: true, value: undefined });
    expect(await invoke('data:readMarker')).toEqual({ ok: true, value: MARKER });
    for (const marker of [{ ...MARKER, counts: { partnerships: 1.5 } }, { ...MARKER, instanceId: '' }, { ...MARKER, path: '/etc' }, 'x'.repeat(10)]) {
      const written = fs.files.get(`${PROFILE}/${MARKER_FILE}`);
      expect(await invoke('data:writeMarker', { marker })).toMatchObject({ ok: false });
      expect(fs.files.get(`${PROFILE}/${MARKER_FILE}`)).toBe(written);
    }
  });

  it('move aside restarts; remove takes only a damaged store’s name, never a path', async () => {
    const fs = damagedProfile().put(`${STORE}.damaged-20270101T000000Z/CURRENT`);
    const { invoke, restart } = handlers(fs);
    expect(await invoke('data:moveAside')).toEqual({ ok: true, value: undefined });
    expect(restart).toHaveBeenCalledOnce();
    expect(await invoke('data:listDamaged')).toMatchObject({ ok: true, value: [{ name: 'app_steward_0.indexeddb.leveldb.damaged-20270101T000000Z' }] });
    for (const name of ['../Local Storage', `${STORE}.damaged-20270101T000000Z`, 'app_steward_0.indexeddb.leveldb']) {
      expect(await invoke('data:removeDamaged', { name })).toMatchObject({ ok: false });
    }
    expect(fs.files.has(`${STORE}.damaged-20270101T000000Z/CURRENT`)).toBe(true);
    expect(await invoke('data:removeDamaged', { name: 'app_steward_0.indexeddb.leveldb.damaged-20270101T000000Z' })).toEqual({ ok: true, value: undefined });
    expect(fs.files.has(`${STORE}.damaged-20270101T000000Z/CURRENT`)).toBe(false);
  });
});

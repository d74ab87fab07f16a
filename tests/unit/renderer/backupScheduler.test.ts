// The automatic backup scheduler against a real Dexie over fake-indexeddb, an
// in-memory backups folder and vitest's fake clock (setTimeout and Date).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoBackupName, legacyAutoBackupName, newestFirst, parseAutoBackupName } from '@shared/backup/autoBackupName';
import { parseBackupEnvelope } from '@shared/backup/parse';
import { backupsToPrune, retentionPolicy } from '@shared/backup/retention';
import { parseBackup } from '@shared/backup/parse';
import { defaultSettings } from '@shared/domain';
import type { DbContext } from '../../../renderer/db/context';
import { createPartnership } from '../../../renderer/db/partnerships';
import { StewardDb } from '../../../renderer/db/schema';
import { saveSettings } from '../../../renderer/db/settings';
import { autoBackupStatus, noteListed } from '../../../renderer/src/backups/autoBackup';
import { BACKUP_CHECK_MS, startBackupScheduler } from '../../../renderer/src/backups/backupScheduler';
import type { AutoBackupFile, AutoBackups, DataMarkerStore, Platform } from '../../../renderer/src/platform/platform';
import type { DataMarker } from '@shared/dataMarker';
import { BACKUP_TABLES } from '@shared/backup/format';

const START = '2027-01-14T10:00:00.000Z';
const HOUR = 3_600_000;

let db: StewardDb;
let ctx: DbContext;
const stops: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: Date.parse(START) });
  db = new StewardDb(`steward-backups-${Math.random().toString(36).slice(2)}`);
  ctx = { db, now: () => new Date() };
  autoBackupStatus.set({});
});

afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  // Spies first: a spy on the fake setTimeout, restored after the real timers are back,
  // would put the fake one back on globalThis for every later suite of this worker.
  vi.restoreAllMocks();
  vi.useRealTimers();
  await db.delete();
});

/** The folder main keeps, in memory: newest first, pruned by the shared retention with main's `keepLast`. */
function memoryFolder(initial: readonly { takenAt: string; content: string }[] = [], keepLast = 10) {
  const files = new Map(initial.map((f) => [legacyAutoBackupName(new Date(f.takenAt)), f]));
  const describe = (name: string): AutoBackupFile => ({ name, takenAt: files.get(name)!.takenAt, size: files.get(name)!.content.length });
  const names = () => newestFirst([...files.keys()].map((name) => ({ name }))).map(({ name }) => name);
  const takenAts = () => names().map((name) => parseAutoBackupName(name)?.takenAt);
  const recordsIn = (content: string) => {
    const envelope = parseBackupEnvelope(content);
    return envelope.ok ? Object.values(envelope.counts).reduce((a, b) => a + b, 0) : 0;
  };
  const backups: AutoBackups = {
    list: vi.fn(async () => names().map(describe)),
    read: async (name) => files.get(name)?.content ?? Promise.reject(new Error('ENOENT')),
    write: vi.fn(async (content: string) => {
      const takenAt = new Date().toISOString();
      const name = autoBackupName(new Date(takenAt), 1, recordsIn(content));
      files.set(name, { takenAt, content });
      const decision = backupsToPrune(names().map((n) => ({ name: n })), new Date(), retentionPolicy(keepLast));
      for (const old of decision.prune) files.delete(old);
      return { file: describe(name) };
    }),
  };
  return { backups, names, takenAts, files };
}

/** The marker outside the database, in memory. */
function memoryMarker(initial?: DataMarker): DataMarkerStore & { current?: DataMarker } {
  const store: DataMarkerStore & { current?: DataMarker } = {
    ...(initial ? { current: initial } : {}),
    read: async () => store.current,
    write: async (marker) => {
      store.current = marker;
    },
  };
  return store;
}

function fakePlatform(backups?: AutoBackups, dataMarker: DataMarkerStore = memoryMarker()): Platform & { resume: () => void } {
  const resumes = new Set<() => void>();
  return {
    dataMarker,
    kind: backups ? 'electron' : 'web',
    getInfo: async () => ({ name: 'Steward', version: '9.9.9', platform: 'test', dataLocation: 'memory' }),
    notify: async () => undefined,
    openExternal: async () => undefined,
    saveFile: async () => ({ saved: false }),
    printToPdf: async () => ({ saved: false }),
    copyText: async () => undefined,
    setUnreadCount: async () => undefined,
    applyDesktopSettings: async () => undefined,
    onResume: (listener) => {
      resumes.add(listener);
      return () => resumes.delete(listener);
    },
    onNotificationClick: () => () => undefined,
    resume: () => resumes.forEach((l) => l()),
    ...(backups ? { backups } : {}),
  };
}

/** Starts a scheduler; `step(ms)` moves the clock on and waits for the check that falls in it. */
function start(platform: Platform) {
  const outcomes: (AutoBackupFile | undefined | Error)[] = [];
  let waiters: (() => void)[] = [];
  stops.push(
    startBackupScheduler({
      ctx,
      platform,
      onChecked: (outcome) => {
        outcomes.push(outcome);
        const ready = waiters;
        waiters = [];
        ready.forEach((resolve) => resolve());
      },
    }),
  );
  async function step(ms: number) {
    const checked = new Promise<void>((resolve) => waiters.push(resolve));
    await vi.advanceTimersByTimeAsync(ms);
    await checked;
  }
  return { outcomes, step };
}

async function seed(settings: Partial<ReturnType<typeof defaultSettings>> = {}) {
  await saveSettings(ctx, { ...defaultSettings('UTC'), ...settings });
  await createPartnership(ctx, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' });
}

describe('the automatic backup scheduler', () => {
  it('backs up at start when the folder has none, sending only the content (main decides what to keep)', async () => {
    await seed({ backupKeep: 4 });
    const folder = memoryFolder();
    const { step, outcomes } = start(fakePlatform(folder.backups));
    await step(0);
    expect(folder.backups.write).toHaveBeenCalledTimes(1);
    expect(vi.mocked(folder.backups.write).mock.calls[0]).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ name: folder.names()[0], takenAt: START });
    const written = parseBackup(folder.files.get(folder.names()[0]!)!.content);
    expect(written.ok && written.summary.partnerships).toBe(1);
    expect(written.ok && written.backup.app).toEqual({ name: 'Steward', version: '9.9.9' });
    expect(autoBackupStatus.get().latest?.takenAt).toBe(START);
  });

  it('waits until the newest backup is an interval old, checking every few minutes', async () => {
    await seed({ backupIntervalHours: 6 });
    const folder = memoryFolder([{ takenAt: new Date(Date.parse(START) - 5 * HOUR).toISOString(), content: '{}' }]);
    const { step } = start(fakePlatform(folder.backups));
    await step(0);
    expect(folder.backups.write).not.toHaveBeenCalled();
    // Five minutes short of the hour that is still to go: not yet.
    for (let t = 0; t < HOUR - BACKUP_CHECK_MS; t += BACKUP_CHECK_MS) await step(BACKUP_CHECK_MS);
    expect(folder.backups.write).not.toHaveBeenCalled();
    await step(BACKUP_CHECK_MS);
    expect(folder.backups.write).toHaveBeenCalledTimes(1);
    expect(folder.takenAts()[0]).toBe('2027-01-14T11:00:00.000Z');
  });

  it('rolls: one backup per interval, the oldest pruned beyond what main keeps', async () => {
    await seed({ backupIntervalHours: 1 });
    const folder = memoryFolder([], 3);
    const { step } = start(fakePlatform(folder.backups));
    await step(0);
    for (let t = 0; t < 5 * HOUR; t += BACKUP_CHECK_MS) await step(BACKUP_CHECK_MS);
    expect(folder.backups.write).toHaveBeenCalledTimes(6);
    expect(folder.takenAts()).toEqual(['2027-01-14T15:00:00.000Z', '2027-01-14T14:00:00.000Z', '2027-01-14T13:00:00.000Z']);
  });

  it('checks at once on resume from sleep', async () => {
    await seed({ backupIntervalHours: 24 });
    const folder = memoryFolder();
    const platform = fakePlatform(folder.backups);
    const { step } = start(platform);
    await step(0);
    // Asleep for a day and a bit: no timer ran, the machine wakes up.
    vi.setSystemTime(Date.now() + 25 * HOUR);
    platform.resume();
    await step(0);
    expect(folder.backups.write).toHaveBeenCalledTimes(2);
  });

  it('asks whether the data looks missing without counting every table (a count walks its table)', async () => {
    await seed({ backupIntervalHours: 6 });
    const marker = memoryMarker({ instanceId: (await db.meta.get('instance'))!.value, counts: { partnerships: 1, activity: 1 }, updatedAt: START });
    const folder = memoryFolder();
    const others = BACKUP_TABLES.filter((table) => table !== 'partnerships');
    const counted = others.map((table) => vi.spyOn(db[table], 'count'));
    const { step } = start(fakePlatform(folder.backups, marker));
    await step(0);
    await step(BACKUP_CHECK_MS);
    expect(folder.backups.write).toHaveBeenCalledTimes(1);
    expect(others.filter((_, i) => counted[i]!.mock.calls.length > 0)).toEqual([]);
  });

  it('never backs up an empty database, so empty backups cannot push out good ones', async () => {
    await saveSettings(ctx, defaultSettings('UTC'));
    const folder = memoryFolder([{ takenAt: '2027-01-01T00:00:00.000Z', content: 'good' }]);
    const { step, outcomes } = start(fakePlatform(folder.backups));
    await step(0);
    expect(outcomes).toEqual([undefined]);
    expect(folder.backups.write).not.toHaveBeenCalled();
    expect(autoBackupStatus.get().latest?.takenAt).toBe('2027-01-01T00:00:00.000Z');
  });

  it('never backs up while the data looks missing: the marker says another database held records, and this one has a few new ones', async () => {
    // Chromium replaced a damaged database with an empty one, and the user added a partnership.
    await seed();
    const marker = memoryMarker({ instanceId: 'the-lost-database', counts: { partnerships: 7, activity: 40 }, updatedAt: START });
    const folder = memoryFolder([{ takenAt: '2027-01-13T09:00:00.000Z', content: 'the last good backup' }]);
    const { step, outcomes } = start(fakePlatform(folder.backups, marker));
    await step(0);
    expect(outcomes).toEqual([undefined]);
    expect(folder.backups.write).not.toHaveBeenCalled();
    await step(BACKUP_CHECK_MS);
    expect(folder.backups.write).not.toHaveBeenCalled();
    expect(folder.names()).toEqual(['steward-backup-20270113-090000.json']);
  });

  it('reports a failed write and tries again at the next check', async () => {
    await seed();
    const folder = memoryFolder();
    vi.mocked(folder.backups.write).mockRejectedValueOnce(new Error('backup:write: ENOSPC: no space left on device'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { step, outcomes } = start(fakePlatform(folder.backups));
    await step(0);
    expect(outcomes[0]).toBeInstanceOf(Error);
    expect(autoBackupStatus.get().error).toContain('ENOSPC');
    expect(errors).toHaveBeenCalled();
    await step(BACKUP_CHECK_MS);
    expect(folder.names()).toHaveLength(1);
    expect(autoBackupStatus.get().error).toBeUndefined();
  });

  it('tells Settings when main kept every backup because the newest shrank, from a write and from a listing', async () => {
    await seed();
    const folder = memoryFolder();
    const shrink = {
      newest: { name: 'steward-backup-20270114-100000-000-1-3-records.json', takenAt: START, records: 3 },
      previous: { name: 'steward-backup-20270113-100000-000-1-900-records.json', takenAt: '2027-01-13T10:00:00.000Z', records: 900 },
    };
    vi.mocked(folder.backups.write).mockImplementationOnce(async () => ({ file: { name: shrink.newest.name, takenAt: START, size: 10, records: 3 }, shrink }));
    const { step } = start(fakePlatform(folder.backups));
    await step(0);
    expect(autoBackupStatus.get()).toEqual({ latest: expect.objectContaining({ name: shrink.newest.name }), shrink });
    noteListed([shrink.newest, shrink.previous].map((f) => ({ ...f, size: 10 })));
    expect(autoBackupStatus.get().shrink).toEqual(shrink);
    // The names are the truth main and Settings both read the counts from.
    noteListed([{ name: 'steward-backup-20270114-100000-000-1-450-records.json', takenAt: START, size: 10 }, { ...shrink.previous, size: 10 }]);
    expect(autoBackupStatus.get().shrink).toBeUndefined();
  });

  it('does nothing in a browser, which has no backups folder', async () => {
    await seed();
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const stop = startBackupScheduler({ ctx, platform: fakePlatform() });
    stop();
    expect(timers).not.toHaveBeenCalled();
  });
});

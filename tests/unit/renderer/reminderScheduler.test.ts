// The reminder heartbeat against a real Dexie over fake-indexeddb, a fake Platform and
// vitest's fake clock: setTimeout and Date are faked, IndexedDB's own scheduling is not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@shared/domain';
import { createCommitment } from '../../../renderer/db/commitments';
import type { DbContext } from '../../../renderer/db/context';
import { createPartnership } from '../../../renderer/db/partnerships';
import { listInbox, loadReminderSnapshot } from '../../../renderer/db/reminders';
import { StewardDb } from '../../../renderer/db/schema';
import { saveSettings } from '../../../renderer/db/settings';
import type { NotificationRequest, Platform } from '../../../renderer/src/platform/platform';
import type { ReminderStatus } from '../../../renderer/src/reminders/reminderStatus';
import { HEARTBEAT_MS, startReminderScheduler } from '../../../renderer/src/reminders/scheduler';

const START = '2027-01-14T10:00:30.000Z';
const HOUR = 3_600_000;

let db: StewardDb;
let ctx: DbContext;
let stops: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: Date.parse(START) });
  db = new StewardDb(`steward-scheduler-${Math.random().toString(36).slice(2)}`);
  ctx = { db, now: () => new Date() };
});

afterEach(async () => {
  for (const stop of stops) stop();
  stops = [];
  // Spies first: a spy on the fake setTimeout, restored after the real timers are back,
  // would put the fake one back on globalThis for every later suite of this worker.
  vi.restoreAllMocks();
  vi.useRealTimers();
  await db.delete();
});

function fakePlatform() {
  const notes: NotificationRequest[] = [];
  const resumeListeners = new Set<() => void>();
  const platform: Platform = {
    kind: 'web',
    getInfo: async () => ({ name: 'Steward', version: 'test', platform: 'test', dataLocation: 'memory' }),
    notify: async (request) => {
      notes.push(request);
    },
    openExternal: async () => undefined,
    saveFile: async () => ({ saved: false }),
    printToPdf: async () => ({ saved: false }),
    copyText: async () => undefined,
    setUnreadCount: vi.fn(async () => undefined),
    applyDesktopSettings: vi.fn(async () => undefined),
    onResume: (listener) => {
      resumeListeners.add(listener);
      return () => resumeListeners.delete(listener);
    },
    onNotificationClick: () => () => undefined,
    dataMarker: { read: async () => undefined, write: async () => undefined },
  };
  return { platform, notes, resume: () => resumeListeners.forEach((l) => l()) };
}

/** Starts a scheduler; `step(ms)` moves the fake clock on and waits for the tick that falls in it. */
function start(platform: Platform) {
  const statuses: ReminderStatus[] = [];
  let waiters: (() => void)[] = [];
  const stop = startReminderScheduler({
    ctx,
    platform,
    readSnapshot: loadReminderSnapshot,
    onStatus: (status) => {
      statuses.push(status);
      const ready = waiters;
      waiters = [];
      ready.forEach((resolve) => resolve());
    },
  });
  stops.push(stop);
  const nextTick = () => new Promise<void>((resolve) => waiters.push(resolve));
  async function step(ms: number) {
    const ticked = nextTick();
    await vi.advanceTimersByTimeAsync(ms);
    await ticked;
  }
  return { stop, statuses, step, nextTick };
}

async function setup(overrides: Partial<ReturnType<typeof defaultSettings>> = {}) {
  await saveSettings(ctx, { ...defaultSettings('UTC'), quietHoursEnabled: false, commitmentLeadDays: 0, ...overrides });
  return createPartnership(ctx, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active', signedOn: '2027-01-10' });
}

const about = (id: string) => (note: NotificationRequest) => note.key.includes(id);
/** When the ledger recorded the commitment's reminder delivered: the tick's own time. */
const deliveredAt = async (commitmentId: string) => (await listInbox(db)).find((item) => item.key.includes(commitmentId))?.deliveredAt;

describe('the reminder scheduler', () => {
  it('ticks at start and applies the desktop settings once', async () => {
    await setup({ closeToTray: false, launchAtLogin: true });
    const { platform } = fakePlatform();
    const { step, statuses } = start(platform);
    await step(0);
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({ isQuiet: false, heldCount: 0, checkedAt: START });
    expect(platform.applyDesktopSettings).toHaveBeenCalledTimes(1);
    expect(platform.applyDesktopSettings).toHaveBeenCalledWith({ closeToTray: false, launchAtLogin: true, backupKeep: 10 });
  });

  it('delivers a reminder due 60 days out within one heartbeat of its time, and never sets a longer timer', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const p = await setup();
    const c = await createCommitment(ctx, { partnershipId: p.id, title: 'Renew the reseller licence', owedBy: 'us', dueOn: '2027-03-15' });
    const fireMs = Date.parse('2027-03-15T09:00:00.000Z');
    const { platform, notes } = fakePlatform();
    const { step } = start(platform);
    await step(0);
    // Steps of up to six hours (as if asleep between them) to an hour before, then heartbeat by heartbeat.
    while (Date.now() < fireMs - HOUR) await step(Math.max(HEARTBEAT_MS, Math.min(6 * HOUR, fireMs - HOUR - Date.now())));
    expect(notes.filter(about(c.id))).toEqual([]);
    while (Date.now() < fireMs + 2 * HEARTBEAT_MS) await step(HEARTBEAT_MS);
    const delivered = notes.filter(about(c.id));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.title).toBe('Due today: Renew the reseller licence');
    const at = Date.parse((await deliveredAt(c.id)) ?? '');
    expect(at).toBeGreaterThanOrEqual(fireMs);
    expect(at).toBeLessThanOrEqual(fireMs + HEARTBEAT_MS);
    const delays = timers.mock.calls.map(([, delay]) => delay ?? 0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(HEARTBEAT_MS);
    // Hundreds of simulated heartbeats, each a real Dexie round trip: on a loaded shared machine that can pass 5 s.
  }, 30_000);

  it('never notifies the same occurrence twice across a restart on the same database', async () => {
    const p = await setup();
    const c = await createCommitment(ctx, { partnershipId: p.id, title: 'Send the pricing sheet', owedBy: 'us', dueOn: '2027-01-14' });
    const first = fakePlatform();
    const a = start(first.platform);
    await a.step(0);
    await a.step(HEARTBEAT_MS);
    expect(first.notes.filter(about(c.id))).toHaveLength(1);
    a.stop();
    vi.setSystemTime(Date.now() + 2 * HOUR);
    const second = fakePlatform();
    const b = start(second.platform);
    await b.step(0);
    await b.step(HEARTBEAT_MS);
    expect(second.notes).toEqual([]);
    expect(await listInbox(db)).toHaveLength(1);
  });

  it('shows reminders delivered together as one notification per partnership, and records each', async () => {
    const p = await setup();
    for (const title of ['Pricing sheet', 'Pipeline review', 'Case study', 'Enablement deck', 'Security review']) {
      await createCommitment(ctx, { partnershipId: p.id, title, owedBy: 'us', dueOn: '2027-01-12' });
    }
    const { platform, notes } = fakePlatform();
    const { step } = start(platform);
    await step(0);
    const commitmentNotes = notes.filter((n) => n.key.startsWith('digest:commitment:'));
    expect(commitmentNotes).toHaveLength(1);
    expect(commitmentNotes[0]?.title).toBe('Acme co-sell: 5 reminders');
    expect(commitmentNotes[0]?.body).toContain('Overdue: Pricing sheet');
    expect(notes.filter((n) => n.key.startsWith('commitment:'))).toEqual([]);
    expect((await listInbox(db)).filter((i) => i.source === 'commitment')).toHaveLength(5);
  });

  it('coalesces more than three partnerships into one digest notification', async () => {
    await setup();
    for (const name of ['Globex', 'Initech', 'Umbrella', 'Hooli']) {
      const other = await createPartnership(ctx, { name, partnerOrg: name, type: 'reseller', status: 'active', signedOn: '2027-01-10' });
      await createCommitment(ctx, { partnershipId: other.id, title: `Brief ${name}`, owedBy: 'us', dueOn: '2027-01-12' });
    }
    const { platform, notes } = fakePlatform();
    const { step } = start(platform);
    await step(0);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.key.startsWith('digest:')).toBe(true);
    expect(notes[0]?.title).toBe('4 reminders from 4 partnerships');
    expect(notes[0]?.body.split('\n').sort()).toEqual(['Globex: Overdue: Brief Globex', 'Hooli: Overdue: Brief Hooli', 'Initech: Overdue: Brief Initech', 'Umbrella: Overdue: Brief Umbrella']);
  });

  it('on a Saturday evening holds reminders until Monday at the end of quiet hours, says so, and releases them then, once', async () => {
    // Saturday 16 Jan 2027, 21:00 UTC; quiet 20:00–08:00; working days Monday–Friday.
    vi.setSystemTime(Date.parse('2027-01-16T21:00:00.000Z'));
    const p = await setup({ quietHoursEnabled: true, quietStart: '20:00', quietEnd: '08:00' });
    const c = await createCommitment(ctx, { partnershipId: p.id, title: 'Send the pricing sheet', owedBy: 'us', dueOn: '2027-01-15' });
    const { platform, notes, resume } = fakePlatform();
    const { step, statuses, nextTick } = start(platform);
    await step(0);
    expect(statuses.at(-1)).toMatchObject({ isQuiet: true, heldBy: 'day off', heldCount: 1, releaseAt: '2027-01-18T08:00:00.000Z' });
    // Sunday noon, after a sleep: not quiet, but not a working day either.
    vi.setSystemTime(Date.parse('2027-01-17T12:00:00.000Z'));
    const sunday = nextTick();
    resume();
    await vi.advanceTimersByTimeAsync(0);
    await sunday;
    expect(statuses.at(-1)).toMatchObject({ isQuiet: true, heldBy: 'day off', heldCount: 1, releaseAt: '2027-01-18T08:00:00.000Z' });
    expect(notes.filter(about(c.id))).toEqual([]);
    // Monday 07:59, after another sleep; then the minute passes.
    vi.setSystemTime(Date.parse('2027-01-18T07:59:00.000Z'));
    const monday = nextTick();
    resume();
    await vi.advanceTimersByTimeAsync(0);
    await monday;
    expect(notes.filter(about(c.id))).toEqual([]);
    await step(HEARTBEAT_MS);
    expect(notes.filter(about(c.id))).toHaveLength(1);
    expect(await deliveredAt(c.id)).toBe('2027-01-18T08:00:00.000Z');
    await step(HEARTBEAT_MS);
    expect(notes.filter(about(c.id))).toHaveLength(1);
  });

  it('ticks on resume, and shortly after a write', async () => {
    const p = await setup();
    const { platform, resume } = fakePlatform();
    const { step, statuses, nextTick } = start(platform);
    await step(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(statuses).toHaveLength(1);
    const afterResume = nextTick();
    resume();
    await vi.advanceTimersByTimeAsync(0);
    await afterResume;
    expect(statuses).toHaveLength(2);
    await createCommitment(ctx, { partnershipId: p.id, title: 'Send the pricing sheet', owedBy: 'us', dueOn: '2027-01-14' });
    await step(1_000);
    expect(statuses).toHaveLength(3);
  });

  it('plans once for writes in a row, a second after the last, and at most five seconds after the first', async () => {
    const p = await setup();
    const { platform } = fakePlatform();
    const { step, statuses } = start(platform);
    await step(0);
    const write = (title: string) => createCommitment(ctx, { partnershipId: p.id, title, owedBy: 'us', dueOn: '2027-01-20' });
    for (const title of ['First', 'Second', 'Third']) {
      await write(title);
      await vi.advanceTimersByTimeAsync(600);
    }
    expect(statuses).toHaveLength(1);
    await step(400);
    expect(statuses).toHaveLength(2);
    // Writes 800 ms apart never leave a quiet second, yet plan five seconds after the first.
    for (let i = 0; i < 6; i += 1) {
      await write(`Steady ${i}`);
      await vi.advanceTimersByTimeAsync(800);
    }
    expect(statuses).toHaveLength(2);
    await write('Steady 6');
    await step(800);
    expect(statuses).toHaveLength(3);
  });

  it('holds reminders during quiet hours, says so, and delivers them when the hours end', async () => {
    const p = await setup({ quietHoursEnabled: true, quietStart: '09:30', quietEnd: '11:00' });
    const c = await createCommitment(ctx, { partnershipId: p.id, title: 'Send the pricing sheet', owedBy: 'us', dueOn: '2027-01-14' });
    const { platform, notes } = fakePlatform();
    const { step, statuses } = start(platform);
    await step(0);
    expect(notes.filter(about(c.id))).toEqual([]);
    expect(statuses.at(-1)).toMatchObject({ isQuiet: true, heldCount: 1, nextAt: '2027-01-14T11:00:00.000Z' });
    while (Date.now() < Date.parse('2027-01-14T11:00:00.000Z')) await step(HEARTBEAT_MS);
    expect(notes.filter(about(c.id))).toHaveLength(1);
    expect(await deliveredAt(c.id)).toBe('2027-01-14T11:00:00.000Z');
    expect(statuses.at(-1)).toMatchObject({ isQuiet: false, heldCount: 0 });
  });

  it('keeps the unread count in step with the centre', async () => {
    const p = await setup();
    await createCommitment(ctx, { partnershipId: p.id, title: 'Send the pricing sheet', owedBy: 'us', dueOn: '2027-01-14' });
    const { platform } = fakePlatform();
    const { step } = start(platform);
    await step(0);
    await step(HEARTBEAT_MS);
    expect(platform.setUnreadCount).toHaveBeenLastCalledWith(1);
  });
});

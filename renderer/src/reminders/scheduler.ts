// The reminder scheduler (DESIGN.md "Reminders"). A heartbeat asks the pure planner what
// is due: at start, at least every minute, on resume, when the page becomes visible and
// shortly after any write. Deliveries are recorded in the ledger FIRST, then notified;
// only the window holding the delivery lock delivers, every window keeps its status.
import type { AttentionSnapshot } from '@shared/attention';
import type { PlannedReminder } from '@shared/reminders';
import { DIGEST_KEY_PREFIX, groupNotifications, planReminders } from '@shared/reminders';
import { utcToLocal } from '@shared/timezones';
import { calendarCache } from '../../db/calendarCache';
import type { DbContext, StewardDb } from '../../db/context';
import type { ObservabilitySet } from '../../db/live';
import { onStorageMutated, watchQuery } from '../../db/live';
import { listInbox, listLedger, readLastTickAt, recordDeliveries, recordTick, unreadCount } from '../../db/reminders';
import { readSettings } from '../../db/settings';
import type { NotificationRequest, Platform } from '../platform/platform';
import { holdDeliveryLock } from './deliveryLock';
import type { Heartbeat } from './heartbeat';
import { HEARTBEAT_MS, createHeartbeat } from './heartbeat';
import { openReminder } from './openReminder';
import type { ReminderStatus } from './reminderStatus';
import { systemLocale } from '../format';

export { HEARTBEAT_MS } from './heartbeat';
/**
 * A burst of writes (an import, a form with follow-ups, edits in a row) is planned for once,
 * this long after its last write: a beat reads the whole portfolio, and one landing between an
 * edit and its live update on screen made the edit slow at 100x (npm run bench).
 */
export const AFTER_WRITE_MS = 1_000;
/** Writes that never pause for AFTER_WRITE_MS still get a beat this long after the first of them. */
export const MAX_AFTER_WRITE_MS = 5_000;
export { DIGEST_KEY_PREFIX } from '@shared/reminders';

export interface ReminderSchedulerOptions {
  readonly ctx: DbContext;
  readonly platform: Platform;
  readonly readSnapshot: (db: StewardDb, now: Date, today: string) => Promise<AttentionSnapshot>;
  /** Defaults to the context's clock. */
  readonly now?: () => Date;
  /** Told after every tick what the notification centre shows besides the inbox. */
  readonly onStatus?: (status: ReminderStatus) => void;
  /** Opens the notification centre: clicking a digest notification does. */
  readonly openCentre?: () => void;
}

const logError = (what: string) => (error: unknown) => console.error(`Reminders: ${what} failed.`, error);

/** The user's local day; a zone the machine does not know falls back to UTC, as the planner does. */
function localToday(now: Date, zone: string): string {
  try {
    return utcToLocal(now.toISOString(), zone, calendarCache()).slice(0, 10);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/**
 * What reminders delivered together show: one notification per partnership (a single
 * reminder as itself, several as "Acme co-sell: 3 reminders"), or above DIGEST_AFTER
 * partnerships one digest, keyed `digest:<first key>`. Only what this window recorded.
 */
export function notificationsFor(delivered: readonly PlannedReminder[]): NotificationRequest[] {
  return groupNotifications(delivered).map(({ key, title, body }) => ({ key, title, body }));
}

/** Records first (a page that dies before the notification shows leaves it in the centre, never shown twice), then notifies. */
async function deliver(ctx: DbContext, platform: Platform, due: readonly PlannedReminder[], at: string): Promise<void> {
  if (due.length === 0) return;
  const recorded = new Set(await recordDeliveries(ctx, due, at));
  const delivered = due.filter((r) => recorded.has(r.key));
  // Not awaited: a permission prompt or a slow bridge must not hold up the heartbeat.
  for (const note of notificationsFor(delivered)) platform.notify(note).catch(logError('a notification'));
}

/** One tick: plan, deliver when this window may, report. Returns ms until the next tick is wanted. */
async function tick(options: ReminderSchedulerOptions, clock: () => Date, mayDeliver: () => boolean): Promise<number> {
  const { ctx } = options;
  const now = clock();
  const nowIso = now.toISOString();
  const settings = await readSettings(ctx);
  const today = localToday(now, settings.timeZone);
  const [snapshot, ledger, lastTickAt] = await Promise.all([options.readSnapshot(ctx.db, now, today), listLedger(ctx.db), readLastTickAt(ctx.db)]);
  const input = { snapshot, ledger, settings, now: nowIso, lastTickAt, dateFormat: { style: settings.dateFormat, locale: systemLocale() }, cache: calendarCache() };
  const plan = planReminders(input);
  if (mayDeliver()) {
    await deliver(ctx, options.platform, plan.due, nowIso);
    // The caller rule: a tick outside working time held reminders back, so it does not count as seen.
    if (!plan.isQuiet) await recordTick(ctx, nowIso);
  }
  const { isQuiet, heldCount, heldBy, releaseAt, nextDeliveryAt } = plan;
  const status = { isQuiet, heldCount, checkedAt: nowIso, ...(heldBy ? { heldBy } : {}), ...(releaseAt ? { releaseAt } : {}), ...(nextDeliveryAt ? { nextAt: nextDeliveryAt } : {}) };
  options.onStatus?.(status);
  return plan.nextAt === undefined ? HEARTBEAT_MS : Date.parse(plan.nextAt) - clock().getTime();
}

/** True when a write touched anything but the ledger: the scheduler's own writes must not wake it. */
function isDataWrite(parts: ObservabilitySet, dbName: string): boolean {
  const prefix = `idb://${dbName}/`;
  const ledger = `${prefix}reminders/`;
  return Object.keys(parts).some((part) => part.startsWith(prefix) && !part.startsWith(ledger));
}

/** Resume, the page becoming visible, and any write elsewhere wake the heartbeat; returns the unsubscribes. */
function wakeOnEvents(options: ReminderSchedulerOptions, { wake, wakeWhenQuiet }: Heartbeat): (() => void)[] {
  const onWrite = (parts: ObservabilitySet) => {
    if (isDataWrite(parts, options.ctx.db.name)) wakeWhenQuiet(AFTER_WRITE_MS, MAX_AFTER_WRITE_MS);
  };
  const cleanups = [options.platform.onResume(() => wake(0)), onStorageMutated(onWrite)];
  if (typeof document !== 'undefined') {
    const onVisibility = () => document.visibilityState === 'visible' && wake(0);
    document.addEventListener('visibilitychange', onVisibility);
    cleanups.push(() => document.removeEventListener('visibilitychange', onVisibility));
  }
  return cleanups;
}

/** Keeps the tray / tab-title count in step with the centre, in every window, after any change. */
function watchUnreadCount(db: StewardDb, platform: Platform): () => void {
  let last: number | undefined;
  return watchQuery(() => listInbox(db), {
    next(items) {
      const count = unreadCount(items);
      if (count === last) return;
      last = count;
      platform.setUnreadCount(count).catch(logError('updating the unread count'));
    },
    error: logError('reading the unread count'),
  });
}

/** Starts the scheduler for the page's lifetime; returns the function that stops it. */
export function startReminderScheduler(options: ReminderSchedulerOptions): () => void {
  const { ctx, platform } = options;
  const clock = options.now ?? ctx.now;
  let isLeader = false;
  let isStopped = false;
  // Checked after planning, not before: the lock may have moved while a tick was reading.
  const mayDeliver = () => isLeader && !isStopped;
  const heartbeat = createHeartbeat(() => tick(options, clock, mayDeliver), logError('a tick'));
  const onClick = (key: string) => {
    if (key.startsWith(DIGEST_KEY_PREFIX)) options.openCentre?.();
    else openReminder(ctx, key).catch(logError('opening a reminder'));
  };
  const cleanups = [
    ...wakeOnEvents(options, heartbeat),
    platform.onNotificationClick(onClick),
    watchUnreadCount(ctx.db, platform),
    holdDeliveryLock(() => {
      isLeader = true;
      heartbeat.wake(0);
    }, logError('taking the delivery lock')),
  ];
  readSettings(ctx)
    .then(({ closeToTray, launchAtLogin, backupKeep }) => platform.applyDesktopSettings({ closeToTray, launchAtLogin, backupKeep }))
    .catch(logError('applying the desktop settings'));
  heartbeat.wake(0);
  return () => {
    isStopped = true;
    heartbeat.stop();
    for (const cleanup of cleanups) cleanup();
  };
}

// The reminder delivery ledger (DESIGN.md "Reminders"): one row per occurrence,
// written before a notification is shown, which is what makes delivery idempotent
// across restarts, reloads and windows. The ledger is bookkeeping, not user content,
// so only "mark done" (which completes a commitment) writes the activity log.
import Dexie from 'dexie';
import type { AttentionSnapshot, AttentionTab } from '@shared/attention';
import type { Commitment, CommitmentStatus, OccurrenceRecord, Partnership, ReminderDisplay, ReminderFacts, ReminderSource, ReminderState, Touchpoint } from '@shared/domain';
import { REMINDER_SOURCES, ValidationError, instantSchema, reminderDisplaySchema } from '@shared/domain';
import type { ReminderTarget } from '@shared/reminders';
import { loadAttentionSnapshot } from './attentionQuery';
import { completeCommitment } from './commitments';
import type { DbContext } from './context';
import { NotFoundError } from './context';
import { writeTransaction } from './writePath';
import { tableOf } from './records';
import type { StewardDb } from './schema';
import { openCommitmentsDueBefore } from './workspaceQueries';

/** A reserved ledger row holding the scheduler's last tick outside quiet hours (its `updatedAt`). */
export const LAST_TICK_KEY = 'meta:lastTickAt';
/** The notification centre lists at most this many items (newest first); the unread count is of these. */
export const INBOX_LIMIT = 300;

const TAB_OF_SOURCE: Readonly<Record<ReminderSource, AttentionTab>> = { cadence: 'cadences', commitment: 'commitments', health: 'health', renewal: 'overview', intent: 'intent' };
const FALLBACK_TITLE: Readonly<Record<ReminderSource, string>> = {
  cadence: 'Meeting reminder',
  commitment: 'Commitment reminder',
  health: 'A health check is due',
  renewal: 'Renewal reminder',
  intent: 'Review the intent',
};

/**
 * What the notification said and the facts it was about, kept on the ledger row (and in
 * backups): the centre computes the words again from the facts whenever it is read.
 */
const displaySchema = reminderDisplaySchema;
export type { ReminderDisplay };

/** A ledger row as stored: when delivered by the scheduler, it carries what it said. */
type StoredReminder = ReminderState;

/** A planned reminder fits: only the key and partnership are required. */
export interface DeliveryInput {
  readonly key: string;
  readonly partnershipId: string;
  readonly title?: string;
  readonly body?: string;
  readonly source?: ReminderSource;
  readonly fireAt?: string;
  readonly target?: ReminderTarget;
  readonly facts?: ReminderFacts;
}

export interface InboxItem extends ReminderDisplay {
  readonly key: string;
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly deliveredAt: string;
  readonly isUnread: boolean;
  /** Set while a snooze is still to come back. */
  readonly snoozedUntil?: string;
  /** For commitment reminders: the commitment's status now (Mark done only makes sense while open). */
  readonly commitmentStatus?: CommitmentStatus;
}

// Instants are compared as numbers: two spellings of one instant sort differently as text.
const ms = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);
const isClosed = (row: ReminderState) => Boolean(row.dismissedAt || row.doneAt);
const isPendingSnooze = (row: ReminderState) => Boolean(row.snoozedUntil && (!row.deliveredAt || ms(row.deliveredAt) < ms(row.snoozedUntil)));
const isUnreadRow = (row: ReminderState) => Boolean(row.deliveredAt && (!row.readAt || ms(row.readAt) < ms(row.deliveredAt)));
const isMeta = (row: ReminderState) => row.key.startsWith('meta:');

/** Never delivered, or a snooze that has come back by `at`; closed and already-delivered rows are not. */
function isDeliverable(row: ReminderState | undefined, at: string): boolean {
  if (!row) return true;
  if (isClosed(row) || isMeta(row)) return false;
  if (isPendingSnooze(row)) return ms(row.snoozedUntil) <= ms(at);
  return !row.deliveredAt;
}

function displayOf(row: ReminderState): ReminderDisplay {
  const parsed = displaySchema.safeParse('display' in row ? row.display : undefined);
  if (parsed.success) return parsed.data;
  // Rows without a copy (e.g. restored from a backup that kept only the shared fields): say what the key says.
  const [prefix = '', sourceId = ''] = row.key.split(':');
  const source = REMINDER_SOURCES.find((s) => s === prefix) ?? 'commitment';
  const itemId = source === 'commitment' || source === 'cadence' ? { itemId: sourceId } : {};
  const target = { partnershipId: row.partnershipId, tab: TAB_OF_SOURCE[source], ...itemId };
  return { title: FALLBACK_TITLE[source], body: '', source, fireAt: row.deliveredAt ?? row.updatedAt, target };
}

function displayFromInput(input: DeliveryInput): ReminderDisplay | undefined {
  const { title, body, source, fireAt, target, facts } = input;
  const parsed = displaySchema.safeParse({ title, body, source, fireAt, target, ...(facts ? { facts } : {}) });
  return parsed.success ? parsed.data : undefined;
}

function checkInstant(field: string, value: string): void {
  if (!instantSchema.safeParse(value).success) throw new ValidationError({ [field]: 'Expected an ISO-8601 UTC instant.' });
}

async function requireRow(db: StewardDb, key: string): Promise<StoredReminder> {
  const row = await db.reminders.get(key);
  if (!row || isMeta(row)) throw new NotFoundError('reminder', key);
  return row;
}

/**
 * Records that these reminders were delivered at `at`, in one transaction, before any
 * notification is shown. A consumed snooze is cleared and the item is unread again. Keys
 * already delivered (and not snoozed since), dismissed, done or snoozed past `at` are left
 * alone, so a second caller cannot deliver twice. Returns the keys it recorded.
 */
export async function recordDeliveries(ctx: DbContext, reminders: readonly DeliveryInput[], at: string): Promise<string[]> {
  checkInstant('at', at);
  return ctx.db.transaction('rw', ctx.db.reminders, async () => {
    const rows = await ctx.db.reminders.bulkGet(reminders.map((r) => r.key));
    const recorded: StoredReminder[] = [];
    reminders.forEach((input, index) => {
      const before: StoredReminder | undefined = rows[index];
      if (!isDeliverable(before, at) || recorded.some((r) => r.key === input.key)) return;
      const display = displayFromInput(input) ?? (before && displayOf(before));
      // A snooze that came back is consumed, and the item is new again: unread.
      const { snoozedUntil: _snoozed, readAt: _read, ...kept } = before ?? { key: input.key, partnershipId: input.partnershipId };
      recorded.push({ ...kept, deliveredAt: at, updatedAt: at, ...(display ? { display } : {}) });
    });
    await ctx.db.reminders.bulkPut(recorded);
    return recorded.map((row) => row.key);
  });
}

/** Puts a delivered reminder away until `until` (ISO, in the future); it comes back then, unread. */
export async function snoozeReminder(ctx: DbContext, key: string, until: string): Promise<void> {
  checkInstant('until', until);
  const now = ctx.now().toISOString();
  if (ms(until) <= ms(now)) throw new ValidationError({ until: 'Choose a snooze time in the future.' });
  await ctx.db.transaction('rw', ctx.db.reminders, async () => {
    const row = await requireRow(ctx.db, key);
    await ctx.db.reminders.put({ ...row, snoozedUntil: until, readAt: now, updatedAt: now });
  });
}

/** Dismissed: out of the centre and never delivered again. */
export async function dismissReminder(ctx: DbContext, key: string): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.reminders, async () => {
    const row = await requireRow(ctx.db, key);
    const now = ctx.now().toISOString();
    await ctx.db.reminders.put({ ...row, dismissedAt: now, updatedAt: now });
  });
}

/** Undo for a dismiss. */
export async function undismissReminder(ctx: DbContext, key: string): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.reminders, async () => {
    const row = await requireRow(ctx.db, key);
    const { dismissedAt: _dismissed, ...kept } = row;
    await ctx.db.reminders.put({ ...kept, updatedAt: ctx.now().toISOString() });
  });
}

export async function markRemindersRead(ctx: DbContext, keys: readonly string[]): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.reminders, async () => {
    const now = ctx.now().toISOString();
    const rows = await ctx.db.reminders.bulkGet([...keys]);
    const unread = rows.filter((row): row is StoredReminder => row !== undefined && !isMeta(row) && isUnreadRow(row));
    await ctx.db.reminders.bulkPut(unread.map((row) => ({ ...row, readAt: now, updatedAt: now })));
  });
}

/**
 * Completes the commitment on `doneOn` (through the commitments repository, which logs
 * it) and closes the reminder, in one transaction: both happen or neither. A commitment
 * already done keeps its done-on day.
 */
export async function markReminderDone(ctx: DbContext, key: string, commitmentId: string, doneOn: string): Promise<void> {
  const [source, sourceId] = key.split(':');
  if (source !== 'commitment' || sourceId !== commitmentId) throw new ValidationError({ key: 'This reminder is not about that commitment.' });
  const { db } = ctx;
  await writeTransaction(db, [db.reminders, db.partnerships, db.commitments, db.activity], async () => {
    const row = await requireRow(db, key);
    const commitment = await tableOf<Commitment>(db, 'commitments').get(commitmentId);
    if (commitment?.status !== 'done') await completeCommitment(ctx, commitmentId, doneOn);
    const now = ctx.now().toISOString();
    await db.reminders.put({ ...row, doneAt: now, readAt: row.readAt ?? now, updatedAt: now });
  });
}

/** What a delivered reminder opens (a notification click carries only its key). */
export async function readReminderTarget(db: StewardDb, key: string): Promise<ReminderTarget | undefined> {
  const row = await db.reminders.get(key);
  return row && !isMeta(row) ? displayOf(row).target : undefined;
}

/** The scheduler's last tick outside quiet hours (the planner's `lastTickAt`), if any. */
export async function readLastTickAt(db: StewardDb): Promise<string | undefined> {
  return (await db.reminders.get(LAST_TICK_KEY))?.updatedAt;
}

export async function recordTick(ctx: DbContext, at: string): Promise<void> {
  checkInstant('at', at);
  await ctx.db.transaction('rw', ctx.db.reminders, async () => {
    await ctx.db.reminders.put({ key: LAST_TICK_KEY, partnershipId: '', updatedAt: at });
  });
}

/** Every ledger row the planner needs (the reserved rows left out). */
export async function listLedger(db: StewardDb): Promise<ReminderState[]> {
  return db.reminders.filter((row) => !isMeta(row)).toArray();
}

/**
 * The notification centre: delivered reminders not dismissed or done, newest first, of
 * partnerships still in the portfolio. Snoozed ones are included, flagged with `snoozedUntil`.
 */
export async function listInbox(db: StewardDb, limit = INBOX_LIMIT): Promise<InboxItem[]> {
  const [recent, snoozed] = await Promise.all([
    db.reminders.where('deliveredAt').above('').reverse().filter((row) => !isClosed(row)).limit(limit).toArray(),
    db.reminders.where('snoozedUntil').above('').filter((row) => !isClosed(row) && isPendingSnooze(row)).toArray(),
  ]);
  const rows = [...new Map([...recent, ...snoozed].filter((row) => row.deliveredAt).map((row) => [row.key, row])).values()];
  const names = await livePartnershipNames(db, rows.map((row) => row.partnershipId));
  const items = rows.flatMap((row) => {
    const name = names.get(row.partnershipId);
    return name === undefined ? [] : [toItem(row, name)];
  });
  const statuses = await commitmentStatuses(db, items.flatMap((item) => (item.source === 'commitment' && item.target.itemId ? [item.target.itemId] : [])));
  const settled = await settledMeetingKeys(db, items.map((item) => item.key));
  return items
    .filter((item) => !settled.has(item.key))
    .map((item) => {
      const status = item.target.itemId ? statuses.get(item.target.itemId) : undefined;
      return status ? { ...item, commitmentStatus: status } : item;
    })
    .sort((a, b) => ms(b.deliveredAt) - ms(a.deliveredAt) || a.key.localeCompare(b.key));
}

/** A meeting reminder's cadence and occurrence: `cadence:<id>:<planned instant>` or `cadence:<id>:moved-<new instant>`. */
function meetingOfKey(key: string): { readonly cadenceId: string; readonly planned?: number; readonly movedTo?: number } | undefined {
  const [source, cadenceId = '', ...rest] = key.split(':');
  const occurrence = rest.join(':');
  if (source !== 'cadence' || !cadenceId) return undefined;
  if (occurrence.startsWith('moved-')) return { cadenceId, movedTo: Date.parse(occurrence.slice('moved-'.length)) };
  const planned = Date.parse(occurrence);
  return Number.isNaN(planned) ? undefined : { cadenceId, planned };
}

/**
 * Meeting reminders whose meeting has since been settled, so the centre no longer asks
 * "Was … held?" about it: the planned occurrence held, skipped or moved (a moved one is
 * reminded again at its new time), or a move that no longer stands (held there, or cleared).
 * Read, not written: deleting the touchpoint that held it brings the reminder back.
 */
async function settledMeetingKeys(db: StewardDb, keys: readonly string[]): Promise<Set<string>> {
  const meetings = keys.flatMap((key) => {
    const meeting = meetingOfKey(key);
    return meeting ? [{ key, ...meeting }] : [];
  });
  const cadenceIds = [...new Set(meetings.map((m) => m.cadenceId))];
  const records = (
    await Promise.all(cadenceIds.map((id) => db.occurrences.where('[cadenceId+occurrence]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray()))
  ).flat().filter((r) => !r.deletedAt);
  const settled = new Set<string>();
  for (const m of meetings) {
    const own = records.filter((r) => r.cadenceId === m.cadenceId);
    const isSettled = m.planned !== undefined ? own.some((r) => ms(r.occurrence) === m.planned) : !own.some((r) => r.outcome === 'moved' && ms(r.movedTo) === m.movedTo);
    if (isSettled) settled.add(m.key);
  }
  return settled;
}

async function livePartnershipNames(db: StewardDb, ids: readonly string[]): Promise<Map<string, string>> {
  const found = await tableOf<Partnership>(db, 'partnerships').bulkGet([...new Set(ids)]);
  return new Map(found.flatMap((p) => (p && !p.deletedAt ? [[p.id, p.name] as const] : [])));
}

async function commitmentStatuses(db: StewardDb, ids: readonly string[]): Promise<Map<string, CommitmentStatus>> {
  const found = await tableOf<Commitment>(db, 'commitments').bulkGet([...new Set(ids)]);
  return new Map(found.flatMap((c) => (c && !c.deletedAt ? [[c.id, c.status] as const] : [])));
}

function toItem(row: ReminderState, partnershipName: string): InboxItem {
  const deliveredAt = row.deliveredAt ?? row.updatedAt;
  const isSnoozed = isPendingSnooze(row);
  return {
    ...displayOf(row),
    key: row.key,
    partnershipId: row.partnershipId,
    partnershipName,
    deliveredAt,
    isUnread: !isSnoozed && isUnreadRow(row),
    ...(isSnoozed && row.snoozedUntil ? { snoozedUntil: row.snoozedUntil } : {}),
  };
}

export const unreadCount = (items: readonly InboxItem[]) => items.filter((item) => item.isUnread).length;

/**
 * What the planner reads: the Attention snapshot, with every open commitment whole (the
 * excerpts keep them without their detail), so lead-time reminders ("due in 2 days") and
 * `nextAt` see them, and the whole history of any cadence with a snoozed meeting reminder
 * (the excerpts keep only recent history; a snooze can reach further back).
 * `now` and `today` are the planner's signature: the excerpts serve any time.
 */
export async function loadReminderSnapshot(db: StewardDb, _now: Date, _today?: string): Promise<AttentionSnapshot> {
  const [snapshot, commitments, snoozed] = await Promise.all([loadAttentionSnapshot(db), openCommitmentsDueBefore(db, '9999-12-31'), historyOfSnoozedCadences(db)]);
  return { ...snapshot, commitments, occurrences: unionById(snapshot.occurrences, snoozed.occurrences), touchpoints: unionById(snapshot.touchpoints, snoozed.touchpoints) };
}

async function historyOfSnoozedCadences(db: StewardDb): Promise<{ occurrences: OccurrenceRecord[]; touchpoints: Touchpoint[] }> {
  const prefix = 'cadence:';
  const snoozed = await db.reminders.where('snoozedUntil').above('').toArray();
  const cadenceIds = [...new Set(snoozed.filter((row) => row.key.startsWith(prefix) && !row.dismissedAt && !row.doneAt).map((row) => row.key.slice(prefix.length).split(':')[0] ?? ''))];
  const histories = await Promise.all(
    cadenceIds.map((id) =>
      Promise.all([
        db.occurrences.where('[cadenceId+occurrence]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
        db.touchpoints.where('[cadenceId+occurredOn]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
      ]),
    ),
  );
  return { occurrences: histories.flatMap(([records]) => records), touchpoints: histories.flatMap(([, touchpoints]) => touchpoints) };
}

function unionById<T extends { readonly id: string }>(kept: readonly T[], added: readonly T[]): T[] {
  const ids = new Set(kept.map((item) => item.id));
  return [...kept, ...added.filter((item) => !ids.has(item.id))];
}

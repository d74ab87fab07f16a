import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '@shared/domain';
import { defaultSettings } from '@shared/domain';
import type { PlannedReminder } from '@shared/reminders';
import { createCommitment } from '../../../renderer/db/commitments';
import { createCadence, markOccurrence } from '../../../renderer/db/cadences';
import { deleteTouchpoint, logTouchpoint } from '../../../renderer/db/touchpoints';
import { archivePartnership, createPartnership } from '../../../renderer/db/partnerships';
import {
  LAST_TICK_KEY,
  dismissReminder,
  listInbox,
  listLedger,
  markReminderDone,
  markRemindersRead,
  readLastTickAt,
  recordDeliveries,
  recordTick,
  snoozeReminder,
  undismissReminder,
  unreadCount,
} from '../../../renderer/db/reminders';
import { readSettings, saveSettings, setPartnershipMuted } from '../../../renderer/db/settings';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

const NOW = '2027-01-14T09:00:00.000Z';
const HOUR = 3_600_000;
const later = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

async function setup() {
  ctx = createTestContext(NOW);
  const p = await createPartnership(ctx, { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' });
  const c = await createCommitment(ctx, { partnershipId: p.id, title: 'Send the pricing sheet', owedBy: 'us', dueOn: '2027-01-15' });
  const reminder: PlannedReminder = {
    key: `commitment:${c.id}:lead-2027-01-13`,
    partnershipId: p.id,
    partnershipName: p.name,
    source: 'commitment',
    sourceId: c.id,
    fireAt: '2027-01-13T09:00:00.000Z',
    title: 'Due in 2 days: Send the pricing sheet',
    body: 'Acme co-sell: we owe this, due 15 Jan 2027.',
    target: { partnershipId: p.id, tab: 'commitments', itemId: c.id },
    facts: { kind: 'commitment', title: 'Send the pricing sheet', owedBy: 'us', dueOn: '2027-01-15' },
  };
  return { p, c, reminder };
}

describe('reminder ledger', () => {
  it('records a delivery once, with what it said, and lists it unread in the inbox', async () => {
    const { p, reminder } = await setup();
    expect(await recordDeliveries(ctx, [reminder], NOW)).toEqual([reminder.key]);
    expect(await recordDeliveries(ctx, [reminder], later(HOUR))).toEqual([]);
    expect(await listLedger(ctx.db)).toMatchObject([{ key: reminder.key, partnershipId: p.id, deliveredAt: NOW }]);
    const inbox = await listInbox(ctx.db);
    expect(inbox).toMatchObject([{ key: reminder.key, title: reminder.title, body: reminder.body, partnershipName: 'Acme co-sell', deliveredAt: NOW, isUnread: true, commitmentStatus: 'open' }]);
    expect(inbox[0]?.target).toEqual(reminder.target);
    // The facts are kept too: the centre computes the words again from them when it is read.
    expect(inbox[0]?.facts).toEqual(reminder.facts);
    expect(unreadCount(inbox)).toBe(1);
  });

  it('records only the key and partnership when that is all it is given, and the inbox says what the key says', async () => {
    const { p, c } = await setup();
    await recordDeliveries(ctx, [{ key: `commitment:${c.id}:overdue`, partnershipId: p.id }], NOW);
    expect(await listInbox(ctx.db)).toMatchObject([{ title: 'Commitment reminder', source: 'commitment', target: { partnershipId: p.id, tab: 'commitments', itemId: c.id } }]);
  });

  it('marks items read, and leaves the count at zero', async () => {
    const { reminder } = await setup();
    await recordDeliveries(ctx, [reminder], NOW);
    ctx.advance(60_000);
    await markRemindersRead(ctx, [reminder.key, 'commitment:unknown:x']);
    const inbox = await listInbox(ctx.db);
    expect(inbox[0]?.isUnread).toBe(false);
    expect(unreadCount(inbox)).toBe(0);
  });

  it('snoozes: the item is flagged until then, delivered again only once the snooze has ended, and unread again', async () => {
    const { reminder } = await setup();
    await recordDeliveries(ctx, [reminder], NOW);
    await snoozeReminder(ctx, reminder.key, later(HOUR));
    expect(await listInbox(ctx.db)).toMatchObject([{ key: reminder.key, snoozedUntil: later(HOUR), isUnread: false }]);
    expect(await recordDeliveries(ctx, [reminder], later(HOUR - 1))).toEqual([]);
    expect(await recordDeliveries(ctx, [reminder], later(HOUR))).toEqual([reminder.key]);
    const [row] = await listLedger(ctx.db);
    expect(row).toMatchObject({ deliveredAt: later(HOUR) });
    expect(row).not.toHaveProperty('snoozedUntil');
    const [item] = await listInbox(ctx.db);
    expect(item).toMatchObject({ isUnread: true, deliveredAt: later(HOUR) });
    expect(item).not.toHaveProperty('snoozedUntil');
  });

  it('refuses a snooze in the past or of an unknown reminder', async () => {
    const { reminder } = await setup();
    await recordDeliveries(ctx, [reminder], NOW);
    await expect(snoozeReminder(ctx, reminder.key, NOW)).rejects.toBeInstanceOf(ValidationError);
    await expect(snoozeReminder(ctx, reminder.key, 'tomorrow')).rejects.toBeInstanceOf(ValidationError);
    await expect(snoozeReminder(ctx, 'commitment:nope:x', later(HOUR))).rejects.toThrow('does not exist');
  });

  it('dismisses: out of the inbox and never delivered again; undo brings it back', async () => {
    const { reminder } = await setup();
    await recordDeliveries(ctx, [reminder], NOW);
    await dismissReminder(ctx, reminder.key);
    expect(await listInbox(ctx.db)).toEqual([]);
    expect(await recordDeliveries(ctx, [reminder], later(HOUR))).toEqual([]);
    await undismissReminder(ctx, reminder.key);
    expect(await listInbox(ctx.db)).toHaveLength(1);
  });

  it('marks a commitment reminder done: the commitment is done on that day, logged, and the reminder closed', async () => {
    const { c, reminder } = await setup();
    await recordDeliveries(ctx, [reminder], NOW);
    await markReminderDone(ctx, reminder.key, c.id, '2027-01-14');
    expect(await ctx.db.commitments.get(c.id)).toMatchObject({ status: 'done', doneOn: '2027-01-14' });
    expect(await ctx.db.reminders.get(reminder.key)).toMatchObject({ doneAt: NOW });
    expect(await listInbox(ctx.db)).toEqual([]);
    const updates = await ctx.db.activity.where('entityId').equals(c.id).filter((a) => a.action === 'update').toArray();
    expect(updates).toHaveLength(1);
    expect(updates[0]?.description).toContain('status: open → done');
  });

  it('a failed mark done leaves both the commitment and the reminder untouched', async () => {
    const { c, reminder } = await setup();
    await recordDeliveries(ctx, [reminder], NOW);
    const activityBefore = await ctx.db.activity.count();
    const ledgerBefore = await ctx.db.reminders.get(reminder.key);
    // The ledger write comes after the commitment's: failing it must undo the commitment too.
    vi.spyOn(ctx.db.reminders, 'put').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(markReminderDone(ctx, reminder.key, c.id, '2027-01-14')).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await ctx.db.commitments.get(c.id)).toMatchObject({ status: 'open' });
    expect(await ctx.db.reminders.get(reminder.key)).toEqual(ledgerBefore);
    expect(await ctx.db.activity.count()).toBe(activityBefore);
  });

  it('refuses to mark done a reminder about something else, or with a bad day', async () => {
    const { p, c, reminder } = await setup();
    await recordDeliveries(ctx, [reminder, { key: `renewal:${p.id}:90d-2027-01-14`, partnershipId: p.id }], NOW);
    await expect(markReminderDone(ctx, `renewal:${p.id}:90d-2027-01-14`, c.id, '2027-01-14')).rejects.toBeInstanceOf(ValidationError);
    await expect(markReminderDone(ctx, reminder.key, c.id, 'today')).rejects.toBeInstanceOf(ValidationError);
    expect(await ctx.db.commitments.get(c.id)).toMatchObject({ status: 'open' });
    expect(await ctx.db.reminders.get(reminder.key)).not.toHaveProperty('doneAt');
  });

  it('lists newest first, leaves out archived partnerships, and finds open items behind many closed ones', async () => {
    const { p, reminder } = await setup();
    const other = await createPartnership(ctx, { name: 'Globex', partnerOrg: 'Globex', type: 'reseller', status: 'active' });
    await recordDeliveries(ctx, [reminder], NOW);
    const closed = Array.from({ length: 30 }, (_, i) => ({ key: `health:${p.id}:due-${i}`, partnershipId: p.id }));
    await recordDeliveries(ctx, [...closed, { key: `renewal:${other.id}:90d`, partnershipId: other.id }], later(HOUR));
    for (const row of closed) await dismissReminder(ctx, row.key);
    expect((await listInbox(ctx.db, 2)).map((i) => i.key)).toEqual([`renewal:${other.id}:90d`, reminder.key]);
    await archivePartnership(ctx, other.id);
    expect((await listInbox(ctx.db)).map((i) => i.key)).toEqual([reminder.key]);
  });

  it('keeps the last tick durably, out of the planner ledger and the inbox', async () => {
    await setup();
    expect(await readLastTickAt(ctx.db)).toBeUndefined();
    await recordTick(ctx, NOW);
    await recordTick(ctx, later(60_000));
    expect(await readLastTickAt(ctx.db)).toBe(later(60_000));
    expect(await ctx.db.reminders.get(LAST_TICK_KEY)).toBeDefined();
    expect(await listLedger(ctx.db)).toEqual([]);
    expect(await listInbox(ctx.db)).toEqual([]);
  });
});

describe('a meeting reminder once the meeting is settled', () => {
  const occurrence = '2027-01-14T08:00:00.000Z';
  async function deliveredMeetingReminder() {
    const { p } = await setup();
    const cadence = await createCadence(ctx, { partnershipId: p.id, name: 'Ops sync', kind: 'ops sync', rrule: 'FREQ=WEEKLY;BYDAY=TH', start: '2027-01-14T09:00', zone: 'Europe/Berlin', durationMinutes: 30 });
    const reminder: PlannedReminder = {
      key: `cadence:${cadence.id}:${occurrence}`,
      partnershipId: p.id,
      partnershipName: p.name,
      source: 'cadence',
      sourceId: cadence.id,
      fireAt: '2027-01-14T07:45:00.000Z',
      title: 'Ops sync at 09:00',
      body: 'Acme co-sell: Ops sync starts on 14 Jan 2027 at 09:00. Send the agenda and confirm who attends.',
      target: { partnershipId: p.id, tab: 'cadences', itemId: cadence.id },
      facts: { kind: 'meeting', cadenceName: 'Ops sync', startsAt: occurrence, isMoved: false },
    };
    await recordDeliveries(ctx, [reminder], '2027-01-14T07:45:00.000Z');
    return { p, cadence, reminder };
  }

  it('leaves the centre (and the unread count) once the meeting is recorded held, and comes back if that touchpoint is deleted', async () => {
    const { p, cadence, reminder } = await deliveredMeetingReminder();
    expect((await listInbox(ctx.db)).map((i) => i.key)).toEqual([reminder.key]);
    const logged = await logTouchpoint(ctx, { touchpoint: { partnershipId: p.id, kind: 'meeting', occurredOn: '2027-01-14', title: 'Ops sync', cadenceId: cadence.id, occurrence } });
    expect(await listInbox(ctx.db)).toEqual([]);
    await deleteTouchpoint(ctx, logged.touchpoint.id);
    expect((await listInbox(ctx.db)).map((i) => i.key)).toEqual([reminder.key]);
  });

  it('leaves the centre once the meeting is marked skipped or moved (a moved one is reminded at its new time)', async () => {
    const { cadence } = await deliveredMeetingReminder();
    await markOccurrence(ctx, { cadenceId: cadence.id, occurrence, outcome: 'skipped', note: '' });
    expect(await listInbox(ctx.db)).toEqual([]);
  });
});

describe('per-partnership mute', () => {
  it('mutes and unmutes in one write with an entry in the partnership’s activity, and repeats change nothing', async () => {
    const { p } = await setup();
    await setPartnershipMuted(ctx, p.id, true);
    await setPartnershipMuted(ctx, p.id, true);
    expect((await readSettings(ctx)).mutedPartnershipIds).toEqual([p.id]);
    await setPartnershipMuted(ctx, p.id, false);
    expect((await readSettings(ctx)).mutedPartnershipIds).toEqual([]);
    const log = await ctx.db.activity.where('[partnershipId+at]').between([p.id, ''], [p.id, '\uffff']).filter((a) => a.entity === 'settings').toArray();
    expect(log.map((a) => a.description)).toEqual(['Muted reminders for partnership “Acme co-sell”', 'Unmuted reminders for partnership “Acme co-sell”']);
  });

  it('refuses an unknown partnership and writes nothing', async () => {
    await setup();
    await expect(setPartnershipMuted(ctx, 'nope', true)).rejects.toThrow('does not exist');
    expect(await ctx.db.settings.count()).toBe(0);
  });

  it('reads a settings row saved before mutes existed, and the settings form keeps the mutes it does not carry', async () => {
    const { p } = await setup();
    const { mutedPartnershipIds: _none, ...old } = { ...defaultSettings('UTC'), id: 'settings' as const, updatedAt: NOW };
    // A row as an earlier release wrote it: without the field, so not a valid Settings today.
    await ctx.db.settings.put(old as Parameters<typeof ctx.db.settings.put>[0]);
    expect((await readSettings(ctx)).mutedPartnershipIds).toEqual([]);
    await setPartnershipMuted(ctx, p.id, true);
    const { mutedPartnershipIds: _muted, id: _id, updatedAt: _at, ...formFields } = await readSettings(ctx);
    await saveSettings(ctx, { ...formFields, userName: 'Dana' });
    expect(await readSettings(ctx)).toMatchObject({ userName: 'Dana', mutedPartnershipIds: [p.id] });
  });
});

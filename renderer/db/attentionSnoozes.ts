// "Snooze until…" on an Attention item: the item stays out of the list until the start of a
// chosen day. Kept in the reminders ledger (no new table, no schema change) as a reserved
// `meta:` row per item key, which the reminder planner, the notification centre and the
// last-tick bookkeeping all leave alone; backups carry it like every ledger row.
import type { ReminderState } from '@shared/domain';
import { ValidationError, instantSchema } from '@shared/domain';
import type { DbContext } from './context';
import type { StewardDb } from './schema';

const PREFIX = 'meta:attention-snooze:';

export const attentionSnoozeKey = (itemKey: string) => `${PREFIX}${itemKey}`;

export interface AttentionSnooze {
  readonly itemKey: string;
  readonly partnershipId: string;
  /** ISO UTC: the item comes back at this instant. */
  readonly until: string;
}

/** Hides the item until `until` (an instant in the future); returns the snooze it replaced, for Undo. */
export async function snoozeAttentionItem(ctx: DbContext, snooze: AttentionSnooze): Promise<ReminderState | undefined> {
  if (!instantSchema.safeParse(snooze.until).success) throw new ValidationError({ until: 'Choose the day it should come back.' });
  const now = ctx.now().toISOString();
  if (Date.parse(snooze.until) <= Date.parse(now)) throw new ValidationError({ until: 'Choose a day after today.' });
  const key = attentionSnoozeKey(snooze.itemKey);
  return ctx.db.transaction('rw', ctx.db.reminders, async () => {
    const before = await ctx.db.reminders.get(key);
    await ctx.db.reminders.put({ key, partnershipId: snooze.partnershipId, snoozedUntil: snooze.until, updatedAt: now });
    return before;
  });
}

/** Undo of a snooze: the snooze it replaced back, or none. */
export async function unsnoozeAttentionItem(ctx: DbContext, itemKey: string, previous?: ReminderState): Promise<void> {
  const key = attentionSnoozeKey(itemKey);
  await ctx.db.transaction('rw', ctx.db.reminders, async () => {
    if (previous) await ctx.db.reminders.put(previous);
    else await ctx.db.reminders.delete(key);
  });
}

/** Item keys snoozed past `now` (ISO), with when each comes back. A range read: other ledger writes do not wake it. */
export async function activeAttentionSnoozes(db: StewardDb, now: string): Promise<Map<string, string>> {
  const rows = await db.reminders.where('key').between(PREFIX, `${PREFIX}\uffff`).toArray();
  return new Map(rows.filter((row) => row.snoozedUntil && Date.parse(row.snoozedUntil) > Date.parse(now)).map((row) => [row.key.slice(PREFIX.length), row.snoozedUntil ?? '']));
}

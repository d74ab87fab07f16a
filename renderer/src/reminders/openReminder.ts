import type { ReminderTarget } from '@shared/reminders';
import type { DbContext } from '../../db/context';
import { markRemindersRead, readReminderTarget } from '../../db/reminders';
import { navigate } from '../router';

/** Opens what a reminder is about (its partnership's tab) and marks it read. */
export async function openReminder(ctx: DbContext, key: string, known?: ReminderTarget): Promise<void> {
  const target = known ?? (await readReminderTarget(ctx.db, key));
  if (target) navigate({ screen: 'partnership', id: target.partnershipId, tab: target.tab });
  await markRemindersRead(ctx, [key]);
}

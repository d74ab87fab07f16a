import type { HeldBy } from '@shared/reminders';
import type { ReminderStatus } from './reminderStatus';
import { phraseUntil } from './time';

const REASON: Readonly<Record<HeldBy, string>> = { 'quiet hours': 'Quiet hours', 'day off': 'Not a working day', 'before hours': 'Before the working day' };

/**
 * Reminders held back by quiet hours or a day off: say so, and say when they will arrive
 * (the start of the next working day's hours, from the planner), so a quiet centre is not
 * mistaken for a broken one.
 */
export function QuietNotice({ status, zone }: { readonly status: ReminderStatus; readonly zone: string }) {
  if (!status.isQuiet) return null;
  const reason = REASON[status.heldBy ?? 'quiet hours'];
  const until = status.releaseAt ? ` until ${phraseUntil(status.releaseAt, new Date(), zone)}` : '';
  if (status.heldCount === 0) return <p className="reminders-quiet">{`${reason}: new reminders wait${until}.`}</p>;
  const held = status.heldCount === 1 ? '1 reminder is' : `${status.heldCount} reminders are`;
  return <p className="reminders-quiet">{`${reason}: ${held} waiting${until}.`}</p>;
}

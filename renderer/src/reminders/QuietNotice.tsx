import type { ReminderStatus } from './reminderStatus';
import { useNow } from '../clock/clockContext';
import { useDateText } from '../clock/useDateText';
import { phraseUntil } from './time';

/** Quiet hours hold reminders back; say so, so a quiet centre is not mistaken for a broken one. */
export function QuietNotice({ status, zone }: { readonly status: ReminderStatus; readonly zone: string }) {
  const now = useNow();
  const { format } = useDateText();
  if (!status.isQuiet) return null;
  if (status.heldCount === 0) return <p className="reminders-quiet">Quiet hours: new reminders wait until they end.</p>;
  // With reminders held, the next deliverable moment is the end of quiet hours.
  const until = status.nextAt ? ` until ${phraseUntil(status.nextAt, now, zone, format)}` : '';
  const held = status.heldCount === 1 ? '1 reminder is' : `${status.heldCount} reminders are`;
  return <p className="reminders-quiet">{`Quiet hours: ${held} waiting${until}.`}</p>;
}

import { useNow } from '../clock/clockContext';
import { useDateText } from '../clock/useDateText';
import { phraseReminderTime } from './time';

interface ReminderEmptyProps {
  readonly nextAt?: string;
  readonly zone: string;
}

/** Nothing to act on: say so, and when the next reminder is due, so silence reads as "on track", not "broken". */
export function ReminderEmpty({ nextAt, zone }: ReminderEmptyProps) {
  const now = useNow();
  const { format } = useDateText();
  return (
    <div className="reminders-empty">
      <h3>You’re all caught up</h3>
      <p>
        {nextAt
          ? `The next reminder is due ${phraseReminderTime(nextAt, now, zone, format)}.`
          : 'Nothing is scheduled yet.'}
      </p>
      <p className="muted">
        Reminders for meetings, commitments, health checks, renewals and intent reviews land here, and as notifications on your desktop.
      </p>
    </div>
  );
}

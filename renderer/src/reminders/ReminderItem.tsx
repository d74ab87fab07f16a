// One reminder in the notification centre: what it says, which partnership, when, and
// what the user can do about it. Unread ones carry a dot and say so to screen readers.
// Its words are computed from its facts and now, not repeated from when it was delivered.
import type { DateFormat } from '@shared/dates';
import type { Settings } from '@shared/domain';
import type { ReminderText } from '@shared/reminders';
import { reminderText } from '@shared/reminders';
import { calendarCache } from '../../db/calendarCache';
import type { InboxItem } from '../../db/reminders';
import { useNow } from '../clock/clockContext';
import { useDateText } from '../clock/useDateText';
import { SnoozeMenu } from './SnoozeMenu';
import { formatReminderTime } from './time';
import { useReminderActions } from './useReminderActions';

interface ReminderItemProps {
  readonly item: InboxItem;
  readonly settings: Settings;
  /** After an action that takes the item out of its list, or opens it. */
  readonly onGone: (reason: 'opened' | 'removed') => void;
}

/** What the reminder says now; rows delivered before facts were kept say what they said then. */
function textNow(item: InboxItem, now: Date, zone: string, dateFormat: DateFormat): ReminderText {
  return item.facts ? reminderText(item.facts, { partnershipName: item.partnershipName, now: now.toISOString(), timeZone: zone, dateFormat, cache: calendarCache() }) : { title: item.title, body: item.body };
}

export function ReminderItem({ item, settings, onGone }: ReminderItemProps) {
  const actions = useReminderActions();
  const now = useNow();
  const { format } = useDateText();
  const { title, body } = textNow(item, now, settings.timeZone, format);
  const isDoable = item.source === 'commitment' && item.commitmentStatus === 'open';
  const after = (reason: 'opened' | 'removed') => (isDone: boolean) => {
    if (isDone) onGone(reason);
  };
  return (
    <li className={`reminders-item${item.isUnread ? ' is-unread' : ''}`} aria-labelledby={`${item.key}-title`}>
      <div className="reminders-item-head">
        {item.isUnread && <span className="reminders-dot" aria-hidden="true" />}
        <h3 id={`${item.key}-title`} className="reminders-item-title">
          {item.isUnread && <span className="visually-hidden">Unread: </span>}
          {title}
        </h3>
      </div>
      {body && <p className="reminders-item-body">{body}</p>}
      <p className="reminders-item-meta">
        <span>{item.partnershipName}</span>
        <span aria-hidden="true">·</span>
        {item.snoozedUntil ? (
          <span>Snoozed until {formatReminderTime(item.snoozedUntil, now, settings.timeZone, format)}</span>
        ) : (
          <time dateTime={item.deliveredAt}>{formatReminderTime(item.deliveredAt, now, settings.timeZone, format)}</time>
        )}
      </p>
      <div className="reminders-item-actions">
        <button type="button" className="button button-small button-primary" onClick={() => void actions.open(item).then(after('opened'))}>
          Open
        </button>
        {!item.snoozedUntil && <SnoozeMenu title={title} settings={settings} onSnooze={(option) => actions.snooze(item, option).then(after('removed'))} />}
        {isDoable && (
          <button type="button" className="button button-small" onClick={() => void actions.markDone(item).then(after('removed'))}>
            Mark done
          </button>
        )}
        <button type="button" className="button button-small button-quiet" onClick={() => void actions.dismiss(item).then(after('removed'))}>
          Dismiss
        </button>
      </div>
    </li>
  );
}

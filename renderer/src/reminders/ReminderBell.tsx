// The sidebar's bell: the unread count at a glance, and the way into the notification
// centre. Focus comes back to the bell when the centre closes.
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { unreadCount } from '../../db/reminders';
import type { CentreFocus } from './ReminderCentre';
import { ReminderCentre } from './ReminderCentre';
import { centreOpen } from './reminderStatus';
import { useCentreOpen, useInbox } from './useInbox';
import './reminders.css';

function BellIcon() {
  return (
    <svg className="reminders-bell-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

export function ReminderBell() {
  const items = useInbox();
  const isOpen = useCentreOpen();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const unread = items ? unreadCount(items) : 0;
  const wasOpen = useRef(false);
  const focusAfter = useRef<CentreFocus>('bell');
  useEffect(() => {
    // Once the centre has gone: back to the bell, or into the page a reminder just opened.
    const target = { bell: buttonRef.current, main: document.getElementById('main'), none: null }[focusAfter.current];
    if (wasOpen.current && !isOpen) target?.focus();
    wasOpen.current = isOpen;
  }, [isOpen]);
  const close = (focus: CentreFocus = 'bell') => {
    focusAfter.current = focus;
    centreOpen.set(false);
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="reminders-bell"
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        onClick={() => centreOpen.set(!isOpen)}
      >
        <BellIcon />
        {/* Named by its content, not aria-label, so the name can begin with the visible word. */}
        <span aria-hidden="true">Reminders</span>
        <span className="visually-hidden">Reminders, {unread} unread</span>
        {unread > 0 && (
          <span className="reminders-badge" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {isOpen && createPortal(<ReminderCentre items={items ?? []} onClose={close} />, document.body)}
    </>
  );
}

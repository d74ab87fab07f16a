// The in-app notification centre: a drawer listing delivered reminders, newest first,
// with snoozed ones apart. Non-modal on purpose: the toasts its actions raise (Undo a
// dismiss) must stay clickable, which a modal dialog's inert page would prevent.
// Escape or a click outside closes it; focus moves in on open and back on close.
import { useEffect, useEffectEvent, useRef } from 'react';
import type { InboxItem } from '../../db/reminders';
import { unreadCount } from '../../db/reminders';
import { useSettings } from '../../db/hooks';
import { QuietNotice } from './QuietNotice';
import { ReminderEmpty } from './ReminderEmpty';
import { ReminderItem } from './ReminderItem';
import { useReminderStatus } from './useInbox';
import { useReminderActions } from './useReminderActions';

export type CentreFocus = 'bell' | 'main' | 'none';

/** Clicks on the bell (it toggles) and on toasts (Undo) do not count as outside. */
function isOutside(target: EventTarget | null, panel: HTMLElement | null): boolean {
  if (!(target instanceof Element) || !panel) return false;
  return !panel.contains(target) && !target.closest('.toasts, .reminders-bell');
}

interface ReminderCentreProps {
  readonly items: readonly InboxItem[];
  /** Where focus goes next: back to the bell, into the page a reminder opened, or where the user clicked. */
  readonly onClose: (focus?: CentreFocus) => void;
}

export function ReminderCentre({ items, onClose }: ReminderCentreProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const settings = useSettings();
  const status = useReminderStatus();
  const actions = useReminderActions();
  const onEscape = useEffectEvent((event: KeyboardEvent) => {
    // A menu or form inside that handled Escape itself has cancelled it.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  });
  const onPointerDown = useEffectEvent((event: PointerEvent) => {
    if (isOutside(event.target, ref.current)) onClose('none');
  });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.show();
    // Start at the heading, not on the first item's Open: reading comes before acting.
    headingRef.current?.focus();
    document.addEventListener('keydown', onEscape);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onEscape);
      document.removeEventListener('pointerdown', onPointerDown);
      dialog?.close();
    };
  }, []);
  const inbox = items.filter((item) => !item.snoozedUntil);
  const snoozed = items.filter((item) => item.snoozedUntil);
  const unread = unreadCount(items);
  const onGone = (reason: 'opened' | 'removed') => (reason === 'opened' ? onClose('main') : headingRef.current?.focus());

  return (
    <dialog
      ref={ref}
      className="reminders-drawer"
      aria-labelledby="reminders-title"
    >
      <div className="reminders-panel">
        <header className="reminders-header">
          <div>
            <h2 id="reminders-title" ref={headingRef} tabIndex={-1}>
              Reminders
            </h2>
            <p className="reminders-sub">{unread === 0 ? 'Nothing unread' : `${unread} unread`}</p>
          </div>
          <div className="reminders-header-actions">
            {unread > 0 && (
              <button type="button" className="button button-small" onClick={() => void actions.markRead(items.filter((i) => i.isUnread).map((i) => i.key)).then(() => headingRef.current?.focus())}>
                Mark all read
              </button>
            )}
            <button type="button" className="icon-button" aria-label="Close reminders" onClick={() => onClose()}>
              ×
            </button>
          </div>
        </header>
        {settings && <QuietNotice status={status} zone={settings.timeZone} />}
        <div className="reminders-body">
          {settings && inbox.length === 0 && <ReminderEmpty nextAt={status.nextAt} zone={settings.timeZone} />}
          {settings && inbox.length > 0 && (
            <ul className="reminders-list" aria-label="Delivered reminders">
              {inbox.map((item) => (
                <ReminderItem key={item.key} item={item} settings={settings} onGone={onGone} />
              ))}
            </ul>
          )}
          {settings && snoozed.length > 0 && (
            <section aria-labelledby="reminders-snoozed">
              <h3 id="reminders-snoozed" className="reminders-section-title">
                Snoozed
              </h3>
              <ul className="reminders-list" aria-label="Snoozed reminders">
                {snoozed.map((item) => (
                  <ReminderItem key={item.key} item={item} settings={settings} onGone={onGone} />
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </dialog>
  );
}

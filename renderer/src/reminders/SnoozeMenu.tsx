// The Snooze menu button: 1 hour, tomorrow morning, next week, or a date and time.
// A menu in the ARIA sense: arrow keys move, Escape closes it and returns to the button.
import { useEffect, useId, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { Settings } from '@shared/domain';
import type { SnoozeOption } from '@shared/reminders';
import { snoozeUntil } from '@shared/reminders';
import { SnoozeCustomForm } from './SnoozeCustomForm';
import { useNow } from '../clock/clockContext';
import { useDateText } from '../clock/useDateText';
import { formatReminderTime } from './time';

const PRESETS = [
  { option: '1h', label: '1 hour' },
  { option: 'tomorrow', label: 'Tomorrow morning' },
  { option: 'next week', label: 'Next week' },
] as const;

interface SnoozeMenuProps {
  /** What is snoozed, for the menu's accessible name. */
  readonly title: string;
  readonly settings: Settings;
  /** Rejects for a custom time that is invalid or past; a preset's failure is the caller's to report. */
  readonly onSnooze: (option: SnoozeOption) => Promise<unknown>;
}

function moveFocus(menu: HTMLElement, key: string): boolean {
  const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const index = items.indexOf(document.activeElement as HTMLElement);
  const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[key];
  if (next === undefined) return false;
  items[(next + items.length) % items.length]?.focus();
  return true;
}

export function SnoozeMenu({ title, settings, onSnooze }: SnoozeMenuProps) {
  const [mode, setMode] = useState<'closed' | 'menu' | 'custom'>('closed');
  const triggerRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();
  useEffect(() => {
    if (mode === 'menu') menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [mode]);
  const close = () => {
    setMode('closed');
    triggerRef.current?.focus();
  };
  const now = useNow();
  const { format } = useDateText();

  function onMenuKey(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key === 'Escape') {
      // Only the menu closes, not the notification centre around it.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') setMode('closed');
    else if (menuRef.current && moveFocus(menuRef.current, event.key)) event.preventDefault();
  }

  function onMenuBlur(event: FocusEvent<HTMLUListElement>) {
    const next = event.relatedTarget;
    if (!(next instanceof Node && (menuRef.current?.contains(next) || triggerRef.current?.contains(next)))) setMode('closed');
  }

  return (
    <div className="reminders-snooze">
      <button
        ref={triggerRef}
        type="button"
        className="button button-small"
        aria-haspopup="menu"
        aria-expanded={mode === 'menu'}
        aria-controls={mode === 'menu' ? menuId : undefined}
        onClick={() => setMode(mode === 'menu' ? 'closed' : 'menu')}
      >
        Snooze <span aria-hidden="true">▾</span>
      </button>
      {mode === 'menu' && (
        <ul ref={menuRef} id={menuId} role="menu" aria-label={`Snooze “${title}”`} className="reminders-menu" onKeyDown={onMenuKey} onBlur={onMenuBlur}>
          {PRESETS.map(({ option, label }) => (
            <li key={option} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void onSnooze(option).then(close, close)}>
                <span>{label}</span>
                <span className="reminders-menu-hint">{formatReminderTime(snoozeUntil(option, now.toISOString(), settings), now, settings.timeZone, format)}</span>
              </button>
            </li>
          ))}
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => setMode('custom')}>
              Pick a date and time…
            </button>
          </li>
        </ul>
      )}
      {mode === 'custom' && <SnoozeCustomForm zone={settings.timeZone} onSnooze={async (custom) => void (await onSnooze({ custom }))} onCancel={close} />}
    </div>
  );
}

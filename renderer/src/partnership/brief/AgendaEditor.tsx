// The agenda as an editable list: each item a text area that wraps and grows with its text
// (a long item is never cut), with Move up, Move down and Remove buttons named with the
// item's place, so the keyboard and a screen reader can reorder it without dragging. Enter
// starts a new item below (an agenda item is one line in every export); focus follows an
// item as it moves, so it can be moved several places with repeated presses.
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { moveItem } from '@shared/brief/agenda';
import type { FieldErrors } from '@shared/domain';

interface Props {
  readonly items: readonly string[];
  readonly onChange: (items: string[]) => void;
  readonly errors: FieldErrors;
}

/** What to focus once the list has redrawn: an item's text, or its move button. */
type FocusTarget = { readonly index: number; readonly on: 'text' | 'up' | 'down' | 'remove' };

/** One line per item: a pasted line break becomes a space. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

export function AgendaEditor({ items, onChange, errors }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  // Set by a change, acted on once the list has redrawn with it.
  const pendingFocus = useRef<FocusTarget>(undefined);
  useEffect(() => {
    const focus = pendingFocus.current;
    pendingFocus.current = undefined;
    if (!focus) return;
    const row = listRef.current?.children[focus.index];
    const wanted = row?.querySelector<HTMLElement>(`[data-focus="${focus.on}"]:not(:disabled)`) ?? row?.querySelector<HTMLElement>('[data-focus="up"]:not(:disabled), [data-focus="down"]:not(:disabled)');
    wanted?.focus();
  }, [items]);
  const setFocus = (focus: FocusTarget) => {
    pendingFocus.current = focus;
  };

  const edit = (index: number, text: string) => onChange(items.map((item, i) => (i === index ? oneLine(text) : item)));
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    // The next item's Remove (or the new last one's), so focus is never dropped to the page.
    if (items.length > 1) setFocus({ index: Math.min(index, items.length - 2), on: 'remove' });
  };
  const insertAfter = (index: number) => {
    onChange([...items.slice(0, index + 1), '', ...items.slice(index + 1)]);
    setFocus({ index: index + 1, on: 'text' });
  };
  const move = (index: number, by: -1 | 1) => {
    onChange(moveItem(items, index, by));
    setFocus({ index: index + by, on: by === -1 ? 'up' : 'down' });
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    insertAfter(index);
  };

  return (
    <div className="agenda-editor">
      {items.length === 0 ? (
        <p className="muted">No agenda items yet. Add one, or start from the draft.</p>
      ) : (
        <ol className="agenda-items" ref={listRef}>
          {items.map((item, i) => (
            <li key={i} className="agenda-item">
              <textarea value={item} rows={1} onChange={(e) => edit(i, e.target.value)} onKeyDown={onKeyDown(i)} data-focus="text" aria-label={`Agenda item ${i + 1}`} aria-invalid={Boolean(errors[`agenda.${i}`])} maxLength={500} />
              <div className="agenda-item-actions">
                <button type="button" className="button button-small button-quiet" onClick={() => move(i, -1)} disabled={i === 0} data-focus="up" aria-label={`Move item ${i + 1} up`}>
                  ↑
                </button>
                <button type="button" className="button button-small button-quiet" onClick={() => move(i, 1)} disabled={i === items.length - 1} data-focus="down" aria-label={`Move item ${i + 1} down`}>
                  ↓
                </button>
                <button type="button" className="button button-small button-quiet" onClick={() => remove(i)} data-focus="remove" aria-label={`Remove item ${i + 1}`}>
                  Remove
                </button>
              </div>
              {errors[`agenda.${i}`] && <span className="field-error">{errors[`agenda.${i}`]}</span>}
            </li>
          ))}
        </ol>
      )}
      {errors.agenda && <p className="field-error">{errors.agenda}</p>}
      <button type="button" className="button button-small" onClick={() => insertAfter(items.length - 1)}>
        Add an item
      </button>
    </div>
  );
}

// The agenda as an editable list: each item a text field with Move up, Move down and
// Remove buttons (named with the item's place, so the keyboard and a screen reader can
// reorder it without dragging), and one button to add an item.
import { moveItem } from '@shared/brief/agenda';
import type { FieldErrors } from '@shared/domain';

interface Props {
  readonly items: readonly string[];
  readonly onChange: (items: string[]) => void;
  readonly errors: FieldErrors;
}

export function AgendaEditor({ items, onChange, errors }: Props) {
  const edit = (index: number, text: string) => onChange(items.map((item, i) => (i === index ? text : item)));
  const remove = (index: number) => onChange(items.filter((_, i) => i !== index));
  return (
    <div className="agenda-editor">
      {items.length === 0 ? (
        <p className="muted">No agenda items yet. Add one, or start from the draft.</p>
      ) : (
        <ol className="agenda-items">
          {items.map((item, i) => (
            <li key={i} className="agenda-item">
              <input type="text" value={item} onChange={(e) => edit(i, e.target.value)} aria-label={`Agenda item ${i + 1}`} aria-invalid={Boolean(errors[`agenda.${i}`])} maxLength={500} />
              <button type="button" className="button button-small button-quiet" onClick={() => onChange(moveItem(items, i, -1))} disabled={i === 0} aria-label={`Move item ${i + 1} up`}>
                ↑
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => onChange(moveItem(items, i, 1))} disabled={i === items.length - 1} aria-label={`Move item ${i + 1} down`}>
                ↓
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => remove(i)} aria-label={`Remove item ${i + 1}`}>
                Remove
              </button>
              {errors[`agenda.${i}`] && <span className="field-error">{errors[`agenda.${i}`]}</span>}
            </li>
          ))}
        </ol>
      )}
      {errors.agenda && <p className="field-error">{errors.agenda}</p>}
      <button type="button" className="button button-small" onClick={() => onChange([...items, ''])}>
        Add an item
      </button>
    </div>
  );
}

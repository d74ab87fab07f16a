// A quarter: previous / next buttons around a select of the quarters on offer (newest first).
interface Props {
  readonly id: string;
  readonly value: string;
  /** Newest first. */
  readonly options: readonly string[];
  readonly onChange: (quarter: string) => void;
}

export function QuarterPicker({ id, value, options, onChange }: Props) {
  const index = options.indexOf(value);
  const older = index >= 0 ? options[index + 1] : undefined;
  const newer = index > 0 ? options[index - 1] : undefined;
  return (
    <div className="quarter-picker" role="group" aria-label="Choose a quarter">
      <label htmlFor={id} className="inline-label">
        Quarter
      </label>
      <button type="button" className="button button-small" onClick={() => older && onChange(older)} disabled={!older} aria-label="Previous quarter" title="Previous quarter">
        ‹
      </button>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((q) => (
          <option key={q} value={q}>
            {q.replace('-', ' ')}
          </option>
        ))}
      </select>
      <button type="button" className="button button-small" onClick={() => newer && onChange(newer)} disabled={!newer} aria-label="Next quarter" title="Next quarter">
        ›
      </button>
    </div>
  );
}

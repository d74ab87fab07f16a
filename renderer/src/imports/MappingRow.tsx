import { useId } from 'react';
import type { ImportField } from '@shared/imports/fields';
import { RequiredMark } from './RequiredMark';

interface Props {
  readonly field: ImportField;
  readonly header: readonly string[];
  readonly column: number | undefined;
  /** The first data row's cell in the chosen column. */
  readonly example: string | undefined;
  readonly error?: string;
  readonly onColumn: (column: number | undefined) => void;
}

/** One Steward field and the file column that fills it. */
export function MappingRow({ field, header, column, example, error, onColumn }: Props) {
  const id = useId();
  return (
    <tr className={error ? 'import-mapping-invalid' : undefined}>
      <th scope="row">
        <label htmlFor={id}>
          {field.label}
          {field.required && <RequiredMark />}
        </label>
        <span className="cell-sub">{field.hint}</span>
      </th>
      <td>
        <select
          id={id}
          value={column ?? ''}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onColumn(e.target.value === '' ? undefined : Number(e.target.value))}
        >
          <option value="">— Not imported —</option>
          {header.map((name, index) => (
            <option key={`${index}-${name}`} value={index}>
              {name}
            </option>
          ))}
        </select>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </td>
      <td className="import-example">{example === undefined ? <span className="muted">—</span> : example || <span className="muted">(empty)</span>}</td>
    </tr>
  );
}

import type { ImportField } from '@shared/imports/fields';
import type { PlannedRow, RowAction } from '@shared/imports/planImport';

export const PREVIEW_ROWS = 100;

interface Props {
  readonly rows: readonly PlannedRow[];
  readonly fields: readonly ImportField[];
  /** Opportunities: say what importing each row does. */
  readonly showsAction?: boolean;
}

const ACTION_LABELS: Readonly<Record<RowAction, string>> = { create: 'New', update: 'Update', unchanged: 'Unchanged' };

/** The rows as they will be imported; a cell with a problem is marked and says why. */
export function PreviewTable({ rows, fields, showsAction = false }: Props) {
  return (
    <div className="import-preview-scroll" tabIndex={0} role="region" aria-label="Preview of the rows">
      <table className={showsAction ? 'import-preview import-preview-crm' : 'import-preview'}>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {showsAction && <th scope="col">Import as</th>}
            {fields.map((f) => (
              <th key={f.key} scope="col">
                {f.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, PREVIEW_ROWS).map((row) => (
            <PreviewRow key={row.row} row={row} fields={fields} showsAction={showsAction} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PreviewRow({ row, fields, showsAction }: { readonly row: PlannedRow; readonly fields: readonly ImportField[]; readonly showsAction: boolean }) {
  const isValid = row.input !== undefined;
  const rowProblem = row.errors._;
  return (
    <tr className={isValid ? undefined : 'import-row-invalid'}>
      <th scope="row" title={rowProblem}>
        <span aria-hidden="true" className={isValid ? 'import-mark-ok' : 'import-mark-bad'}>
          {isValid ? '✓' : '!'}
        </span>{' '}
        {row.row}
        {!isValid && <span className="visually-hidden"> (has problems{rowProblem ? `: ${rowProblem}` : ''})</span>}
      </th>
      {showsAction && <td className={`import-action import-action-${row.action ?? 'none'}`}>{row.input && row.action ? ACTION_LABELS[row.action] : '—'}</td>}
      {fields.map((f) => {
        const problem = row.errors[f.key];
        return (
          <td key={f.key} className={problem ? 'import-cell-invalid' : undefined} title={problem}>
            {row.values[f.key]}
            {problem && <span className="visually-hidden"> (problem: {problem})</span>}
          </td>
        );
      })}
    </tr>
  );
}

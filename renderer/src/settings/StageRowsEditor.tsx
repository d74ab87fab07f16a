// The pipeline's stages in order, each open, won or lost: rename, reorder (Move up / Move down
// buttons, so the keyboard does it), add and remove. A stage opportunities are in says how many.
import type { StageOutcome } from '@shared/domain';
import { STAGE_OUTCOMES } from '@shared/domain';
import type { StageRow } from './stageRows';
import { moveRow } from './stageRows';

interface Props {
  readonly rows: readonly StageRow[];
  readonly inUse: ReadonlyMap<string, number>;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (rows: StageRow[]) => void;
}

const OUTCOME_NAMES: Readonly<Record<StageOutcome, string>> = { open: 'Open', won: 'Won', lost: 'Lost' };

export function StageRowsEditor({ rows, inUse, errors, onChange }: Props) {
  const patch = (index: number, change: Partial<StageRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
  return (
    <ol className="stage-rows">
      {rows.map((row, i) => {
        const label = row.name.trim() || `Stage ${i + 1}`;
        const count = row.savedName ? (inUse.get(row.savedName.toLowerCase()) ?? 0) : 0;
        const error = errors[`opportunityStages.${i}.name`];
        return (
          <li key={row.key} className="stage-row">
            <div className="field">
              <label htmlFor={`stage-${row.key}`}>Stage {i + 1}</label>
              <input id={`stage-${row.key}`} value={row.name} aria-invalid={Boolean(error)} aria-describedby={error ? `stage-${row.key}-error` : undefined} onChange={(e) => patch(i, { name: e.target.value })} />
              {error && (
                <p id={`stage-${row.key}-error`} className="field-error" role="alert">
                  {error}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor={`stage-${row.key}-outcome`}>Outcome</label>
              <select id={`stage-${row.key}-outcome`} value={row.outcome} onChange={(e) => patch(i, { outcome: e.target.value as StageOutcome })}>
                {STAGE_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {OUTCOME_NAMES[o]}
                  </option>
                ))}
              </select>
            </div>
            <span className="stage-use muted">{count === 0 ? 'Not in use' : count === 1 ? '1 opportunity' : `${count} opportunities`}</span>
            <div className="stage-actions">
              <button type="button" className="button button-small button-quiet" disabled={i === 0} onClick={() => onChange(moveRow(rows, i, -1))} aria-label={`Move ${label} up`}>
                ↑
              </button>
              <button type="button" className="button button-small button-quiet" disabled={i === rows.length - 1} onClick={() => onChange(moveRow(rows, i, 1))} aria-label={`Move ${label} down`}>
                ↓
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={`Remove ${label}`}>
                Remove
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

import { useId } from 'react';
import type { Stage } from '@shared/domain';

interface Props {
  readonly rows: readonly { readonly crm: string; readonly stage: string | undefined }[];
  readonly stages: readonly Stage[];
  readonly isChecked: boolean;
  readonly onChoose: (crmStage: string, stage: string) => void;
}

/** Each stage the file holds and the stage of yours it becomes; one Steward could not match waits for a choice. */
export function StageMatching({ rows, stages, isChecked, onChoose }: Props) {
  const id = useId();
  if (rows.length === 0) return null;
  return (
    <section className="import-stages" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Stages</h4>
      <p className="field-hint">Each stage in the file becomes one of your stages (Settings lists them). Steward matched what it could; check the rest.</p>
      <table className="import-mapping">
        <thead>
          <tr>
            <th scope="col">Stage in your file</th>
            <th scope="col">Your stage</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const isMissing = row.stage === undefined;
            const errorId = `${id}-${i}-error`;
            return (
              <tr key={row.crm} className={isMissing && isChecked ? 'import-mapping-invalid' : undefined}>
                <th scope="row">
                  <label htmlFor={`${id}-${i}`}>{row.crm}</label>
                </th>
                <td>
                  <select
                    id={`${id}-${i}`}
                    value={row.stage ?? ''}
                    aria-invalid={isMissing && isChecked}
                    aria-describedby={isMissing ? errorId : undefined}
                    onChange={(e) => onChoose(row.crm, e.target.value)}
                  >
                    {isMissing && <option value="">— Choose a stage —</option>}
                    {stages.map((s) => (
                      <option key={s.name} value={s.name}>
                        {s.name} ({s.outcome})
                      </option>
                    ))}
                  </select>
                  {isMissing && (
                    <p id={errorId} className={isChecked ? 'field-error' : 'field-hint'}>
                      Not matched: choose the stage it means.
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

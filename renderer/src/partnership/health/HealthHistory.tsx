// Every health check, newest first, with its scores; edit or delete (with Undo).
import type { HealthCheck } from '@shared/domain';
import { overallScore } from '@shared/health';
import { PERSPECTIVE_LABELS, SCORE_ANCHORS, historyDimensions, isScore, scoreFor } from '@shared/healthView';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';
import { LastChanged } from '../authors/LastChanged';

interface Props {
  readonly checks: readonly HealthCheck[];
  readonly onEdit: (check: HealthCheck) => void;
  readonly onDelete: (check: HealthCheck) => void;
}

export function HealthHistory({ checks, onEdit, onDelete }: Props) {
  const dimensions = historyDimensions(checks);
  const newestFirst = [...checks].reverse();
  return (
    <section aria-labelledby="health-history-title">
      <h2 id="health-history-title" className="section-title">
        History
      </h2>
      <div className="health-table-wrap">
        <table className="table health-history">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Perspective</th>
              <th scope="col">Overall</th>
              {dimensions.map((d) => (
                <th key={d.key} scope="col">
                  {capitalise(d.name)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((check) => (
              <HistoryRow key={check.id} check={check} dimensions={dimensions.map((d) => d.name)} onEdit={onEdit} onDelete={onDelete} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface RowProps extends Omit<Props, 'checks'> {
  readonly check: HealthCheck;
  readonly dimensions: readonly string[];
}

function HistoryRow({ check, dimensions, onEdit, onDelete }: RowProps) {
  const { formatDay } = useDateText();
  const name = `${check.perspective === 'ours' ? 'our' : 'the partner’s'} check of ${formatDay(check.assessedOn)}`;
  return (
    <tr>
      <td>{formatDay(check.assessedOn)}</td>
      <td>
        {PERSPECTIVE_LABELS[check.perspective]}
        {check.respondent && <span className="cell-sub">{check.respondent}</span>}
        <LastChanged table="healthChecks" id={check.id} updatedAt={check.updatedAt} className="cell-sub" />
      </td>
      <td className="health-overall-cell">{overallScore(check).toFixed(1)}</td>
      {dimensions.map((d) => {
        const score = scoreFor(check, d);
        return (
          <td key={d} className={score !== undefined && score <= 2 ? 'health-low' : undefined} title={score !== undefined && isScore(score) ? SCORE_ANCHORS[score] : undefined}>
            {score ?? '—'}
          </td>
        );
      })}
      <td className="row-actions">
        <button type="button" className="button button-small button-quiet" onClick={() => onEdit(check)} aria-label={`Edit ${name}`}>
          Edit
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => onDelete(check)} aria-label={`Delete ${name}`}>
          Delete
        </button>
      </td>
    </tr>
  );
}

import type { HealthPoint } from '@shared/exports/quarterlyReview';
import { PERSPECTIVE_LABELS } from '@shared/healthView';
import { useDateText } from '../../clock/useDateText';

/** The checks behind the trend; internal notes only where the model carries them (internal edition). */
export function HealthPointsTable({ points }: { readonly points: readonly HealthPoint[] }) {
  const { formatDay } = useDateText();
  const withNotes = points.some((p) => p.internalNotes !== undefined);
  return (
    <table className="table review-table">
      <caption className="visually-hidden">Health checks</caption>
      <thead>
        <tr>
          <th scope="col">Assessed</th>
          <th scope="col">Perspective</th>
          <th scope="col">Respondent</th>
          <th scope="col">Overall</th>
          {withNotes && <th scope="col">Internal notes</th>}
        </tr>
      </thead>
      <tbody>
        {points.map((p, i) => (
          // Points have no id in the review model; their order (by day) is stable.
          <tr key={i}>
            <td className="review-nowrap">{formatDay(p.assessedOn)}</td>
            <td>{PERSPECTIVE_LABELS[p.perspective]}</td>
            <td>{p.respondent || '—'}</td>
            <td>{p.overall.toFixed(1)}</td>
            {withNotes && <td>{p.internalNotes || '—'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

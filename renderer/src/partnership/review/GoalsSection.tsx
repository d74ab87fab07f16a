import type { GoalTiming, QuarterlyReview } from '@shared/exports/quarterlyReview';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';
import { ReviewSection } from './ReviewSection';

const TIMING_CLASS: Readonly<Record<GoalTiming, string>> = {
  'due in quarter': 'badge commitments-state-due-soon',
  'due before quarter': 'badge commitments-state-overdue',
  'due later': 'badge commitments-state-open',
  'no due date': 'badge badge-ended',
};

/** The shared goals of the charter in force at quarter end, with where each stands in time. */
export function GoalsSection({ review }: { readonly review: QuarterlyReview }) {
  const { formatDay } = useDateText();
  const { rows, version } = review.goals;
  return (
    <ReviewSection id="goals" title="Goals">
      {rows.length === 0 ? (
        <p className="review-empty">{version === undefined ? 'No charter was agreed by the end of this quarter.' : 'The agreed charter sets no goals.'}</p>
      ) : (
        <>
          <p className="review-note">From charter version {version}.</p>
          <table className="table review-table">
            <thead>
              <tr>
                <th scope="col" className="review-col-main">Goal</th>
                <th scope="col">Metric</th>
                <th scope="col">Target</th>
                <th scope="col">Due by</th>
                <th scope="col">Timing</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g, i) => (
                // Goals have no id of their own; the charter's order is stable.
                <tr key={i}>
                  <td>
                    <span className="cell-title">{g.statement}</span>
                  </td>
                  <td>{g.metric || '—'}</td>
                  <td>{g.target || '—'}</td>
                  <td className="review-nowrap">{formatDay(g.dueBy)}</td>
                  <td>
                    <span className={TIMING_CLASS[g.timing]}>{capitalise(g.timing)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ReviewSection>
  );
}

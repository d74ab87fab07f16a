// Each goal of the charter as measured by the review's moment: latest value, progress and
// status (the rule in one sentence), a chart per measured goal, and the measurements.
import type { GoalStatus } from '@shared/value/goals';
import { GOAL_STATUS_RULE } from '@shared/value/goals';
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { latestText, progressText, targetText } from '@shared/exports/reviewValueText';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';
import { ReviewGoalChart } from './ReviewGoalChart';
import { MeasurementsTable } from './MeasurementsTable';

const STATUS_CLASS: Readonly<Record<GoalStatus, string>> = {
  'on track': 'badge commitments-state-done-on-time',
  'at risk': 'badge commitments-state-due-soon',
  'off track': 'badge commitments-state-overdue',
  'not enough data': 'badge badge-ended',
};

export function ValueGoals({ review }: { readonly review: QuarterlyReview }) {
  const { format, formatDay } = useDateText();
  const { goals } = review.value;
  if (goals.length === 0) return <p className="review-empty">No goals to measure: the charter in force sets none.</p>;
  const measured = goals.filter((g) => g.measurements.length > 0);
  return (
    <>
      <table className="table review-table">
        <thead>
          <tr>
            <th scope="col" className="review-col-main">Goal</th>
            <th scope="col">Latest</th>
            <th scope="col">Target</th>
            <th scope="col">Due by</th>
            <th scope="col">Progress</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((g, i) => (
            <tr key={g.goalId || i}>
              <td>
                <span className="cell-title">{g.statement}</span>
              </td>
              <td>{latestText(g, format)}</td>
              <td>{targetText(g)}</td>
              <td className="review-nowrap">{formatDay(g.dueBy)}</td>
              <td>{progressText(g)}</td>
              <td>
                <span className={STATUS_CLASS[g.status]}>{capitalise(g.status)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="review-note review-rule">{GOAL_STATUS_RULE}</p>
      {measured.length > 0 && (
        <div className="review-goal-charts">
          {measured.map((g, i) => (
            <ReviewGoalChart key={g.goalId || i} goal={g} index={i} />
          ))}
        </div>
      )}
      {measured.some((g) => g.measurements.some((m) => m.asOf >= review.range.first)) && <MeasurementsTable goals={measured} since={review.range.first} />}
    </>
  );
}

import type { ValueGoalRow } from '@shared/exports/reviewValue';
import { goalValueText } from '@shared/exports/reviewValue';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';

/** The measurements taken this quarter (up to the review's moment), by goal; the charts show the whole history. */
export function MeasurementsTable({ goals, since }: { readonly goals: readonly ValueGoalRow[]; readonly since: string }) {
  const { formatDay } = useDateText();
  return (
    <table className="table review-table review-measurements">
      <caption className="review-caption">Measurements this quarter</caption>
      <thead>
        <tr>
          <th scope="col" className="review-col-main">Goal</th>
          <th scope="col">As of</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {goals.flatMap((g, gi) =>
          g.measurements.filter((m) => m.asOf >= since).map((m, mi) => (
            // Measurements are shown without their ids; goal and position identify the row.
            <tr key={`${g.goalId || gi}-${mi}`}>
              <td>{g.statement}</td>
              <td className="review-nowrap">{formatDay(m.asOf)}</td>
              <td>{goalValueText(g, m.value)}</td>
              <td>{capitalise(m.source)}</td>
              <td>{m.note || '—'}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

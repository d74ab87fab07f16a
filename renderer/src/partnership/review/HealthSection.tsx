// Health over the quarter: each side's overall score as a line (the last check before
// the quarter included, so the line starts where the quarter did), and the perception
// gap per dimension as at the review's moment (quarter end once the quarter is over).
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { HealthPoint, QuarterlyReview } from '@shared/exports/quarterlyReview';
import { isWideGap } from '@shared/health';
import { PERSPECTIVE_LABELS } from '@shared/healthView';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';
import { AXIS_TICK, SCORE_TICKS } from '../health/chartTheme';
import { HealthPointsTable } from './HealthPointsTable';
import { REVIEW_COLOURS, scoreText } from './reviewFormat';
import { ReviewSection } from './ReviewSection';

interface TrendRow {
  readonly assessedOn: string;
  ours?: number;
  partner?: number;
}

function trendRows(points: readonly HealthPoint[]): TrendRow[] {
  const rows = new Map<string, TrendRow>();
  for (const p of points) {
    const row = rows.get(p.assessedOn) ?? { assessedOn: p.assessedOn };
    row[p.perspective] = p.overall;
    rows.set(p.assessedOn, row);
  }
  return [...rows.values()];
}

export function HealthSection({ review }: { readonly review: QuarterlyReview }) {
  const { formatDay } = useDateText();
  const { points, gap, gapAsOf } = review.health;
  if (points.length === 0) {
    return (
      <ReviewSection id="health" title="Health">
        <p className="review-empty">{review.timing === 'ended' ? 'No health checks were recorded by the end of this quarter.' : 'No health checks recorded yet.'}</p>
      </ReviewSection>
    );
  }
  return (
    <ReviewSection id="health" title="Health">
      <div className="review-split review-split-even">
        <figure className="review-figure">
          <figcaption>Overall score, 1–5, each side’s checks</figcaption>
          <LineChart responsive style={{ width: '100%', height: 220 }} data={trendRows(points)} margin={{ top: 8, right: 16, bottom: 4, left: -16 }}>
            <CartesianGrid stroke="#e6eaef" vertical={false} />
            <XAxis dataKey="assessedOn" tickFormatter={(day: string) => formatDay(day)} tick={AXIS_TICK} padding={{ left: 16, right: 16 }} />
            <YAxis domain={[1, 5]} ticks={SCORE_TICKS} tick={AXIS_TICK} />
            <Tooltip labelFormatter={(label) => formatDay(String(label))} />
            <Legend itemSorter={null} />
            <Line name={PERSPECTIVE_LABELS.ours} dataKey="ours" stroke={REVIEW_COLOURS.ours} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
            <Line name={PERSPECTIVE_LABELS.partner} dataKey="partner" stroke={REVIEW_COLOURS.partner} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
          </LineChart>
        </figure>
        <figure className="review-figure">
          <figcaption>Perception gap as at {formatDay(gapAsOf)}</figcaption>
          {gap.length === 0 ? (
            <p className="review-empty">A gap needs a check from each side.</p>
          ) : (
            <table className="table review-table review-gap">
              <thead>
                <tr>
                  <th scope="col">Dimension</th>
                  <th scope="col">Ours</th>
                  <th scope="col">Partner’s</th>
                  <th scope="col">Gap</th>
                </tr>
              </thead>
              <tbody>
                {gap.map((g) => (
                  <tr key={g.dimension} className={isWideGap(g) ? 'review-gap-wide' : undefined}>
                    <th scope="row">{capitalise(g.dimension)}</th>
                    <td>{scoreText(g.ours)}</td>
                    <td>{scoreText(g.partner)}</td>
                    <td>{g.gap === undefined ? '—' : g.gap > 0 ? `+${g.gap}` : String(g.gap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </figure>
      </div>
      <HealthPointsTable points={points} />
    </ReviewSection>
  );
}

// Commitments due in the quarter, per side: of those due by the review's moment, on time,
// late and overdue as stacked bars; those due later apart, outside the rates; the
// reciprocity sentence, and every commitment in a table.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { OWED_BY_LABELS } from '@shared/commitments';
import { OWED_BY } from '@shared/domain';
import type { SideSummary } from '@shared/exports/quarterCounts';
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { reciprocityVerdict } from '@shared/exports/reviewMarkdown';
import { AXIS_TICK } from '../health/chartTheme';
import { CommitmentTable } from './CommitmentTable';
import { REVIEW_COLOURS, percentText } from './reviewFormat';
import { ReviewSection } from './ReviewSection';

export function CommitmentsSection({ review }: { readonly review: QuarterlyReview }) {
  const { bySide, items } = review.commitments;
  const data = OWED_BY.map((side) => ({ side: OWED_BY_LABELS[side], ...bySide[side] }));
  return (
    <ReviewSection id="commitments" title="Commitments due this quarter">
      {items.length === 0 ? (
        <p className="review-empty">No commitments were due this quarter.</p>
      ) : (
        <>
          <p className={`review-lead review-verdict${verdictTone(review)}`}>{reciprocityVerdict(review)}</p>
          <div className="review-split">
            <BarChart responsive layout="vertical" style={{ width: '100%', height: 180 }} data={data} margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
              <CartesianGrid stroke="#e6eaef" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
              <YAxis type="category" dataKey="side" width={120} tick={AXIS_TICK} />
              <Tooltip />
              <Legend itemSorter={null} />
              <Bar name="On time" dataKey="onTime" stackId="due" fill={REVIEW_COLOURS.onTime} maxBarSize={26} isAnimationActive={false} />
              <Bar name="Late" dataKey="late" stackId="due" fill={REVIEW_COLOURS.late} maxBarSize={26} isAnimationActive={false} />
              <Bar name="Overdue" dataKey="open" stackId="due" fill={REVIEW_COLOURS.open} maxBarSize={26} isAnimationActive={false} />
            </BarChart>
            <dl className="review-side-list">
              {data.map((row) => (
                <div key={row.side}>
                  <dt>{row.side}</dt>
                  <dd>
                    {sideText(row, review.timing === 'ended')}
                    {row.late + row.open + row.dropped > 0 && (
                      <span className="cell-sub">
                        {row.late} late · {row.open} overdue · {row.dropped} dropped
                      </span>
                    )}
                    {row.dueLater > 0 && <span className="cell-sub">{row.dueLater} due later, not counted yet</span>}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
          <CommitmentTable items={items} showSource={review.edition === 'internal'} caption="Commitments due this quarter" />
        </>
      )}
    </ReviewSection>
  );
}

/** "2 of 3 on time (67%)" over what was due by the moment; "nothing due yet" while the quarter runs. */
function sideText(side: SideSummary, isOver: boolean): string {
  if (side.total === 0) return isOver ? 'nothing due' : 'nothing due yet';
  return `${side.onTime} of ${side.total} on time (${percentText(side.onTimePercent)})`;
}

/** Green when reciprocal, amber when not, grey when there was not enough due to compare. */
function verdictTone({ commitments }: QuarterlyReview): string {
  if (commitments.isReciprocal) return ' review-verdict-good';
  return commitments.bySide.us.total === 0 || commitments.bySide.partner.total === 0 ? ' review-verdict-neutral' : '';
}

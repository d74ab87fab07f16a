// Held against planned for each cadence up to the review's moment: a bar chart to see at
// a glance, the table for the exact numbers (and for screen readers). What the quarter
// still plans after that moment is shown apart, never counted.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { CadenceAdherenceRow } from '@shared/exports/quarterCounts';
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { adherenceSummary, aheadText } from '@shared/exports/reviewMarkdown';
import { useDateText } from '../../clock/useDateText';
import { AXIS_TICK } from '../health/chartTheme';
import { REVIEW_COLOURS, percentText } from './reviewFormat';
import { ReviewSection } from './ReviewSection';

export function AdherenceSection({ review }: { readonly review: QuarterlyReview }) {
  const { cadences, planned, held, percent, ahead } = review.adherence;
  const { format } = useDateText();
  const aheadLine = aheadText(review, format);
  return (
    <ReviewSection id="adherence" title="Cadence adherence">
      {cadences.length === 0 ? (
        <p className="review-empty">This partnership has no cadences.</p>
      ) : planned === 0 ? (
        <>
          <p className="review-empty">{adherenceSummary(review)}</p>
          {aheadLine && <p className="review-note">{aheadLine}</p>}
        </>
      ) : (
        <>
          <p className="review-lead">
            <strong>{percentText(percent)}</strong> held: {held} of {planned} planned meetings{review.timing === 'ended' ? '' : ' so far'}.
          </p>
          {aheadLine && <p className="review-ahead">{aheadLine}</p>}
          <div className="review-chart-row">
            <BarChart responsive style={{ width: '100%', height: 220 }} data={[...cadences]} margin={{ top: 8, right: 16, bottom: 4, left: -16 }}>
              <CartesianGrid stroke="#e6eaef" vertical={false} />
              <XAxis dataKey="name" tick={AXIS_TICK} interval={0} />
              <YAxis allowDecimals={false} tick={AXIS_TICK} />
              <Tooltip />
              <Legend itemSorter={null} />
              <Bar name="Planned" dataKey="planned" fill={REVIEW_COLOURS.planned} maxBarSize={36} isAnimationActive={false} />
              <Bar name="Held" dataKey="held" fill={REVIEW_COLOURS.held} maxBarSize={36} isAnimationActive={false} />
            </BarChart>
          </div>
          <AdherenceTable cadences={cadences} showAhead={ahead > 0} />
        </>
      )}
    </ReviewSection>
  );
}

function AdherenceTable({ cadences, showAhead }: { readonly cadences: readonly CadenceAdherenceRow[]; readonly showAhead: boolean }) {
  return (
    <table className="table review-table">
      <thead>
        <tr>
          <th scope="col">Cadence</th>
          <th scope="col">Planned</th>
          <th scope="col">Held</th>
          <th scope="col">Skipped</th>
          <th scope="col">Moved</th>
          <th scope="col">Adherence</th>
          {showAhead && <th scope="col">Still ahead</th>}
        </tr>
      </thead>
      <tbody>
        {cadences.map((c) => (
          <tr key={c.name}>
            <th scope="row">{c.name}</th>
            <td>{c.planned}</td>
            <td>{c.held}</td>
            <td>{c.skipped}</td>
            <td>{c.moved}</td>
            <td>{percentText(c.percent)}</td>
            {showAhead && <td>{c.ahead}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

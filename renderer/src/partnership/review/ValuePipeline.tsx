// The joint pipeline this quarter against the previous one, by who sourced it: a bar
// chart of what was won (amounts where this edition shows them, otherwise counts) and the
// full table of created, won and lost, which is also the chart's text alternative.
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import type { FlowFigure } from '@shared/exports/reviewValue';
import { SOURCE_LABELS, moneyText } from '@shared/exports/reviewValue';
import { flowText, missingRatesText, pipelineIntro } from '@shared/exports/reviewValueText';
import { useDateText } from '../../clock/useDateText';
import { AXIS_TICK } from '../health/chartTheme';
import { REVIEW_COLOURS } from './reviewFormat';
import { WonDealsTable } from './WonDealsTable';

const FLOWS = ['created', 'won', 'lost'] as const;

export function ValuePipeline({ review }: { readonly review: QuarterlyReview }) {
  const { format } = useDateText();
  const { value } = review;
  const { rows, previousQuarter } = value.pipeline;
  const measure = (f: FlowFigure) => f.amount ?? f.count;
  const chartRows = rows.filter((r) => r.source !== 'all').map((r) => ({ source: SOURCE_LABELS[r.source], current: measure(r.current.won), previous: measure(r.previous.won) }));
  const what = value.showsAmounts ? `Won in ${value.currency}` : 'Deals won';
  const missing = missingRatesText(value, format);
  const tick = (v: number) => (value.showsAmounts ? moneyText(v, value.currency) : String(v));
  return (
    <>
      <p className="review-note">{pipelineIntro(value, format)}</p>
      {missing && <p className="review-verdict">{missing}</p>}
      <figure className="review-figure review-chart-row" role="img" aria-labelledby="review-pipeline-chart" aria-describedby="review-pipeline-chart-desc">
        <figcaption id="review-pipeline-chart">
          {what} by source: {review.quarter} so far against {previousQuarter}
        </figcaption>
        <BarChart responsive style={{ width: '100%', height: 220 }} data={chartRows} margin={{ top: 8, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e6eaef" vertical={false} />
          <XAxis dataKey="source" tick={AXIS_TICK} />
          <YAxis tick={AXIS_TICK} width={value.showsAmounts ? 84 : 40} allowDecimals={false} tickFormatter={tick} />
          <Legend itemSorter={null} />
          <Bar name={previousQuarter} dataKey="previous" fill={REVIEW_COLOURS.planned} isAnimationActive={false} />
          <Bar name={review.quarter} dataKey="current" fill={REVIEW_COLOURS.held} isAnimationActive={false} />
        </BarChart>
        <p id="review-pipeline-chart-desc" className="review-chart-desc">
          The same figures, with created and lost, are in the table below.
        </p>
      </figure>
      <table className="table review-table review-pipeline">
        <thead>
          <tr>
            <th scope="col">Source</th>
            {FLOWS.map((f) => (
              <th scope="col" key={f}>
                {f === 'created' ? 'Created' : f === 'won' ? 'Won' : 'Lost'}
              </th>
            ))}
            {FLOWS.map((f) => (
              <th scope="col" key={`prev-${f}`}>
                {f === 'created' ? 'Created' : f === 'won' ? 'Won' : 'Lost'} {previousQuarter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.source} className={r.source === 'all' ? 'review-total' : undefined}>
              <th scope="row">{SOURCE_LABELS[r.source]}</th>
              {FLOWS.map((f) => (
                <td key={f}>{flowText(r.current[f], value.currency)}</td>
              ))}
              {FLOWS.map((f) => (
                <td key={`prev-${f}`} className="review-previous">
                  {flowText(r.previous[f], value.currency)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {value.wonDeals.length > 0 && <WonDealsTable review={review} />}
    </>
  );
}

// Both sides' overall score over time on one chart, so a widening gap is visible.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { HealthCheck } from '@shared/domain';
import { PERSPECTIVES } from '@shared/domain';
import { PERSPECTIVE_LABELS, overallTrend } from '@shared/healthView';
import { useDateText } from '../../clock/useDateText';
import { AXIS_TICK, SCORE_TICKS, SIDE_COLOURS } from './chartTheme';

export function OverallChart({ checks }: { readonly checks: readonly HealthCheck[] }) {
  const { formatDay } = useDateText();
  const rows = overallTrend(checks);
  const latest = rows.at(-1);
  return (
    <figure className="health-figure" aria-labelledby="health-overall-caption">
      <div className="health-figure-head">
        <h3>Overall score</h3>
      </div>
      <figcaption id="health-overall-caption" className="health-caption">
        The mean of each check’s scores, ours and the partner’s, over {rows.length} {rows.length === 1 ? 'day' : 'days'} of checks
        {latest ? ` up to ${formatDay(latest.assessedOn)}` : ''}.
      </figcaption>
      <LineChart responsive style={{ width: '100%', height: 220 }} data={rows} margin={{ top: 8, right: 24, bottom: 4, left: -12 }}>
        <CartesianGrid stroke="#e6eaef" vertical={false} />
        <XAxis dataKey="assessedOn" tickFormatter={(day: string) => formatDay(day)} tick={AXIS_TICK} padding={{ left: 16, right: 16 }} />
        <YAxis domain={[1, 5]} ticks={SCORE_TICKS} tick={AXIS_TICK} />
        <Tooltip labelFormatter={(label) => formatDay(String(label))} />
        <Legend />
        {PERSPECTIVES.map((p) => (
          <Line
            key={p}
            type="monotone"
            name={PERSPECTIVE_LABELS[p]}
            dataKey={p}
            stroke={SIDE_COLOURS[p]}
            strokeWidth={2.5}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
      <div className="visually-hidden">
        <table>
          <caption>Overall score by day</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Ours</th>
              <th scope="col">Partner’s</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.assessedOn}>
                <th scope="row">{formatDay(row.assessedOn)}</th>
                <td>{row.ours ?? '—'}</td>
                <td>{row.partner ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

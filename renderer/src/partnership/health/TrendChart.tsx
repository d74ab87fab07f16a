// Each dimension's score over time from one side (a switch picks ours or the
// partner's), with a caption saying what moved and a table for screen readers.
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { HealthCheck, Perspective } from '@shared/domain';
import { PERSPECTIVES } from '@shared/domain';
import { dimensionTrend } from '@shared/health';
import { PERSPECTIVE_LABELS, trendRows, trendSummary } from '@shared/healthView';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';
import { AXIS_TICK, SCORE_TICKS, dimensionColour } from './chartTheme';
import { TrendTable } from './TrendTable';

export function TrendChart({ checks }: { readonly checks: readonly HealthCheck[] }) {
  const { formatDay } = useDateText();
  const [perspective, setPerspective] = useState<Perspective>('ours');
  const { dimensions, rows } = trendRows(checks, perspective);
  const caption = trendSummary(dimensionTrend(checks, perspective));
  return (
    <figure className="health-figure" aria-labelledby="health-trend-caption">
      <div className="health-figure-head">
        <h3>Trend by dimension</h3>
        <div className="segmented" role="group" aria-label="Perspective of the trend">
          {PERSPECTIVES.map((p) => (
            <button key={p} type="button" aria-pressed={perspective === p} onClick={() => setPerspective(p)}>
              {PERSPECTIVE_LABELS[p]}
            </button>
          ))}
        </div>
      </div>
      <figcaption id="health-trend-caption" className="health-caption">
        {PERSPECTIVE_LABELS[perspective]} view. {caption}
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted health-chart-none">No health checks from this side yet.</p>
      ) : (
        <>
          <LineChart responsive style={{ width: '100%', height: 280 }} data={rows} margin={{ top: 8, right: 24, bottom: 4, left: -12 }}>
            <CartesianGrid stroke="#e6eaef" vertical={false} />
            <XAxis dataKey="assessedOn" tickFormatter={(day: string) => formatDay(day)} tick={AXIS_TICK} padding={{ left: 16, right: 16 }} />
            <YAxis domain={[1, 5]} ticks={SCORE_TICKS} allowDecimals={false} tick={AXIS_TICK} />
            <Tooltip labelFormatter={(label) => formatDay(String(label))} />
            <Legend formatter={(value) => capitalise(String(value))} />
            {dimensions.map((d, i) => (
              <Line
                key={d.key}
                type="monotone"
                name={d.name}
                dataKey={(row: (typeof rows)[number]) => row.scores[d.key]}
                stroke={dimensionColour(i)}
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
          <TrendTable dimensions={dimensions} rows={rows} />
        </>
      )}
    </figure>
  );
}

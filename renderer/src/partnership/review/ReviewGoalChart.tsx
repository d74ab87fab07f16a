// One goal's measurements, its target line and the projection to the due date. The
// chart is an image with a title and a description; the measurements table below the
// charts carries the same figures for readers who cannot see it.
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ValueGoalRow } from '@shared/exports/reviewValue';
import { goalValueText } from '@shared/exports/reviewValue';
import { progressText } from '@shared/exports/reviewValueText';
import { useDateText } from '../../clock/useDateText';
import { AXIS_TICK } from '../health/chartTheme';
import { REVIEW_COLOURS } from './reviewFormat';

interface Row {
  readonly ms: number;
  readonly measured?: number;
  readonly projected?: number;
}

const msOf = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
const dayOfMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function rowsOf(goal: ValueGoalRow): Row[] {
  const rows: Row[] = goal.measurements.map((m) => ({ ms: msOf(m.asOf), measured: m.value }));
  for (const p of goal.projection ?? []) rows.push({ ms: msOf(p.day), projected: p.value });
  return rows.sort((a, b) => a.ms - b.ms);
}

export function ReviewGoalChart({ goal, index }: { readonly goal: ValueGoalRow; readonly index: number }) {
  const { formatDay } = useDateText();
  const rows = rowsOf(goal);
  const ticks = [...new Set([rows[0]!.ms, rows.at(-1)!.ms])];
  const [titleId, descId] = [`review-goal-chart-${index}`, `review-goal-chart-${index}-desc`];
  const description = `${goal.measurements.length} measurements, latest ${goal.latest ? goalValueText(goal, goal.latest.value) : '—'}, ${progressText(goal)} of the way to the target; ${goal.status}.`;
  return (
    <figure className="review-figure review-goal-chart" role="img" aria-labelledby={titleId} aria-describedby={descId}>
      <figcaption id={titleId}>{goal.statement}</figcaption>
      <LineChart responsive style={{ width: '100%', height: 180 }} data={rows} margin={{ top: 8, right: 20, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e6eaef" vertical={false} />
        <XAxis dataKey="ms" type="number" scale="time" domain={['dataMin', 'dataMax']} ticks={ticks} tickFormatter={(ms: number) => formatDay(dayOfMs(ms))} tick={AXIS_TICK} padding={{ left: 12, right: 12 }} />
        <YAxis tick={AXIS_TICK} width={68} tickFormatter={(v: number) => goalValueText(goal, v)} domain={['auto', 'auto']} />
        {goal.targetValue !== undefined && <ReferenceLine y={goal.targetValue} stroke={REVIEW_COLOURS.onTime} strokeDasharray="6 4" label={{ value: 'Target', position: 'insideTopRight', fill: REVIEW_COLOURS.onTime, fontSize: 12 }} />}
        <Line type="linear" name="Measured" dataKey="measured" stroke={REVIEW_COLOURS.ours} strokeWidth={2.5} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        <Line type="linear" name="Projection" dataKey="projected" stroke={REVIEW_COLOURS.partner} strokeWidth={2} strokeDasharray="4 4" dot={false} connectNulls isAnimationActive={false} />
      </LineChart>
      <p id={descId} className="review-chart-desc">
        {description}
      </p>
    </figure>
  );
}

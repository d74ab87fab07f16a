// A goal's measurements over time, its target as a line, and the projection to the due date.
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Goal, GoalMeasurement } from '@shared/domain';
import type { GoalAssessment } from '@shared/value/goals';
import { useDateText } from '../../clock/useDateText';
import { AXIS_TICK, SIDE_COLOURS } from '../health/chartTheme';
import { goalChartRows } from './goalChartRows';
import { formatGoalValue } from './valueFormat';

interface Props {
  readonly goal: Goal;
  readonly measurements: readonly GoalMeasurement[];
  readonly assessment: GoalAssessment;
  readonly captionId: string;
}

const dayOfMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function GoalChart({ goal, measurements, assessment, captionId }: Props) {
  const { formatDay } = useDateText();
  const rows = goalChartRows(measurements, assessment, goal.dueBy);
  if (rows.length === 0) return null;
  // Only the ends are labelled: measurements days apart would print over each other.
  const ticks = [...new Set([rows[0]!.ms, rows.at(-1)!.ms])];
  return (
    <div className="goal-chart" aria-labelledby={captionId}>
      <LineChart responsive style={{ width: '100%', height: 200 }} data={rows} margin={{ top: 8, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="#e6eaef" vertical={false} />
        <XAxis dataKey="ms" type="number" scale="time" domain={['dataMin', 'dataMax']} ticks={ticks} tickFormatter={(ms: number) => formatDay(dayOfMs(ms))} tick={AXIS_TICK} padding={{ left: 12, right: 12 }} />
        <YAxis tick={AXIS_TICK} width={72} tickFormatter={(v: number) => formatGoalValue(goal, v)} domain={['auto', 'auto']} />
        <Tooltip labelFormatter={(ms) => formatDay(dayOfMs(Number(ms)))} formatter={(v) => formatGoalValue(goal, Number(v))} />
        {goal.targetValue !== undefined && <ReferenceLine y={goal.targetValue} stroke="#2d7a46" strokeDasharray="6 4" label={{ value: 'Target', position: 'insideTopRight', fill: '#2d7a46', fontSize: 12 }} />}
        <Line type="linear" name="Measured" dataKey="measured" stroke={SIDE_COLOURS.ours} strokeWidth={2.5} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        <Line type="linear" name="Projection" dataKey="projected" stroke={SIDE_COLOURS.partner} strokeWidth={2} strokeDasharray="4 4" dot={false} connectNulls isAnimationActive={false} />
      </LineChart>
    </div>
  );
}

// The rows a goal's chart plots: each measurement, and the fitted line from the first
// measurement to the due date (two points are enough for a straight line).
import type { GoalMeasurement } from '@shared/domain';
import type { GoalAssessment } from '@shared/value/goals';
import { valueOn } from '@shared/value/goals';

export interface GoalChartRow {
  readonly day: string;
  readonly ms: number;
  readonly measured?: number;
  readonly projected?: number;
}

const msOf = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

export function goalChartRows(measurements: readonly Pick<GoalMeasurement, 'asOf' | 'value'>[], assessment: GoalAssessment, dueBy: string | undefined): GoalChartRow[] {
  const rows: GoalChartRow[] = measurements.map((m) => ({ day: m.asOf, ms: msOf(m.asOf), measured: m.value }));
  const { fit } = assessment;
  if (fit && dueBy) {
    rows.push({ day: fit.origin, ms: msOf(fit.origin), projected: valueOn(fit, fit.origin) });
    rows.push({ day: dueBy, ms: msOf(dueBy), projected: valueOn(fit, dueBy) });
  }
  return rows.sort((a, b) => a.ms - b.ms);
}

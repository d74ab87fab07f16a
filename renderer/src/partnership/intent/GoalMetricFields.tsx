import { GOAL_DIRECTIONS, GOAL_UNITS } from '@shared/domain';
import type { GoalDirection, GoalUnit } from '@shared/domain';
import type { GoalRow } from '@shared/intentView';
import { Field } from '../../components/Field';

interface Props {
  readonly row: GoalRow;
  readonly error: (field: string) => string | undefined;
  readonly onPatch: (fields: Partial<Omit<GoalRow, 'key'>>) => void;
}

const DIRECTION_LABELS: Readonly<Record<GoalDirection, string>> = { higher: 'Higher is better', lower: 'Lower is better' };

/** The numbers that make a goal measurable: what unit, which way is better, from where to where, and how often to measure. */
export function GoalMetricFields({ row, error, onPatch }: Props) {
  return (
    <div className="intent-goal-metric">
      <Field label="Unit" error={error('unit')}>
        {(a) => (
          <select {...a} value={row.unit} onChange={(e) => onPatch({ unit: e.target.value as GoalUnit })}>
            {GOAL_UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        )}
      </Field>
      {row.unit === 'currency' && (
        <Field label="Currency" error={error('currency')}>
          {(a) => <input {...a} value={row.currency} maxLength={3} placeholder="USD" onChange={(e) => onPatch({ currency: e.target.value })} />}
        </Field>
      )}
      <Field label="Direction" error={error('direction')}>
        {(a) => (
          <select {...a} value={row.direction} onChange={(e) => onPatch({ direction: e.target.value as GoalDirection })}>
            {GOAL_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {DIRECTION_LABELS[d]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Baseline" error={error('baseline')}>
        {(a) => <input {...a} inputMode="decimal" value={row.baseline} onChange={(e) => onPatch({ baseline: e.target.value })} />}
      </Field>
      <Field label="Value to reach" error={error('targetValue')}>
        {(a) => <input {...a} inputMode="decimal" value={row.targetValue} onChange={(e) => onPatch({ targetValue: e.target.value })} />}
      </Field>
      <Field label="Measure every (days)" error={error('measureEveryDays')}>
        {(a) => <input {...a} inputMode="numeric" value={row.measureEveryDays} onChange={(e) => onPatch({ measureEveryDays: e.target.value })} />}
      </Field>
    </div>
  );
}

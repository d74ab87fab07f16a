import type { IntentContent } from '@shared/domain';
import { useDateText } from '../../clock/useDateText';
import { IntentText } from './IntentText';
import { formatGoalValue } from '../value/valueFormat';

type Goal = IntentContent['goals'][number];

export function GoalsTable({ goals }: { readonly goals: readonly Goal[] }) {
  const { formatDay } = useDateText();
  if (goals.length === 0) return <IntentText text="" blank="No shared goals yet." />;
  return (
    <table className="intent-table">
      <thead>
        <tr>
          <th scope="col">Goal</th>
          <th scope="col">Metric</th>
          <th scope="col">Target</th>
          <th scope="col">Due by</th>
        </tr>
      </thead>
      <tbody>
        {goals.map((goal, index) => (
          // Goals written before version 9 had no id, and a statement may repeat: position is their identity here.
          <tr key={index}>
            <td className="intent-goal-statement">{goal.statement}</td>
            <td>{goal.metric || '—'}</td>
            <td>{goal.target || (goal.targetValue !== undefined ? formatGoalValue(goal, goal.targetValue) : '—')}</td>
            <td className="intent-nowrap">{formatDay(goal.dueBy)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

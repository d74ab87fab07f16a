// The Value tab's goals with their actuals: for each measurable goal of the version read,
// its status (with the rule behind it), progress, chart, measurements and a form to add one.
import { useEffect, useRef } from 'react';
import type { Commitment, Goal, GoalMeasurement } from '@shared/domain';
import type { GoalStatus } from '@shared/value/goals';
import { assessGoal, GOAL_STATUS_RULE } from '@shared/value/goals';
import { db } from '../../../db/db';
import { useLiveQuery } from '../../../db/live';
import { listGoalMeasurements } from '../../../db/value';
import { useDateText } from '../../clock/useDateText';
import { useToday } from '../../useToday';
import { useCommitments } from '../commitments/useCommitmentsData';
import { ServingCommitments } from './ServingCommitments';
import { GoalChart } from './GoalChart';
import { MeasurementForm } from './MeasurementForm';
import { MeasurementTable } from './MeasurementTable';
import { formatGoalValue } from './valueFormat';
import './value.css';

const STATUS_CLASS: Readonly<Record<GoalStatus, string>> = {
  'on track': 'goal-status-on',
  'at risk': 'goal-status-risk',
  'off track': 'goal-status-off',
  'not enough data': 'goal-status-unknown',
};

export function GoalStatusBadge({ status }: { readonly status: GoalStatus }) {
  return <span className={`goal-status ${STATUS_CLASS[status]}`}>{status === 'not enough data' ? 'Not enough data' : status[0]!.toUpperCase() + status.slice(1)}</span>;
}

interface Props {
  readonly partnershipId: string;
  readonly goals: readonly Goal[];
  /** Archived partnerships are read-only. */
  readonly canEdit: boolean;
  /** A goal to bring into view (an Attention item about it was followed). */
  readonly focusGoalId?: string;
}

export function GoalProgress({ partnershipId, goals, canEdit, focusGoalId }: Props) {
  const measurements = useLiveQuery(() => listGoalMeasurements(db, partnershipId), [partnershipId]);
  const commitments = useCommitments(partnershipId);
  const measurable = goals.filter((g): g is Goal & { readonly id: string } => !!g.id && g.targetValue !== undefined);
  if (measurable.length === 0) return null;
  return (
    <section className="goal-progress" aria-labelledby="goal-progress-title">
      <h2 id="goal-progress-title">Goals and their actuals</h2>
      <p className="goal-rule">{GOAL_STATUS_RULE}</p>
      {measurable.map((goal) => (
        <GoalCard key={goal.id} partnershipId={partnershipId} goal={goal} measurements={(measurements ?? []).filter((m) => m.goalId === goal.id)} commitments={(commitments ?? []).filter((c) => c.goalId === goal.id)} canEdit={canEdit} isFocused={goal.id === focusGoalId} />
      ))}
    </section>
  );
}

interface CardProps {
  readonly partnershipId: string;
  readonly goal: Goal & { readonly id: string };
  readonly measurements: readonly GoalMeasurement[];
  readonly commitments: readonly Commitment[];
  readonly canEdit: boolean;
  readonly isFocused?: boolean;
}

function GoalCard({ partnershipId, goal, measurements, commitments, canEdit, isFocused }: CardProps) {
  const ref = useRef<HTMLElement>(null);
  // Followed from Attention: the card comes into view once, when it first shows.
  useEffect(() => {
    if (isFocused) ref.current?.scrollIntoView({ block: 'start' });
  }, [isFocused]);
  const { formatDay } = useDateText();
  const today = useToday();
  const assessment = assessGoal(goal, measurements);
  const captionId = `goal-${goal.id}-caption`;
  const percent = assessment.progress === undefined ? undefined : Math.round(assessment.progress * 100);
  return (
    <article ref={ref} className="goal-card" aria-labelledby={`goal-${goal.id}-title`} data-goal-id={goal.id}>
      <header className="goal-card-head">
        <h3 id={`goal-${goal.id}-title`}>{goal.statement}</h3>
        <GoalStatusBadge status={assessment.status} />
      </header>
      <p id={captionId} className="goal-card-facts">
        {goal.metric ? `${goal.metric}: ` : ''}
        {goal.baseline !== undefined ? `from ${formatGoalValue(goal, goal.baseline)} ` : ''}
        to {formatGoalValue(goal, goal.targetValue!)}
        {goal.dueBy ? ` by ${formatDay(goal.dueBy)}` : ''} ({goal.direction === 'lower' ? 'lower' : 'higher'} is better).
        {assessment.latest ? ` Latest ${formatGoalValue(goal, assessment.latest.value)} on ${formatDay(assessment.latest.asOf)}` : ' Not measured yet'}
        {percent !== undefined ? `, ${percent}% of the way` : ''}
        {assessment.projected !== undefined && goal.dueBy ? `; projected ${formatGoalValue(goal, assessment.projected)} by ${formatDay(goal.dueBy)}.` : '.'}
      </p>
      <GoalChart goal={goal} measurements={measurements} assessment={assessment} captionId={captionId} />
      {measurements.length > 0 && <MeasurementTable partnershipId={partnershipId} goal={goal} measurements={measurements} canEdit={canEdit} />}
      <ServingCommitments partnershipId={partnershipId} goalStatement={goal.statement} commitments={commitments} today={today} />
      {canEdit && <MeasurementForm partnershipId={partnershipId} goalId={goal.id} goalLabel={goal.statement} onSaved={() => undefined} />}
    </article>
  );
}

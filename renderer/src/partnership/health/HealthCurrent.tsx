// Where the relationship stands: each side's latest overall score, whether it fell
// since that side's previous check, and when the next check is due.
import type { HealthCheck, Perspective } from '@shared/domain';
import { healthCheckDue, healthDropped, latestChecks } from '@shared/health';
import { describeChange } from '@shared/healthView';
import { relativeDays } from '../../format';
import { useDateText } from '../../clock/useDateText';

interface Props {
  readonly checks: readonly HealthCheck[];
  readonly today: string;
  readonly intervalDays: number;
}

export function HealthCurrent({ checks, today, intervalDays }: Props) {
  const { formatDay } = useDateText();
  const due = healthCheckDue(checks, today, intervalDays);
  return (
    <dl className="health-current">
      <SideScore checks={checks} perspective="ours" />
      <SideScore checks={checks} perspective="partner" />
      <div className={`health-card${due.isDue ? ' health-card-due' : ''}`}>
        <dt>Next health check</dt>
        <dd className="health-big health-big-text">{due.isDue ? 'Due now' : formatDay(due.dueOn)}</dd>
        <dd className="health-note">
          {due.lastOn ? `Every ${intervalDays} days; last one ${relativeDays(due.lastOn, today)}.` : `Every ${intervalDays} days.`}
          {due.isDue && due.lastOn && due.dueOn < today ? ` It was due ${relativeDays(due.dueOn, today)}.` : ''}
        </dd>
      </div>
    </dl>
  );
}

function SideScore({ checks, perspective }: { readonly checks: readonly HealthCheck[]; readonly perspective: Perspective }) {
  const { formatDay } = useDateText();
  const latest = latestChecks(checks)[perspective];
  const drop = healthDropped(checks, perspective);
  const label = perspective === 'ours' ? 'Our view' : 'Partner’s view';
  if (!latest || drop.latest === undefined) {
    return (
      <div className="health-card">
        <dt>{label}</dt>
        <dd className="health-big health-big-none">—</dd>
        <dd className="health-note">{perspective === 'ours' ? 'We have not scored it yet.' : 'No answers from the partner yet.'}</dd>
      </div>
    );
  }
  return (
    <div className={`health-card${drop.isDropped ? ' health-card-dropped' : ''}`}>
      <dt>{label}</dt>
      <dd className="health-big">
        {drop.latest.toFixed(1)}
        <span className="health-out-of"> / 5</span>
      </dd>
      <dd className={`health-note${drop.isDropped ? ' health-dropped' : ''}`}>
        {drop.isDropped && <span aria-hidden="true">▼ </span>}
        {describeChange(drop)}
      </dd>
      <dd className="health-note">
        {perspective === 'ours' ? 'Our' : 'Partner’s'} check of {formatDay(latest.assessedOn)}
        {latest.respondent ? `, by ${latest.respondent}` : ''}
      </dd>
    </div>
  );
}

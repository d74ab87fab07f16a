import { daysBetween } from '@shared/dates';
import type { NextCadence, PartnershipSummary } from '@shared/portfolioSummary';
import { relativeDays } from '../format';
import { useDateText } from '../clock/useDateText';

export function RenewalCell({ day, today, isEnded }: { readonly day?: string; readonly today: string; readonly isEnded: boolean }) {
  const { formatDay } = useDateText();
  if (!day) return <span className="muted">No end date</span>;
  const days = daysBetween(today, day);
  // An ended partnership's past term is history, not an alarm.
  const tone = isEnded ? 'later' : days < 0 ? 'past' : days <= 90 ? 'soon' : 'later';
  return (
    <span className={`renewal renewal-${tone}`}>
      {formatDay(day)}
      <span className="cell-sub">{relativeDays(day, today)}</span>
    </span>
  );
}

export function NextCadenceCell({ next, today }: { readonly next?: NextCadence; readonly today: string }) {
  const { formatDay } = useDateText();
  if (!next) return <span className="muted">None set</span>;
  return (
    <span className={`next-cadence band-${next.band.replace(' ', '-')}`}>
      {next.name}
      <span className="cell-sub">
        {next.band === 'overdue' ? `Overdue since ${formatDay(next.dueOn)}` : `${formatDay(next.dueOn)}, ${relativeDays(next.dueOn, today)}`}
      </span>
    </span>
  );
}

export function OverdueCell({ overdue }: { readonly overdue: PartnershipSummary['overdue'] }) {
  const total = overdue.us + overdue.partner + overdue.joint;
  if (total === 0) return <span className="muted">None</span>;
  return (
    <span className="overdue-sides">
      {overdue.us > 0 && <span className="overdue-us">We owe {overdue.us}</span>}
      {overdue.partner > 0 && <span className="overdue-partner">They owe {overdue.partner}</span>}
      {overdue.joint > 0 && <span className="overdue-joint">Joint {overdue.joint}</span>}
    </span>
  );
}

import { addDays, daysBetween } from '@shared/dates';
import type { NextCadence, PartnershipSummary } from '@shared/portfolioSummary';
import { relativeDays } from '../format';
import { briefHref } from '../router';
import { useDateText } from '../clock/useDateText';
import type { MoneyTotal } from '@shared/value/currency';
import { formatMoney } from '../partnership/value/valueFormat';

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

interface NextCadenceProps {
  readonly next?: NextCadence;
  /** Past meetings with nothing recorded, across the partnership's cadences. */
  readonly unrecorded: number;
  readonly today: string;
  /** Links the next meeting to its brief. */
  readonly partnershipId?: string;
}

export function NextCadenceCell({ next, unrecorded, today, partnershipId }: NextCadenceProps) {
  const { formatDay } = useDateText();
  const full = unrecorded === 1 ? '1 past meeting not recorded yet' : `${unrecorded} past meetings not recorded yet`;
  // The column is narrow: the short form shows, the whole sentence is its title and accessible name.
  const notRecorded = unrecorded > 0 && (
    <span className="cell-sub unrecorded-count" title={full} aria-label={full}>
      {unrecorded} not recorded
    </span>
  );
  if (!next) return notRecorded ? <span className="next-cadence">{notRecorded}</span> : <span className="muted">None set</span>;
  return (
    <span className={`next-cadence band-${next.band.replace(' ', '-')}`}>
      {next.name}
      <span className="cell-sub">{whenDue(next, today, formatDay)}</span>
      {next.meeting && partnershipId && (
        <a className="cell-sub cell-prepare" href={briefHref(partnershipId, next.meeting)} aria-label={`Prepare ${next.name}`}>
          Prepare
        </a>
      )}
      {notRecorded}
    </span>
  );
}

/** A fixed cadence's next meeting is ahead; a flexible one's window may have opened already. */
function whenDue(next: NextCadence, today: string, formatDay: (day: string) => string): string {
  if (next.band === 'overdue') return `Overdue since ${formatDay(next.maxOn ? addDays(next.maxOn, 1) : next.dueOn)}`;
  if (next.dueOn < today) return `Due since ${formatDay(next.dueOn)}`;
  return `${formatDay(next.dueOn)}, ${relativeDays(next.dueOn, today)}`;
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

/** A sum in the reporting currency; "—" without opportunities; amounts with no rate are counted apart. */
export function MoneyCell({ total, currency }: { readonly total?: MoneyTotal; readonly currency: string }) {
  if (!total || (total.count === 0 && total.unconverted === 0)) return <span className="cell-sub">—</span>;
  const missing = total.missingRates.map((m) => `no ${m.from}→${m.to} rate`).join(', ');
  return (
    <span className="money-cell">
      <span className="cell-strong">{formatMoney(total.amount, currency)}</span>
      {total.unconverted > 0 && (
        <span className="cell-sub" title={`${missing}: add it in Settings`}>
          +{total.unconverted} not converted ({missing})
        </span>
      )}
    </span>
  );
}

// One planned occurrence: when (in the user's zone, and the cadence's when it differs),
// what became of it, and what the user can do about it.
import type { CadenceOccurrence, OccurrenceStatus } from '@shared/cadenceSchedule';
import type { Cadence, OccurrenceRecord } from '@shared/domain';
import { briefHref, routeHref } from '../../router';
import type { When } from './rhythmFormat';

export type OccurrenceActionKind = 'record' | 'hold' | 'skip' | 'move' | 'reset';

interface Props {
  readonly cadence: Cadence;
  readonly occurrence: CadenceOccurrence;
  readonly when: When;
  /** Where it was planned, when it was moved. */
  readonly plannedWhen?: string;
  readonly record?: OccurrenceRecord;
  readonly onAction: (kind: OccurrenceActionKind) => void;
  /** In a list settled several at once: whether it is chosen. */
  readonly selection?: { readonly isSelected: boolean; readonly onToggle: () => void };
}

const OPEN = new Set<OccurrenceStatus>(['upcoming', 'due soon', 'not recorded', 'moved']);
const STATUS_LABELS: Record<OccurrenceStatus, string> = {
  upcoming: 'Upcoming',
  'due soon': 'Due soon',
  held: 'Held',
  skipped: 'Skipped',
  moved: 'Moved',
  'not recorded': 'Not recorded yet',
};

export function OccurrenceRow({ cadence, occurrence, when, plannedWhen, record, onAction, selection }: Props) {
  const { status } = occurrence;
  const label = when.local;
  return (
    <tr>
      <td>
        <div className={selection ? 'rhythm-when is-selectable' : 'rhythm-when'}>
          {selection && <input type="checkbox" className="rhythm-select" checked={selection.isSelected} onChange={selection.onToggle} aria-label={`Select ${label}`} />}
          <div>
            <span className="cell-title">{when.local}</span>
            {when.inCadenceZone && <span className="cell-sub">{when.inCadenceZone}</span>}
          </div>
        </div>
      </td>
      <td>
        <span className={`rhythm-status rhythm-status-${status.replace(' ', '-')}`}>{STATUS_LABELS[status]}</span>
        {plannedWhen && <span className="cell-sub">Planned for {plannedWhen}</span>}
        {record?.note && <span className="cell-sub rhythm-note">“{record.note}”</span>}
      </td>
      <td className="row-actions">
        {status === 'not recorded' && (
          <button type="button" className="button button-small button-primary" onClick={() => onAction('record')} aria-label={`Record meeting: ${label}`}>
            Record meeting
          </button>
        )}
        {(status === 'upcoming' || status === 'due soon') && (
          <a className="button button-small" href={briefHref(cadence.partnershipId, { cadenceId: cadence.id, occurrence: occurrence.occurrence })} aria-label={`Prepare ${label}`}>
            Prepare
          </a>
        )}
        {OPEN.has(status) && (
          <>
            <button type="button" className={`button button-small${status === 'not recorded' ? '' : ' button-primary'}`} onClick={() => onAction('hold')} aria-label={`Mark held ${label}`}>
              Mark held
            </button>
            <button type="button" className="button button-small" onClick={() => onAction('skip')} aria-label={`Skip ${label}`}>
              Skip
            </button>
            <button type="button" className="button button-small" onClick={() => onAction('move')} aria-label={`Move ${label}`}>
              Move
            </button>
          </>
        )}
        {status === 'skipped' && (
          <button type="button" className="button button-small" onClick={() => onAction('hold')} aria-label={`Mark held ${label}`}>
            Mark held
          </button>
        )}
        {(status === 'skipped' || status === 'moved') && occurrence.recordId && (
          <button type="button" className="button button-small button-quiet" onClick={() => onAction('reset')} aria-label={`Clear mark (${status}): ${label}`}>
            Clear mark
          </button>
        )}
        {status === 'held' && (
          <a className="button button-small button-quiet" href={routeHref({ screen: 'partnership', id: cadence.partnershipId, tab: 'touchpoints' })} aria-label={`View touchpoint: ${label}`}>
            View touchpoint
          </a>
        )}
      </td>
    </tr>
  );
}

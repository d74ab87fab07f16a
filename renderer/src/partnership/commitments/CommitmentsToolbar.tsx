// Which side's commitments to show, with what each side has open and overdue, and
// which statuses.
import type { BySide, SideCounts } from '@shared/commitments';
import type { OwedBy } from '@shared/domain';
import { OWED_BY } from '@shared/domain';
import { capitalise } from '../../format';
import type { StatusFilter } from './commitmentView';
import { STATUS_FILTERS, VIEW_LABELS } from './commitmentView';

interface Props {
  readonly view: OwedBy;
  readonly status: StatusFilter;
  readonly counts: BySide<SideCounts>;
  readonly onView: (view: OwedBy) => void;
  readonly onStatus: (status: StatusFilter) => void;
}

export function CommitmentsToolbar({ view, status, counts, onView, onStatus }: Props) {
  return (
    <div className="toolbar commitments-toolbar">
      <div className="segmented commitments-views" role="group" aria-label="Owed by">
        {OWED_BY.map((side) => (
          <button key={side} type="button" aria-pressed={view === side} onClick={() => onView(side)}>
            {VIEW_LABELS[side]}
            <span className="commitments-view-count">
              {` ${counts[side].open} open`}
              {counts[side].overdue > 0 && <span className="commitments-overdue">{`, ${counts[side].overdue} overdue`}</span>}
            </span>
          </button>
        ))}
      </div>
      <label className="inline-label">
        Show
        <select value={status} onChange={(e) => onStatus(STATUS_FILTERS.find((s) => s === e.target.value) ?? 'open')}>
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {s === 'all' ? 'All statuses' : capitalise(s)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

// The commitments of one side, most pressing first, each with where it came from.
import { useMemo } from 'react';
import type { Commitment, OwedBy, Stakeholder } from '@shared/domain';
import type { ItemActions } from './CommitmentItem';
import { CommitmentItem } from './CommitmentItem';
import type { SourceLookup, StatusFilter } from './commitmentView';
import { VIEW_LABELS, sourceText } from './commitmentView';
import { useHealthChecks, useTouchpoints } from './useCommitmentsData';
import { useDateText } from '../../clock/useDateText';

interface Props extends ItemActions {
  readonly partnershipId: string;
  readonly commitments: readonly Commitment[];
  readonly view: OwedBy;
  readonly status: StatusFilter;
  readonly today: string;
  readonly stakeholders: readonly Stakeholder[];
  readonly onShowAll: () => void;
}

export function CommitmentList({ partnershipId, commitments, view, status, today, stakeholders, onShowAll, ...actions }: Props) {
  const { formatDay } = useDateText();
  const touchpoints = useTouchpoints(partnershipId);
  const checks = useHealthChecks(partnershipId);
  const lookup = useMemo<SourceLookup>(
    () => ({ touchpoints: new Map((touchpoints ?? []).map((t) => [t.id, t])), checks: new Map((checks ?? []).map((c) => [c.id, c])) }),
    [touchpoints, checks],
  );
  const names = useMemo(() => new Map<string, string>(stakeholders.map((s) => [s.id, s.name])), [stakeholders]);

  if (commitments.length === 0) {
    return (
      <div className="empty commitments-none">
        <p>{noneText(view, status)}</p>
        {status !== 'all' && (
          <button type="button" className="button" onClick={onShowAll}>
            Show all statuses
          </button>
        )}
      </div>
    );
  }
  return (
    <ul className="commitments-list" aria-label={`${VIEW_LABELS[view]}: ${status === 'all' ? 'all' : status} commitments`}>
      {commitments.map((c) => (
        <CommitmentItem key={c.id} commitment={c} today={today} ownerName={names.get(c.ownerId)} source={sourceText(c, lookup, formatDay)} {...actions} />
      ))}
    </ul>
  );
}

function noneText(view: OwedBy, status: StatusFilter): string {
  const what = status === 'all' ? '' : ` ${status}`;
  if (view === 'us') return `Nothing${what} that we owe the partner.`;
  if (view === 'partner') return `Nothing${what} that the partner owes us.`;
  return `No${what} joint commitments.`;
}

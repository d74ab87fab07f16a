// Reciprocity at a glance: what each side still owes, and how much of it is late.
import type { BySide, SideCounts } from '@shared/commitments';
import type { OwedBy } from '@shared/domain';
import { OWED_BY } from '@shared/domain';
import { VIEW_LABELS } from './commitmentView';

export function CommitmentsSummary({ counts }: { readonly counts: BySide<SideCounts> }) {
  const sides = OWED_BY.filter((side) => side !== 'joint' || counts.joint.open > 0);
  return (
    <p className="commitments-summary" aria-label="Open commitments by side">
      {sides.map((side, i) => (
        <span key={side} className="commitments-summary-side">
          {i > 0 && <span aria-hidden="true"> · </span>}
          <SideCount side={side} counts={counts[side]} />
        </span>
      ))}
    </p>
  );
}

function SideCount({ side, counts }: { readonly side: OwedBy; readonly counts: SideCounts }) {
  return (
    <>
      <strong>{VIEW_LABELS[side]}</strong> {counts.open} open
      {counts.overdue > 0 && <span className="commitments-overdue"> ({counts.overdue} overdue)</span>}
    </>
  );
}

import type { Side } from '@shared/domain';
import { ImportCsvButton } from '../../imports/ImportCsvButton';

export type StakeholderView = 'list' | 'map';

const VIEWS = [
  { id: 'list', label: 'List' },
  { id: 'map', label: 'Map' },
] as const satisfies readonly { id: StakeholderView; label: string }[];

interface Props {
  readonly view: StakeholderView;
  readonly counts: Readonly<Record<Side, number>>;
  readonly partnershipId: string;
  readonly onView: (view: StakeholderView) => void;
  readonly onAdd: () => void;
}

export function StakeholdersToolbar({ view, counts, partnershipId, onView, onAdd }: Props) {
  const total = counts.us + counts.partner;
  return (
    <div className="toolbar stakeholders-toolbar">
      <div className="segmented" role="group" aria-label="View">
        {VIEWS.map((v) => (
          <button key={v.id} type="button" aria-pressed={view === v.id} onClick={() => onView(v.id)}>
            {v.label}
          </button>
        ))}
      </div>
      <p className="stakeholders-count">
        {total === 1 ? '1 person' : `${total} people`}: {counts.us} on our side, {counts.partner} on the partner side
      </p>
      <ImportCsvButton kind="stakeholders" partnershipId={partnershipId} />
      <button type="button" className="button button-primary" onClick={onAdd}>
        Add person
      </button>
    </div>
  );
}

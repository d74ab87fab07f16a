import { ImportCsvButton } from '../../imports/ImportCsvButton';

interface Props {
  readonly partnerOrg: string;
  readonly partnershipId: string;
  readonly onAdd: () => void;
}

export function StakeholdersEmpty({ partnerOrg, partnershipId, onAdd }: Props) {
  return (
    <div className="empty">
      <h2>Map the people on both sides</h2>
      <p>
        Partnerships that run through one person fail when that person leaves. Record who sponsors, decides, influences and runs the work — on
        your side and at {partnerOrg} — so you can see at a glance who to involve and where the relationship is thin.
      </p>
      <div className="empty-actions">
        <button type="button" className="button button-primary" onClick={onAdd}>
          Add the first person
        </button>
        <ImportCsvButton kind="stakeholders" partnershipId={partnershipId} />
      </div>
    </div>
  );
}

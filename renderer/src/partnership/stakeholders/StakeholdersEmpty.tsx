export function StakeholdersEmpty({ partnerOrg, onAdd }: { readonly partnerOrg: string; readonly onAdd: () => void }) {
  return (
    <div className="empty">
      <h2>Map the people on both sides</h2>
      <p>
        Partnerships that run through one person fail when that person leaves. Record who sponsors, decides, influences and runs the work — on
        your side and at {partnerOrg} — so you can see at a glance who to involve and where the relationship is thin.
      </p>
      <button type="button" className="button button-primary" onClick={onAdd}>
        Add the first person
      </button>
    </div>
  );
}

// What the Health tab is for, shown before the first check.
export function HealthEmpty({ onRecord }: { readonly onRecord: () => void }) {
  return (
    <div className="empty">
      <h2>No health checks yet</h2>
      <p>
        A health check scores the relationship from 1 (poor) to 5 (excellent) on strategic value, trust, communication,
        execution and executive sponsorship. Record <strong>our view</strong>, and the <strong>partner’s view</strong> from
        their answers: Steward then shows the trend on each side, the <strong>perception gap</strong> where the two
        differ, and suggests actions for the weakest and most divergent dimensions.
      </p>
      <button type="button" className="button button-primary" onClick={onRecord}>
        Record the first health check
      </button>
    </div>
  );
}

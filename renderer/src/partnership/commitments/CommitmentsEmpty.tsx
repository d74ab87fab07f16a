// What the Commitments tab is for, shown before anything has been promised.
export function CommitmentsEmpty({ onCreate }: { readonly onCreate: () => void }) {
  return (
    <div className="empty">
      <h2>No commitments yet</h2>
      <p>
        Record what each side promised: what <strong>we owe</strong> the partner, what <strong>they owe</strong> us, and
        what we do <strong>jointly</strong>. Steward shows what is due soon or overdue on each side, so you can see at a
        glance whether the relationship is reciprocal.
      </p>
      <button type="button" className="button button-primary" onClick={onCreate}>
        Add the first commitment
      </button>
    </div>
  );
}

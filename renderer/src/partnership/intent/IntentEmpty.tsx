/** First visit: what the charter is for, and the one action that starts it. */
export function IntentEmpty({ onWrite }: { readonly onWrite: () => void }) {
  return (
    <div className="empty intent-empty">
      <h2>Write down what this partnership is for</h2>
      <p>
        The charter keeps the intent both sides signed up to: why the partnership exists, the goals you share, what each side
        gives and gets, what is in and out of scope, and the tradeoffs you agreed. Steward keeps every version, records who
        agreed it on each side, and shows what changed at each review.
      </p>
      <p>Sections marked Internal — non-negotiables, your tradeoff weights and internal notes — never leave your organisation.</p>
      <button type="button" className="button button-primary" onClick={onWrite}>
        Write the intent
      </button>
    </div>
  );
}

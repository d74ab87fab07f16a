/** Marks content that never leaves in a partner-safe export (DESIGN.md principle 3). */
export function InternalTag() {
  return (
    <span className="stakeholders-internal" title="Internal: never shared with the partner">
      Internal
    </span>
  );
}

/** The red asterisk sighted users know, and the word for everyone else. */
export function RequiredMark() {
  return (
    <>
      <span className="required" aria-hidden="true">
        {' '}
        *
      </span>
      <span className="visually-hidden"> (required)</span>
    </>
  );
}

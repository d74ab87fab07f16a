/** A print link that names no document we have (a mistyped quarter, an archived partnership). */
export function PrintProblem({ backHref, message }: { readonly backHref: string; readonly message?: string }) {
  return (
    <main className="print-page" id="main">
      <div className="empty print-problem">
        <h1>Nothing to print here</h1>
        <p>{message ?? 'This print link does not name a document Steward can show: check the quarter and the edition.'}</p>
        <a className="button" href={backHref}>
          Back
        </a>
      </div>
    </main>
  );
}

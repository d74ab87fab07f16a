import { messageOf } from './components/ToastProvider';

/** Shown when IndexedDB will not open: the data is not touched, and the user is told what to do. */
export function DatabaseProblem({ error }: { readonly error: unknown }) {
  return (
    <main className="recovery" role="alert">
      <h1>Steward could not open your data</h1>
      <p>Nothing has been changed or deleted. The database reported:</p>
      <pre>{messageOf(error)}</pre>
      <p>Close other Steward windows and try again. If it keeps happening, free some disk space and restart Steward.</p>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        Try again
      </button>
    </main>
  );
}

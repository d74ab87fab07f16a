// The bench page's count of its IndexedDB requests in flight, so a timed step can start
// once the database has answered everything the previous one asked. Imported before the
// app (benchEntry.ts), so the app's first reads are counted too; the shipped app never
// loads this module.

const REQUESTS = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor', 'add', 'put', 'delete', 'clear'] as const;
let inFlight = 0;

const CURSORS = new Set<string>(['openCursor', 'openKeyCursor']);

/**
 * Counts the page's IndexedDB requests in flight: each request method of the stores and
 * indexes is wrapped to count the request until it succeeds or fails; a cursor until it
 * reaches its end or its transaction ends (a reader may stop walking early).
 */
function countDatabaseRequests(): void {
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, unknown>[]) {
    for (const name of REQUESTS) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        const request = (original as (...a: unknown[]) => IDBRequest).apply(this, args);
        inFlight += 1;
        let isDone = false;
        const done = () => {
          if (isDone) return;
          isDone = true;
          inFlight -= 1;
        };
        request.addEventListener('error', done);
        if (!CURSORS.has(name)) {
          request.addEventListener('success', done);
          return request;
        }
        request.addEventListener('success', () => request.result === null && done());
        request.transaction?.addEventListener('complete', done);
        request.transaction?.addEventListener('abort', done);
        return request;
      };
    }
  }
}

/** Resolves once no database request has been in flight for `quietMs` (checked every 10 ms), or after `timeoutMs`. */
export async function databaseQuiet(quietMs = 100, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let quietSince = performance.now();
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (inFlight > 0) quietSince = performance.now();
    else if (performance.now() - quietSince >= quietMs) return;
  }
  console.warn(`The database was still busy after ${timeoutMs} ms; timing anyway.`);
}

countDatabaseRequests();


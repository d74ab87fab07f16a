// How a failed write is told to the user. One place decides, so a full disk reads the same
// everywhere (a form, a toast, a restore, an import, the last-resort banner) instead of
// "QuotaExceededError", and says that nothing typed or stored was lost.

export const STORAGE_FULL_MESSAGE = 'Steward could not save because the disk is full. Nothing was lost — free some space and try again.';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** The legacy DOMException code for QUOTA_EXCEEDED_ERR. */
const QUOTA_CODE = 22;

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  /** Dexie wraps the browser's error (an aborted transaction keeps its cause here). */
  readonly inner?: unknown;
  readonly cause?: unknown;
  /** Dexie.BulkError lists each failed operation. */
  readonly failures?: unknown;
}

/**
 * True when the error, or one it wraps, is the browser refusing a write for lack of space:
 * a QuotaExceededError DOMException, Dexie's QuotaExceededError, or either inside Dexie's
 * AbortError / BulkError; or a file write in main that failed with ENOSPC. Only error objects
 * count: a message that merely mentions quota does not.
 */
export function isStorageFull(error: unknown): boolean {
  return isQuotaError(error, 0);
}

function isQuotaError(error: unknown, depth: number): boolean {
  // Wrappers nest a level or two; the bound only guards against a cycle.
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as ErrorLike;
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (typeof DOMException !== 'undefined' && error instanceof DOMException && e.code === QUOTA_CODE) return true;
  // A file write in main (a backup, an export) reaches the page as text naming the errno.
  if (error instanceof Error && /\bENOSPC\b/.test(error.message)) return true;
  const wrapped = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
  return wrapped.some((inner) => isQuotaError(inner, depth + 1));
}

/** The text of any failure; a full disk gets its own sentence. */
export function messageOf(error: unknown): string {
  if (isStorageFull(error)) return STORAGE_FULL_MESSAGE;
  return error instanceof Error ? error.message : String(error);
}

/** "Could not save: <reason>", or the full-disk sentence alone (it already says what failed). */
export function failureMessage(what: string, error: unknown): string {
  return isStorageFull(error) ? STORAGE_FULL_MESSAGE : `${what}: ${messageOf(error)}`;
}

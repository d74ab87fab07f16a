// Only one window delivers reminders at a time: it holds a Web Lock for the page's
// lifetime, and when that page goes (closed, reloaded, crashed) a waiting one takes over.

export const LOCK_NAME = 'steward-reminders';

/**
 * Calls `onAcquired` once this page holds the lock; returns the function that gives it up.
 * Other single-window jobs (the backup scheduler) hold their own lock by name.
 */
export function holdDeliveryLock(onAcquired: () => void, onError: (error: unknown) => void, name: string = LOCK_NAME): () => void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) {
    // No Web Locks (an old engine, a unit test): this page is the only deliverer there can be.
    onAcquired();
    return () => undefined;
  }
  const abort = new AbortController();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  locks
    .request(name, { signal: abort.signal }, () => {
      onAcquired();
      return held;
    })
    .catch((error: unknown) => {
      // Aborted while still waiting: this page stopped before its turn came.
      if (!(error instanceof DOMException && error.name === 'AbortError')) onError(error);
    });
  return () => {
    abort.abort();
    release();
  };
}

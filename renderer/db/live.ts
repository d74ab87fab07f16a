// The page's only window onto the database's liveness (renderer/src imports neither Dexie
// nor the schema; lint enforces it): live queries for screens, "data changed" for the
// background jobs that follow writes, and one-off subscriptions outside React.
import Dexie from 'dexie';
import type { ObservabilitySet } from 'dexie';

/** A screen's live query: re-runs after any write in any window that touches what it read. */
export { useLiveQuery } from 'dexie-react-hooks';

/** Which stores and keys a committed write touched: `idb://<database>/<store>/<index>` keys. */
export type { ObservabilitySet } from 'dexie';

/** Calls `listener` after every committed write, in this window or another; returns the unsubscribe. */
export function onStorageMutated(listener: (parts: ObservabilitySet) => void): () => void {
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/** The names of database `dbName`'s stores that a write touched (none when it wrote elsewhere). */
export function storesTouched(parts: ObservabilitySet, dbName: string): string[] {
  const prefix = `idb://${dbName}/`;
  const stores = Object.keys(parts)
    .filter((part) => part.startsWith(prefix))
    .map((part) => part.slice(prefix.length).split('/', 1).join(''));
  return [...new Set(stores)];
}

/** Calls `onChange` after each committed write to database `dbName`, with the stores it touched. */
export function onDataChanged(dbName: string, onChange: (stores: readonly string[]) => void): () => void {
  return onStorageMutated((parts) => {
    const stores = storesTouched(parts, dbName);
    if (stores.length > 0) onChange(stores);
  });
}

/** Follows a query outside React: `next` with each result, again after every write it depends on. */
export function watchQuery<T>(query: () => Promise<T>, observer: { readonly next: (value: T) => void; readonly error: (error: unknown) => void }): () => void {
  const subscription = Dexie.liveQuery(query).subscribe(observer);
  return () => subscription.unsubscribe();
}

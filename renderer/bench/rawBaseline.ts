// The baseline the repository load is compared with: the same records written with the
// bare IndexedDB API into a scratch database that has the same stores and indexes as
// the app's (read from Dexie's schema), in one strict-durability transaction.
import type { StewardDb } from '../db/schema';

const RAW_DB_NAME = 'steward-bench-raw';

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function createStores(raw: IDBDatabase, db: StewardDb): void {
  for (const table of db.tables) {
    const { primKey, indexes } = table.schema;
    const store = raw.createObjectStore(table.name, { keyPath: primKey.keyPath ?? null });
    for (const index of indexes) store.createIndex(index.name, index.keyPath ?? '', { multiEntry: index.multi, unique: index.unique ?? false });
  }
}

async function openFresh(db: StewardDb): Promise<IDBDatabase> {
  await requestDone(indexedDB.deleteDatabase(RAW_DB_NAME));
  const open = indexedDB.open(RAW_DB_NAME, 1);
  open.onupgradeneeded = () => createStores(open.result, db);
  return requestDone(open);
}

/** Writes `tables` (store name → records) and resolves with the milliseconds the write took. */
export async function rawLoad(db: StewardDb, tables: Readonly<Record<string, readonly unknown[]>>): Promise<number> {
  const raw = await openFresh(db);
  try {
    const names = Object.keys(tables);
    const start = performance.now();
    const tx = raw.transaction(names, 'readwrite', { durability: 'strict' });
    for (const name of names) {
      const store = tx.objectStore(name);
      for (const record of tables[name] ?? []) store.add(record);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    return performance.now() - start;
  } finally {
    raw.close();
  }
}

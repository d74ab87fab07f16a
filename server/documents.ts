// Each document's Yjs state in PostgreSQL, through @hocuspocus/extension-database, plus a
// write-ahead log. Hocuspocus acknowledges a client's update (the provider's "synced") as
// soon as it is applied in memory and stores the document only after a debounce; a crash in
// between would lose what the client was told is safe. So every update a client sends is
// inserted into document_updates before Hocuspocus applies and acknowledges it; loading
// merges the stored state with the logged updates, and storing folds them in and deletes them.
import { Database as DatabaseExtension } from '@hocuspocus/extension-database';
import type { Extension, beforeSyncPayload } from '@hocuspocus/server';
import type pg from 'pg';
import * as Y from 'yjs';

/** y-protocols' sync message types that carry document content (step 2 and update). */
const CONTENT_MESSAGES = new Set([1, 2]);

/** The document's stored state with every logged update merged in, or null for a new one. */
export async function loadState(pool: pg.Pool, name: string): Promise<Uint8Array | null> {
  const [{ rows: stored }, { rows: logged }] = await Promise.all([
    pool.query<{ state: Buffer }>('select state from documents where name = $1', [name]),
    pool.query<{ update: Buffer }>('select update from document_updates where name = $1 order by id', [name]),
  ]);
  const parts = [...stored.map((r) => r.state), ...logged.map((r) => r.update)].map((b) => new Uint8Array(b));
  if (parts.length === 0) return null;
  const state = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
  // Updates left in the log (the server stopped before storing them): fold them now, as a
  // document only read after a crash would otherwise never be stored again.
  if (logged.length > 0) await storeState(pool, name, state);
  return state;
}

/**
 * Writes `state` merged with the stored state and the logged updates as the document's
 * stored state (an update logged but not yet applied in memory is merged here, so none is
 * dropped), and deletes those updates, in one transaction per document. The advisory lock
 * makes every writer of one document (this instance's debounce, a load folding the log,
 * another instance) take turns, and each merges what the last one wrote: stores add up.
 */
export async function storeState(pool: pg.Pool, name: string, state: Uint8Array): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [name]);
    const { rows: stored } = await client.query<{ state: Buffer }>('select state from documents where name = $1', [name]);
    const { rows } = await client.query<{ id: string; update: Buffer }>('select id, update from document_updates where name = $1 order by id', [name]);
    // The stored state is merged in too: another server instance may have stored (and folded
    // the log of) changes this one has not received yet; Yjs merges drop what is duplicated.
    const parts = [...stored.map((r) => r.state), ...rows.map((r) => r.update)].map((b) => new Uint8Array(b));
    const merged = parts.length === 0 ? state : Y.mergeUpdates([state, ...parts]);
    await client.query(
      'insert into documents (name, state, updated_at) values ($1, $2, now()) on conflict (name) do update set state = excluded.state, updated_at = excluded.updated_at',
      [name, Buffer.from(merged)],
    );
    // By the ids read, not "up to the last one": an update whose insert took a lower id but
    // committed after the read above (another instance logging it meanwhile) is not in `merged`.
    if (rows.length > 0) await client.query('delete from document_updates where id = any($1::bigint[])', [rows.map((r) => r.id)]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Logs a client's update before Hocuspocus applies it (not a viewer's: Hocuspocus refuses those). */
async function logBeforeApply(pool: pg.Pool, data: beforeSyncPayload): Promise<void> {
  if (!CONTENT_MESSAGES.has(data.type) || data.connection.readOnly) return;
  // Nothing new for this document (a reconnecting client's step 2 usually): nothing to keep.
  if (Y.snapshotContainsUpdate(Y.snapshot(data.document), data.payload)) return;
  await pool.query('insert into document_updates (name, update) values ($1, $2)', [data.documentName, Buffer.from(data.payload)]);
}

export function persistence(pool: pg.Pool): Extension[] {
  const writeAhead: Extension = { extensionName: 'WriteAheadLog', beforeSync: (data) => logBeforeApply(pool, data) };
  const database = new DatabaseExtension({
    fetch: ({ documentName }) => loadState(pool, documentName),
    store: ({ documentName, state }) => storeState(pool, documentName, state),
  });
  return [writeAhead, database];
}

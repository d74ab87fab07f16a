// What a Yjs transaction on a partnership's documents changed, in the app's terms: which
// records, which of their fields, from what to what; and which of those changes overwrote,
// or lost against, a value this machine had written without having seen the other one
// (a conflict the user is shown). Call from an observeDeep handler: the items a transaction
// replaced are only readable until it ends.
import * as Y from 'yjs';
import type { SyncedTable } from './fields';
import { isSyncedTable } from './fields';
import type { Fields } from './documents';
import { isSameValue, memberOfClient } from './documents';

/** An event as observeDeep hands it over (Yjs types its target loosely), and the type it targets. */
export type DeepEvent = Parameters<Parameters<Y.Map<unknown>['observeDeep']>[0]>[0][number];
type AnyType = DeepEvent['target'];

/** One record changed by a transaction: the fields it touched, with the record before and after. */
export interface RecordChange {
  readonly table: SyncedTable;
  readonly id: string;
  readonly fields: readonly string[];
  /** The record's fields in this document before the transaction (undefined: it was not there). */
  readonly before: Fields | undefined;
  /** The record's fields in this document after it. */
  readonly after: Fields;
  /** The Yjs clients whose writes this transaction brought to the record (memberOfClient names them). */
  readonly clients: readonly number[];
}

/** A field that two machines changed without either seeing the other's value. */
export interface FieldConflict {
  readonly table: SyncedTable;
  readonly id: string;
  readonly field: string;
  /** The value this machine had written. */
  readonly ours: unknown;
  /** The other machine's value. */
  readonly theirs: unknown;
  /** Which one the merge kept: 'theirs' replaced ours, or 'ours' stayed and theirs was dropped. */
  readonly kept: 'ours' | 'theirs';
  /** The member whose client wrote theirs, when the document names one. */
  readonly by: string | undefined;
  /** When they changed it: the updatedAt their client wrote with theirs (ISO UTC), when the document still holds it. */
  readonly changedAt?: string;
}

/** Fields whose conflicts say nothing to a user: every edit sets them. */
const UNSHOWN_FIELDS = new Set(['updatedAt', 'createdAt', 'id', 'partnershipId']);

/** The table of a table's map (a top-level Y.Map named after a synced table). */
function tableOf(type: AnyType): SyncedTable | undefined {
  if (type._item !== null) return undefined;
  const name = topName(type);
  return name !== undefined && isSyncedTable(name) ? name : undefined;
}

/** The name of a top-level type in its document. */
function topName(type: AnyType): string | undefined {
  const doc = type.doc;
  if (!doc) return undefined;
  for (const [name, value] of doc.share) if (value === type) return name;
  return undefined;
}

/** The table and id of a record map (a Y.Map inside a table's map). */
function recordMapPath(map: AnyType): { table: SyncedTable; id: string } | undefined {
  const item = map._item;
  if (!item || typeof item.parentSub !== 'string') return undefined;
  const table = tableOf(item.parent as AnyType);
  return table !== undefined ? { table, id: item.parentSub } : undefined;
}

/** The record's fields before the event, from its map's current fields and the event's old values. */
function fieldsBefore(map: Y.Map<unknown>, event: Y.YMapEvent<unknown>): Fields {
  const before: Record<string, unknown> = map.toJSON();
  for (const [field, change] of event.changes.keys) {
    if (change.action === 'add') delete before[field];
    else before[field] = change.oldValue;
  }
  return before;
}

/**
 * The records a transaction changed, from the events observeDeep gave for one table-holding
 * document (a record added whole, or fields of a record changed; several events for one
 * record are merged).
 */
export function recordChangesOf(events: readonly DeepEvent[]): RecordChange[] {
  const byKey = new Map<string, { table: SyncedTable; id: string; fields: Set<string>; before: Fields | undefined; after: Fields; clients: Set<number> }>();
  const note = (table: SyncedTable, id: string, fields: Iterable<string>, before: Fields | undefined, after: Fields, clients: Iterable<number>) => {
    const key = `${table}\u0000${id}`;
    const seen = byKey.get(key);
    if (seen) {
      for (const f of fields) seen.fields.add(f);
      for (const c of clients) seen.clients.add(c);
      seen.after = after;
    } else byKey.set(key, { table, id, fields: new Set(fields), before, after, clients: new Set(clients) });
  };
  for (const event of events) {
    if (!(event instanceof Y.YMapEvent)) continue;
    const table = tableOf(event.target);
    if (table) {
      // A table's map: records added (or replaced) whole.
      const rows = event.target as Y.Map<unknown>;
      for (const [id, change] of event.changes.keys) {
        const map = rows.get(id);
        if (!(map instanceof Y.Map)) continue;
        const after = map.toJSON() as Fields;
        const before = change.action !== 'add' && change.oldValue instanceof Y.Map ? (change.oldValue.toJSON() as Fields) : undefined;
        note(table, id, Object.keys(after), before, after, map._item ? [map._item.id.client] : []);
      }
      continue;
    }
    const path = recordMapPath(event.target);
    if (!path) continue;
    const map = event.target as Y.Map<unknown>;
    const fields = [...event.changes.keys.keys()];
    const clients = fields.map((f) => map._map.get(f)).flatMap((item) => (item && event.adds(item) ? [item.id.client] : []));
    if (fields.length > 0) note(path.table, path.id, fields, fieldsBefore(map, event as Y.YMapEvent<unknown>), map.toJSON() as Fields, clients);
  }
  return [...byKey.values()].map(({ fields, clients, ...rest }) => ({ ...rest, fields: [...fields].sort(), clients: [...clients].sort((a, b) => a - b) }));
}

const valueOf = (item: Y.Item): unknown => item.content.getContent().at(-1);

/** Whether `item`'s writer had seen `seen`: its origin chain, through the items this transaction added, reaches it. */
function hadSeen(event: DeepEvent, item: Y.Item, seen: Y.Item): boolean {
  let origin = item.origin;
  let cursor: Y.Item | null = item.left;
  while (origin !== null) {
    if (Y.compareIDs(origin, seen.id)) return true;
    while (cursor !== null && !Y.compareIDs(cursor.id, origin)) cursor = cursor.left;
    if (cursor === null || !event.adds(cursor)) return false;
    origin = cursor.origin;
  }
  return false;
}

/**
 * The record's updatedAt as the client that wrote `theirs` set it: the same edit wrote both.
 * The record's current updatedAt may be another machine's (each field merges on its own),
 * so the map's updatedAt items are searched for that client's newest readable one.
 */
function updatedAtBy(map: Y.Map<unknown>, theirs: Y.Item): string | undefined {
  for (let item = map._map.get('updatedAt') ?? null; item !== null; item = item.left) {
    if (item.id.client !== theirs.id.client || item.content instanceof Y.ContentDeleted) continue;
    const value = valueOf(item);
    if (typeof value === 'string') return value;
  }
  return undefined;
}

function changedAtOf(map: Y.Map<unknown>, theirs: Y.Item): { changedAt?: string } {
  const changedAt = updatedAtBy(map, theirs);
  return changedAt === undefined ? {} : { changedAt };
}

/** The conflict on one field of a record map, if the transaction made one. */
function conflictOn(event: Y.YMapEvent<unknown>, field: string, isOurs: (client: number) => boolean): Omit<FieldConflict, 'table' | 'id'> | undefined {
  const map = event.target as Y.Map<unknown>;
  const current = map._map.get(field);
  if (!current || current.deleted) return undefined;
  const memberOf = (item: Y.Item) => (map.doc ? memberOfClient(map.doc, item.id.client) : undefined);
  if (event.adds(current)) {
    // Theirs replaced the value this machine held: a conflict when that value was ours and their writer never saw it.
    let previous = current.left;
    while (previous !== null && event.adds(previous)) previous = previous.left;
    if (previous === null || !event.deletes(previous) || !isOurs(previous.id.client) || hadSeen(event, current, previous)) return undefined;
    const [ours, theirs] = [valueOf(previous), valueOf(current)];
    return isSameValue(ours, theirs) ? undefined : { field, ours, theirs, kept: 'theirs', by: memberOf(current), ...changedAtOf(map, current) };
  }
  // Ours stayed: a value the transaction added left of it lost, without its writer having seen ours.
  if (!isOurs(current.id.client)) return undefined;
  const loser = current.left;
  // A loser whose value arrived already dropped was settled by a machine that saw both (and said so there).
  if (loser === null || !event.adds(loser) || loser.content instanceof Y.ContentDeleted) return undefined;
  const [ours, theirs] = [valueOf(current), valueOf(loser)];
  return isSameValue(ours, theirs) ? undefined : { field, ours, theirs, kept: 'ours', by: memberOf(loser), ...changedAtOf(map, loser) };
}

/**
 * The fields a (remote) transaction changed that this machine had also changed, each
 * writer not having seen the other's value. `isOurs` says whether a client id is one of
 * this machine's (its documents get a new client id each session, so the caller keeps the list).
 */
export function conflictsOf(events: readonly DeepEvent[], isOurs: (client: number) => boolean): FieldConflict[] {
  const out: FieldConflict[] = [];
  for (const event of events) {
    if (!(event instanceof Y.YMapEvent)) continue;
    const path = recordMapPath(event.target);
    if (!path) continue;
    for (const field of event.keysChanged) {
      if (typeof field !== 'string' || UNSHOWN_FIELDS.has(field)) continue;
      const conflict = conflictOn(event as Y.YMapEvent<unknown>, field, isOurs);
      if (conflict) out.push({ table: path.table, id: path.id, ...conflict });
    }
  }
  return out;
}

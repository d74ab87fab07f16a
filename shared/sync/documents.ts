// One partnership as two Yjs documents (DESIGN.md "Teams"): in each, a table is a Y.Map keyed
// by record id and a record a nested Y.Map of its fields, so edits to different fields of one
// record made on two machines both survive a merge. A field's value is plain JSON, replaced
// whole: a list or an object (a partnership's tags, a health check's scores, an intent's goals)
// is one field, so two concurrent edits of it keep one side's list whole — never a mix of two
// lists that no one wrote (a goal list with a half-edited goal) — and the other side's value
// becomes a conflict the user sees (conflicts.ts).
import * as Y from 'yjs';
import type { DocKind, SyncedTable } from './fields';
import { SYNCED_TABLES, docOfField, partnershipOfRecord } from './fields';
import { partnershipDocumentName } from './protocol';

/** A partnership's two documents. */
export interface PartnershipDocs {
  readonly partnershipId: string;
  readonly shared: Y.Doc;
  readonly internal: Y.Doc;
}

export type Fields = Readonly<Record<string, unknown>>;

/** A record to write into the documents: its table and its fields as stored. */
export interface RecordEntry {
  readonly table: SyncedTable;
  /** Any stored record (an interface type has no index signature, hence object). */
  readonly record: object;
  /** Only these fields (a local edit's changed fields); without it, every field of the record. */
  readonly fields?: readonly string[];
}

/** The names the server knows the documents by (protocol.ts, shared with the server). */
export const docNames = (partnershipId: string) => ({ shared: partnershipDocumentName(partnershipId, 'shared'), internal: partnershipDocumentName(partnershipId, 'internal') }) as const;

/** The map in which each client's id is written with the member it belongs to ("changed by Alice"). */
export const MEMBERS_MAP = '~members';

export function createPartnershipDocs(partnershipId: string): PartnershipDocs {
  return { partnershipId, shared: new Y.Doc(), internal: new Y.Doc() };
}

export const docOf = (docs: PartnershipDocs, kind: DocKind): Y.Doc => (kind === 'shared' ? docs.shared : docs.internal);

const tableMap = (doc: Y.Doc, table: SyncedTable): Y.Map<Y.Map<unknown>> => doc.getMap(table);

/** Same JSON value, whatever the key order of its objects. */
export function isSameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1))) : v));
}

/** The record's fields that belong in a document of this kind. */
function fieldsFor(table: SyncedTable, record: Fields, kind: DocKind): [string, unknown][] {
  return Object.entries(record).filter(([field, value]) => value !== undefined && docOfField(table, field) === kind);
}

/** Writes one record's fields of one kind into `doc`, only where they differ; returns how many changed. */
function writeFields(doc: Y.Doc, table: SyncedTable, record: Fields, kind: DocKind, only: readonly string[] | undefined): number {
  const id = String(record.id);
  const wanted = fieldsFor(table, record, kind).filter(([field]) => only === undefined || only.includes(field));
  const rows = tableMap(doc, table);
  let map = rows.get(id);
  if (!map) {
    if (wanted.length === 0) return 0;
    map = new Y.Map<unknown>();
    rows.set(id, map);
  }
  let changed = 0;
  for (const [field, value] of wanted) {
    if (map.has(field) && isSameValue(map.get(field), value)) continue;
    map.set(field, value);
    changed += 1;
  }
  // A field the record no longer has (a reopened commitment's doneOn) leaves the document.
  const kept = new Set(wanted.map(([field]) => field));
  for (const field of [...map.keys()]) {
    if (kept.has(field) || (only !== undefined && !only.includes(field))) continue;
    map.delete(field);
    changed += 1;
  }
  return changed;
}

/** The fields whose value differs between two versions of a record (added and removed ones too). */
export function changedFields(beforeRecord: object, afterRecord: object): string[] {
  const [before, after] = [beforeRecord as Fields, afterRecord as Fields];
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !isSameValue(before[field], after[field])).sort();
}

/**
 * Writes these records into the partnership's documents, each field into its document, only
 * where the value differs (an unchanged field is never rewritten: that is what lets another
 * machine's edit of it win), in one transaction per document with `origin`. Returns the
 * number of fields written.
 */
export function writeRecords(docs: PartnershipDocs, entries: readonly RecordEntry[], origin: unknown, member?: string): number {
  let changed = 0;
  for (const kind of ['shared', 'internal'] as const) {
    const doc = docOf(docs, kind);
    doc.transact(() => {
      let here = 0;
      for (const { table, record: stored, fields } of entries) {
        const record = stored as Fields;
        if (partnershipOfRecord(table, record) !== docs.partnershipId) throw new Error(`A ${table} record of partnership ${partnershipOfRecord(table, record)} was written into the documents of ${docs.partnershipId}.`);
        here += writeFields(doc, table, record, kind, fields);
      }
      if (here > 0 && member !== undefined) nameClient(doc, member);
      changed += here;
    }, origin);
  }
  return changed;
}

/** Says which member this document's client is, once (inside a transaction that writes). */
function nameClient(doc: Y.Doc, member: string): void {
  const members = doc.getMap<string>(MEMBERS_MAP);
  const key = String(doc.clientID);
  if (members.get(key) !== member) members.set(key, member);
}

/** The member a client id of this document belongs to, when one was named. */
export function memberOfClient(doc: Y.Doc, clientId: number): string | undefined {
  return doc.getMap<string>(MEMBERS_MAP).get(String(clientId));
}

/** One record as the documents hold it (its fields from both), or undefined when neither has it. */
export function readRecord(docs: PartnershipDocs, table: SyncedTable, id: string): Fields | undefined {
  const parts = [tableMap(docs.shared, table).get(id), tableMap(docs.internal, table).get(id)].filter((m): m is Y.Map<unknown> => m !== undefined);
  if (parts.length === 0) return undefined;
  return Object.assign({}, ...parts.map((m) => m.toJSON())) as Fields;
}

/** Every record of every synced table the documents hold, by table, in id order. */
export function readAllRecords(docs: PartnershipDocs): Readonly<Record<SyncedTable, Fields[]>> {
  const out = {} as Record<SyncedTable, Fields[]>;
  for (const table of SYNCED_TABLES) {
    const ids = new Set([...tableMap(docs.shared, table).keys(), ...tableMap(docs.internal, table).keys()]);
    out[table] = [...ids].sort().map((id) => readRecord(docs, table, id)!);
  }
  return out;
}

/** The record ids of one table a document holds. */
export const recordIds = (doc: Y.Doc, table: SyncedTable): string[] => [...tableMap(doc, table).keys()];

/** Whether both documents hold some of the record's fields (a record's two halves travel apart). */
export const isInBothDocs = (docs: PartnershipDocs, table: SyncedTable, id: string): boolean => tableMap(docs.shared, table).has(id) && tableMap(docs.internal, table).has(id);

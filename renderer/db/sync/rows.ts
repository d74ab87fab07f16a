// The rows of the team-sync tables (schema version 12): this machine's, never backed up.
import type { SyncedTable } from '@shared/sync/fields';

/** One Yjs update of one document, as it was made or received; a document loads by applying its rows in order. */
export interface SyncUpdateRow {
  readonly seq?: number;
  /** The document's name (docNames in shared/sync/documents.ts). */
  readonly doc: string;
  readonly update: Uint8Array;
}

/** A record a committed local transaction wrote, until it is in its partnership's documents. */
export interface SyncOutboxRow {
  /** `${table}/${recordId}`. */
  readonly key: string;
  readonly table: SyncedTable;
  readonly recordId: string;
  readonly partnershipId: string;
}

/** What this machine knows about one document besides its content. */
export interface SyncDocRow {
  readonly doc: string;
  readonly partnershipId: string;
  /** The Yjs client ids this machine has written the document with (one per session): "ours" in a conflict. */
  readonly clients: readonly number[];
}

/**
 * A field two machines changed without seeing each other's value, as this machine saw it
 * when the merge arrived: both values, who wrote the other one and when, and which one the
 * record now holds. restoreConflictValue puts the other one back.
 */
export interface SyncConflict {
  readonly id: string;
  readonly partnershipId: string;
  readonly table: SyncedTable;
  readonly recordId: string;
  readonly field: string;
  /** The value this machine had written (undefined: the field was absent). */
  readonly ours: unknown;
  /** The other machine's value. */
  readonly theirs: unknown;
  /** Which value the record holds after the merge. */
  readonly kept: 'ours' | 'theirs';
  /** The member who wrote theirs, when their document names one. */
  readonly by?: string;
  /** When they changed it: their record's updatedAt (ISO UTC), when known. */
  readonly changedAt?: string;
  /** When this machine saw the merge (ISO UTC). */
  readonly at: string;
  /** When the user put the other value back (ISO UTC); undoing that clears it. */
  readonly restoredAt?: string;
  /** When the user closed the conflict, whichever value the record holds (ISO UTC): no longer listed. */
  readonly dismissedAt?: string;
}

// What tests/bench/syncBench.ts (Node) asks the benchmark page's sync part (syncBench.ts) to
// do: plain data, so both sides' type checks read it (no DOM or Dexie types here).

export interface SyncPullRequest {
  readonly url: string;
  readonly token: string;
  readonly member: string;
  /** How many records the server holds: the pull is done when the tables have them all. */
  readonly records: number;
  /** How many partnerships: the documents are all here when this many are connected and synced. */
  readonly partnerships: number;
}

export interface SyncAwaitRequest {
  /** A synced table (shared/sync/fields.ts SYNCED_TABLES). */
  readonly table: string;
  readonly id: string;
  readonly field: string;
  readonly value: string;
}

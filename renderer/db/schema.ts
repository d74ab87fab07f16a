// The one Dexie database. Schema history is append-only (STYLE.md rule 7): never
// edit a shipped version's stores; add version N+1 with an upgrade function and a
// test that opens a database written at version N.
import Dexie from 'dexie';
import type { EntityTable, Table, Transaction } from 'dexie';
import type {
  Activity,
  Cadence,
  Commitment,
  Decision,
  ExchangeRate,
  GoalMeasurement,
  HealthCheck,
  IntentVersion,
  MeetingPrep,
  OccurrenceRecord,
  Opportunity,
  Partnership,
  ReminderState,
  ReviewSummary,
  Settings,
  Stakeholder,
  Touchpoint,
  ValueEvent,
} from '@shared/domain';
import type { SyncConflict, SyncDocRow, SyncOutboxRow, SyncUpdateRow } from './sync/rows';
import type { SyncRecorder } from './writePath';
import type { ExcerptRecords, PartnershipExcerpt, StoredExcerpt } from '@shared/partnershipExcerpt';
import { excerptPartnership } from '@shared/partnershipExcerpt';
import { assignGoalIds, withRolesList } from '@shared/domain';
import { newId } from './ids';

export const DB_NAME = 'steward';

/** Version 1, as shipped. Indexes serve the designed screens (DESIGN.md "What the user does"). */
export const STORES_V1 = {
  partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
  intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
  stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
  cadences: 'id, partnershipId, status, updatedAt',
  occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt',
  touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt',
  decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
  commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
  healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt',
  reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
  activity: 'id, at, [partnershipId+at], entityId',
  settings: 'id',
} as const;

/**
 * Version 2: indexes for the portfolio-wide reads behind Attention and Portfolio, so they
 * read only what can matter now (measured by `npm run bench`). Only indexes are added:
 * records keep their version 1 shape, so no upgrade function is needed.
 * - occurrences.occurrence: every cadence's records in a time window in one range read,
 *   instead of one query per cadence;
 * - touchpoints.[cadenceId+occurredOn]: when a flexible cadence was last held;
 * - healthChecks.[partnershipId+perspective+assessedOn]: the latest checks of each side.
 */
export const STORES_V2 = {
  ...STORES_V1,
  occurrences: `${STORES_V1.occurrences}, occurrence`,
  touchpoints: `${STORES_V1.touchpoints}, [cadenceId+occurredOn]`,
  healthChecks: `${STORES_V1.healthChecks}, [partnershipId+perspective+assessedOn]`,
} as const;

/**
 * Version 3: the former digest store, each partnership's derived summary row (the code that
 * kept it is gone since version 7 replaced it with the excerpts), so Attention and Portfolio
 * read one small row per partnership; [partnershipId+stamp] let a reader holding rows in
 * memory see which changed from the index keys alone. Derived data: not in backups.
 */
export const STORES_V3 = {
  ...STORES_V2,
  digests: 'partnershipId, [partnershipId+stamp]',
} as const;

/**
 * Version 4: the former digest store keyed by [partnershipId+stamp], so a reader learned every
 * stored row's stamp from the primary keys in one request (the version 3 index took a cursor
 * step per partnership); and occurrences.[partnershipId+occurrence], so a partnership's
 * recent records are one range read, not one per cadence. The rows were derived: the version
 * 3 store is dropped; records keep their shape, so no upgrade function is needed.
 */
export const STORES_V4 = {
  ...STORES_V3,
  digests: null,
  occurrences: `${STORES_V2.occurrences}, [partnershipId+occurrence]`,
  partnershipDigests: '[partnershipId+stamp], partnershipId',
} as const;

/**
 * Version 5: `meta`, small facts about the database itself, never backed up or restored.
 * Its `instance` row is this database's own id, made when the database is created (or
 * upgraded to version 5): the marker kept outside the database (shared/dataMarker.ts)
 * remembers it, so a database that Chromium silently replaced is told from the one the
 * user had. Records keep their shape.
 */
export const STORES_V5 = {
  ...STORES_V4,
  meta: 'key',
} as const;

/**
 * Version 6: a stakeholder holds several alliance roles, `roles: [...]`, where versions 1
 * to 5 stored one `role`; the upgrade turns each `role` into `roles: [role]`. The field is
 * not indexed, so the stores are version 5's.
 */
export const STORES_V6 = STORES_V5;

/**
 * Version 7: each partnership's excerpt (shared/partnershipExcerpt.ts), written by the repositories in the same transaction as
 * the records it is made of (renderer/db/excerpts.ts), replaces the former digest store, whose
 * rows readers built and stored on the side. Derived data, not in backups: the upgrade builds every
 * partnership's excerpt from its records.
 */
export const STORES_V7 = {
  ...STORES_V6,
  partnershipDigests: null,
  partnershipExcerpts: 'partnershipId',
} as const;

/**
 * Version 8: meeting preparations (shared/domain/meetingPrep.ts): a meeting's agenda and our
 * private notes, found by [cadenceId+occurrence] for a cadence's occurrence (an ad-hoc
 * meeting's has cadenceId '' and is found by id). A new table only: no upgrade function.
 */
export const STORES_V8 = {
  ...STORES_V7,
  meetingPreps: 'id, partnershipId, [cadenceId+occurrence], updatedAt',
} as const;

/**
 * Version 9 (8 is the meeting preparations'): proving value. Each goal of the charter gets a
 * stable `id`, carried across intent versions where the statement matches (the upgrade,
 * shared/domain/goalIds.ts); new tables hold goal measurements, opportunities (by
 * [partnershipId+externalId], so a CRM re-import finds what it updates), value events and
 * the exchange rates the user enters. The excerpts are built again from the upgraded records.
 */
export const STORES_V9 = {
  ...STORES_V8,
  goalMeasurements: 'id, partnershipId, [partnershipId+goalId], updatedAt',
  opportunities: 'id, partnershipId, [partnershipId+externalId], updatedAt',
  valueEvents: 'id, partnershipId, [partnershipId+occurredOn], updatedAt',
  exchangeRates: 'id, [from+to+asOf], updatedAt',
} as const;

/**
 * Version 10: the executive summary saved with a quarterly review (shared/domain/reviewSummary.ts),
 * one per partnership and quarter, found by [partnershipId+quarter]. A new table only: no
 * upgrade function.
 */
export const STORES_V10 = {
  ...STORES_V9,
  reviewSummaries: 'id, partnershipId, [partnershipId+quarter], updatedAt',
} as const;

/**
 * Version 11: the excerpts are indexed by [partnershipId+revision], so a screen that read them
 * before reads only this index's keys to learn which rows changed, and fetches just those
 * (renderer/db/attentionQuery.ts). Rows without a revision (built by the version 7 and 9
 * upgrades) are given one, so every row is in the index.
 */
export const STORES_V11 = {
  ...STORES_V10,
  partnershipExcerpts: 'partnershipId, [partnershipId+revision]',
} as const;

/**
 * Version 12: team sync (renderer/db/sync). Each
 * partnership's Yjs documents as the updates that made them (`syncUpdates`, by document name,
 * compacted into one row when a document loads), the records local transactions wrote that have
 * not reached their documents yet (`syncOutbox`, written in the same transaction as the record,
 * so a write the app closed on is sent at the next open), each document's sync facts (`syncDocs`: the
 * client ids this machine wrote it with, so a conflict knows "ours"), and the conflicts a merge
 * showed this machine (`syncConflicts`). Device-local, never backed up. New tables only: no
 * upgrade function.
 */
export const STORES_V12 = {
  ...STORES_V11,
  syncUpdates: '++seq, doc',
  syncDocs: 'doc',
  syncConflicts: 'id, partnershipId, [table+recordId], at',
  syncOutbox: 'key, partnershipId',
} as const;

/**
 * Version 13: each excerpt's revision also stands in `excerptRevisions`, a row of
 * { partnershipId, revision } per excerpt written in the same transaction as it
 * (renderer/db/excerpts.ts), so a screen that read the excerpts before learns which rows
 * changed from one getAll of these small rows (renderer/db/attentionQuery.ts) instead of
 * the primary keys and a cursor step per row over the version 11 index, which nothing reads
 * now and is dropped. The upgrade writes a revision row for every stored excerpt.
 */
export const STORES_V13 = {
  ...STORES_V12,
  partnershipExcerpts: 'partnershipId',
  excerptRevisions: 'partnershipId',
} as const;

/**
 * Version 14: opportunities are indexed by `stage` and by `[stage+deletedAt]`, so Settings
 * counts the live opportunities of each stage from the indexes instead of reading every
 * opportunity (renderer/db/value.ts). Indexes only: no upgrade function.
 */
export const STORES_V14 = {
  ...STORES_V13,
  opportunities: 'id, partnershipId, [partnershipId+externalId], updatedAt, stage, [stage+deletedAt]',
} as const;

export const SCHEMA_VERSION = 14;

/** A row of the excerptRevisions table: the revision of the partnership's stored excerpt. */
export interface ExcerptRevision {
  readonly partnershipId: string;
  readonly revision: string;
}

/** A row of the meta table. */
export interface MetaRow {
  /** instance: the database's id; team-token: the team invitation (a secret, hence here and never in a backup); sync-confirmed:<doc>: what the team server confirmed of a document; sync-granted: the partnerships its last access list gave. */
  readonly key: 'instance' | 'team-token' | 'sync-granted' | `sync-confirmed:${string}`;
  readonly value: string;
  /** ISO UTC. */
  readonly createdAt: string;
}

export function newInstanceRow(now: Date): MetaRow {
  return { key: 'instance', value: crypto.randomUUID(), createdAt: now.toISOString() };
}

/** Every partnership's excerpt from the records, at the upgrades to versions 7 and 9 (the builder picks each one's own). */
async function buildEveryExcerpt(tx: Transaction): Promise<void> {
  await tx.table('partnershipExcerpts').clear();
  const kinds = ['cadences', 'occurrences', 'touchpoints', 'commitments', 'healthChecks', 'intentVersions'] as const;
  const [partnerships, ...lists] = await Promise.all([tx.table<Partnership, string>('partnerships').toArray(), ...kinds.map((kind) => tx.table(kind).toArray())]);
  const records = Object.fromEntries(kinds.map((kind, i) => [kind, lists[i]])) as unknown as ExcerptRecords;
  await tx.table<PartnershipExcerpt, string>('partnershipExcerpts').bulkAdd(partnerships.map((p) => excerptPartnership(p.id, records)));
}

/** A revision row for every stored excerpt, at the upgrade to version 13; a row without a revision (none after version 11's upgrade) gets one. */
async function writeEveryRevision(tx: Transaction): Promise<void> {
  const excerpts = tx.table<StoredExcerpt, string>('partnershipExcerpts');
  const rows = await excerpts.toArray();
  const revisions = rows.map((row): ExcerptRevision => ({ partnershipId: row.partnershipId, revision: row.revision ?? newId() }));
  await excerpts.bulkPut(rows.flatMap((row, i) => (row.revision === undefined ? [{ ...row, revision: revisions[i]!.revision }] : [])));
  await tx.table<ExcerptRevision, string>('excerptRevisions').bulkAdd(revisions);
}

export interface StewardDbOptions {
  /** Another IndexedDB factory than the page's default: a storage bucket's (renderer/db/location.ts). */
  readonly indexedDB?: IDBFactory;
}

export class StewardDb extends Dexie {
  partnerships!: EntityTable<Partnership, 'id'>;
  intentVersions!: EntityTable<IntentVersion, 'id'>;
  stakeholders!: EntityTable<Stakeholder, 'id'>;
  cadences!: EntityTable<Cadence, 'id'>;
  occurrences!: EntityTable<OccurrenceRecord, 'id'>;
  touchpoints!: EntityTable<Touchpoint, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  commitments!: EntityTable<Commitment, 'id'>;
  healthChecks!: EntityTable<HealthCheck, 'id'>;
  meetingPreps!: EntityTable<MeetingPrep, 'id'>;
  reminders!: EntityTable<ReminderState, 'key'>;
  activity!: EntityTable<Activity, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  goalMeasurements!: EntityTable<GoalMeasurement, 'id'>;
  opportunities!: EntityTable<Opportunity, 'id'>;
  valueEvents!: EntityTable<ValueEvent, 'id'>;
  exchangeRates!: EntityTable<ExchangeRate, 'id'>;
  reviewSummaries!: EntityTable<ReviewSummary, 'id'>;
  partnershipExcerpts!: Table<StoredExcerpt, string>;
  excerptRevisions!: Table<ExcerptRevision, string>;
  meta!: Table<MetaRow, string>;
  syncUpdates!: Table<SyncUpdateRow, number>;
  syncDocs!: Table<SyncDocRow, string>;
  syncConflicts!: Table<SyncConflict, string>;
  syncOutbox!: Table<SyncOutboxRow, string>;
  /** Team sync's part in the write path while sync is on (writePath.ts; set by renderer/db/sync's createSyncContext). */
  syncRecorder: SyncRecorder | undefined = undefined;

  constructor(name: string = DB_NAME, options: StewardDbOptions = {}) {
    // Strict durability: this is user-entered data, and the cost is small (TOOLCHAIN.md).
    super(name, { chromeTransactionDurability: 'strict', ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}) });
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2);
    this.version(3).stores(STORES_V3);
    this.version(4).stores(STORES_V4);
    this.version(5)
      .stores(STORES_V5)
      .upgrade((tx) => tx.table<MetaRow, string>('meta').put(newInstanceRow(new Date())));
    this.version(6)
      .stores(STORES_V6)
      .upgrade((tx) =>
        tx
          .table('stakeholders')
          .toCollection()
          .modify((row: object, ref: { value: unknown }) => {
            ref.value = withRolesList(row);
          }),
      );
    this.version(7)
      .stores(STORES_V7)
      .upgrade((tx) => buildEveryExcerpt(tx));
    this.version(8).stores(STORES_V8);
    this.version(9)
      .stores(STORES_V9)
      .upgrade(async (tx) => {
        const versions = tx.table<IntentVersion, string>('intentVersions');
        await versions.bulkPut(assignGoalIds(await versions.toArray()));
        await buildEveryExcerpt(tx);
      });
    this.version(10).stores(STORES_V10);
    this.version(11)
      .stores(STORES_V11)
      .upgrade((tx) =>
        tx
          .table('partnershipExcerpts')
          .toCollection()
          .modify((row: { revision?: string }) => {
            row.revision ??= newId();
          }),
      );
    this.version(12).stores(STORES_V12);
    this.version(13)
      .stores(STORES_V13)
      .upgrade((tx) => writeEveryRevision(tx));
    this.version(14).stores(STORES_V14);
    // A new database gets its id at once (Dexie runs populate instead of upgrades then).
    this.on('populate', (tx) => {
      void tx.table<MetaRow, string>('meta').add(newInstanceRow(new Date()));
    });
  }
}


// Schema history is append-only (STYLE.md rule 7): a database written by an earlier
// version, with data in it, must open at the current version with nothing lost.
//
// Each shipped version's stores are written out here as literals, frozen: the app's
// renderer/db/schema.ts may be refactored, but what an installed Steward wrote to disk
// cannot change. To ship version N+1, append one entry to SHIPPED (its stores in full and,
// if records change shape, how); every earlier version is then opened at N+1 by the
// tests below, and the last test fails until the new entry matches the app's schema.
import Dexie from 'dexie';
import type { IndexableType, IndexSpec } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { rankAttention } from '@shared/attention';
import { parseBackup } from '@shared/backup/parse';
import type { ExcerptRecords } from '@shared/partnershipExcerpt';
import { excerptPartnership } from '@shared/partnershipExcerpt';
import type { IntentVersion, PortfolioSnapshot, ReminderState, Settings } from '@shared/domain';
import { assignGoalIds, defaultSettings } from '@shared/domain';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import { forgetRememberedAnswers, loadAttentionSnapshot, loadPortfolioExcerpts } from '../../../renderer/db/attentionQuery';
import { exportBackup, restoreBackup } from '../../../renderer/db/backup';
import { readExportSnapshot } from '../../../renderer/db/exportSnapshot';
import { saveMeetingPrep } from '../../../renderer/db/meetingPreps';
import { findReviewSummary, saveReviewSummary } from '../../../renderer/db/reviewSummaries';
import { addSnapshot } from '../../../renderer/db/snapshot';
import { countOpportunitiesByStage } from '../../../renderer/db/value';
import { readInstanceId } from '../../../renderer/db/marker';
import { SCHEMA_VERSION, StewardDb } from '../../../renderer/db/schema';

const TODAY = '2027-01-14';
const NOW = `${TODAY}T12:00:00.000Z`;

/** A store's declaration as Dexie takes it; null deletes the store. */
type Stores = Readonly<Record<string, string | null>>;
/** Rows by store name: what a test writes, or what it expects back. */
type Rows = Readonly<Record<string, readonly object[]>>;

interface ShippedVersion {
  readonly version: number;
  /** Every store of this version, in full, as it shipped. */
  readonly stores: Stores;
  /** How this version's upgrade changes the rows of the version before, if it does. */
  readonly upgradeRows?: (rows: Rows) => Rows;
}

const SHIPPED: readonly ShippedVersion[] = [
  {
    version: 1,
    stores: {
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
    },
  },
  {
    version: 2,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
    },
  },
  {
    version: 3,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: 'partnershipId, [partnershipId+stamp]',
    },
  },
  {
    version: 4,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence, [partnershipId+occurrence]',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: null,
      partnershipDigests: '[partnershipId+stamp], partnershipId',
    },
  },
  {
    version: 5,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence, [partnershipId+occurrence]',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: null,
      partnershipDigests: '[partnershipId+stamp], partnershipId',
      meta: 'key',
    },
  },
  {
    version: 6,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence, [partnershipId+occurrence]',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: null,
      partnershipDigests: '[partnershipId+stamp], partnershipId',
      meta: 'key',
    },
    // A stakeholder's one `role` becomes `roles`, a list; the field is not indexed.
    upgradeRows: (rows) => ({
      ...rows,
      stakeholders: rows.stakeholders!.map((row) => {
        const { role, ...rest } = row as { readonly role: string };
        return { ...rest, roles: [role] };
      }),
    }),
  },
  {
    version: 7,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence, [partnershipId+occurrence]',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: null,
      partnershipDigests: null,
      meta: 'key',
      partnershipExcerpts: 'partnershipId',
    },
    // Its upgrade built every partnership's excerpt, as every write since keeps them.
    upgradeRows: (rows) => ({
      ...rows,
      partnershipExcerpts: (rows.partnerships as readonly { id: string }[]).map((p) => ({ ...excerptPartnership(p.id, rows as unknown as ExcerptRecords), revision: 'v7' })),
    }),
  },
  {
    version: 8,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence, [partnershipId+occurrence]',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: null,
      partnershipDigests: null,
      meta: 'key',
      partnershipExcerpts: 'partnershipId',
      meetingPreps: 'id, partnershipId, [cadenceId+occurrence], updatedAt',
    },
  },
  {
    version: 9,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence, [partnershipId+occurrence]',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: null,
      partnershipDigests: null,
      meta: 'key',
      partnershipExcerpts: 'partnershipId',
      meetingPreps: 'id, partnershipId, [cadenceId+occurrence], updatedAt',
      goalMeasurements: 'id, partnershipId, [partnershipId+goalId], updatedAt',
      opportunities: 'id, partnershipId, [partnershipId+externalId], updatedAt',
      valueEvents: 'id, partnershipId, [partnershipId+occurredOn], updatedAt',
      exchangeRates: 'id, [from+to+asOf], updatedAt',
    },
    // Each goal gets an id, carried from an earlier version with the same statement; the value tables start empty.
    upgradeRows: (rows) => ({
      ...rows,
      intentVersions: assignGoalIds(rows.intentVersions as readonly IntentVersion[]),
      goalMeasurements: [],
      opportunities: [],
      valueEvents: [],
      exchangeRates: [],
    }),
  },
  {
    version: 10,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence, [partnershipId+occurrence]',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: null,
      partnershipDigests: null,
      meta: 'key',
      partnershipExcerpts: 'partnershipId',
      meetingPreps: 'id, partnershipId, [cadenceId+occurrence], updatedAt',
      goalMeasurements: 'id, partnershipId, [partnershipId+goalId], updatedAt',
      opportunities: 'id, partnershipId, [partnershipId+externalId], updatedAt',
      valueEvents: 'id, partnershipId, [partnershipId+occurredOn], updatedAt',
      exchangeRates: 'id, [from+to+asOf], updatedAt',
      reviewSummaries: 'id, partnershipId, [partnershipId+quarter], updatedAt',
    },
    // A new table only: the executive summaries saved with quarterly reviews start empty.
    upgradeRows: (rows) => ({ ...rows, reviewSummaries: [] }),
  },
  {
    version: 11,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence, [partnershipId+occurrence]',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: null,
      partnershipDigests: null,
      meta: 'key',
      partnershipExcerpts: 'partnershipId, [partnershipId+revision]',
      meetingPreps: 'id, partnershipId, [cadenceId+occurrence], updatedAt',
      goalMeasurements: 'id, partnershipId, [partnershipId+goalId], updatedAt',
      opportunities: 'id, partnershipId, [partnershipId+externalId], updatedAt',
      valueEvents: 'id, partnershipId, [partnershipId+occurredOn], updatedAt',
      exchangeRates: 'id, [from+to+asOf], updatedAt',
      reviewSummaries: 'id, partnershipId, [partnershipId+quarter], updatedAt',
    },
    // Only the derived excerpts' index and revisions change: no record does.
  },
  {
    version: 12,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence, [partnershipId+occurrence]',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: null,
      partnershipDigests: null,
      meta: 'key',
      partnershipExcerpts: 'partnershipId, [partnershipId+revision]',
      meetingPreps: 'id, partnershipId, [cadenceId+occurrence], updatedAt',
      goalMeasurements: 'id, partnershipId, [partnershipId+goalId], updatedAt',
      opportunities: 'id, partnershipId, [partnershipId+externalId], updatedAt',
      valueEvents: 'id, partnershipId, [partnershipId+occurredOn], updatedAt',
      exchangeRates: 'id, [from+to+asOf], updatedAt',
      reviewSummaries: 'id, partnershipId, [partnershipId+quarter], updatedAt',
      syncUpdates: '++seq, doc',
      syncDocs: 'doc',
      syncConflicts: 'id, partnershipId, [table+recordId], at',
      syncOutbox: 'key, partnershipId',
    },
    // New tables only: team sync's documents, their facts, conflicts and outbox start empty.
    upgradeRows: (rows) => ({ ...rows, syncUpdates: [], syncDocs: [], syncConflicts: [], syncOutbox: [] }),
  },
  {
    version: 13,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence, [partnershipId+occurrence]',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: null,
      partnershipDigests: null,
      meta: 'key',
      partnershipExcerpts: 'partnershipId',
      meetingPreps: 'id, partnershipId, [cadenceId+occurrence], updatedAt',
      goalMeasurements: 'id, partnershipId, [partnershipId+goalId], updatedAt',
      opportunities: 'id, partnershipId, [partnershipId+externalId], updatedAt',
      valueEvents: 'id, partnershipId, [partnershipId+occurredOn], updatedAt',
      exchangeRates: 'id, [from+to+asOf], updatedAt',
      reviewSummaries: 'id, partnershipId, [partnershipId+quarter], updatedAt',
      syncUpdates: '++seq, doc',
      syncDocs: 'doc',
      syncConflicts: 'id, partnershipId, [table+recordId], at',
      syncOutbox: 'key, partnershipId',
      excerptRevisions: 'partnershipId',
    },
    // Derived rows only: each excerpt's revision, beside it; the [partnershipId+revision] index is dropped.
    upgradeRows: (rows) => ({ ...rows, excerptRevisions: (rows.partnershipExcerpts as readonly { partnershipId: string; revision: string }[]).map(({ partnershipId, revision }) => ({ partnershipId, revision })) }),
  },
  {
    version: 14,
    stores: {
      partnerships: 'id, name, status, type, termEndsOn, updatedAt, *tags',
      intentVersions: 'id, partnershipId, [partnershipId+version], updatedAt',
      stakeholders: 'id, partnershipId, [partnershipId+side], updatedAt',
      cadences: 'id, partnershipId, status, updatedAt',
      occurrences: 'id, partnershipId, cadenceId, [cadenceId+occurrence], updatedAt, occurrence, [partnershipId+occurrence]',
      touchpoints: 'id, partnershipId, [partnershipId+occurredOn], occurredOn, updatedAt, [cadenceId+occurredOn]',
      decisions: 'id, partnershipId, [partnershipId+decidedOn], touchpointId, updatedAt',
      commitments: 'id, partnershipId, [partnershipId+dueOn], [status+dueOn], ownerId, updatedAt',
      healthChecks: 'id, partnershipId, [partnershipId+assessedOn], assessedOn, updatedAt, [partnershipId+perspective+assessedOn]',
      reminders: 'key, partnershipId, deliveredAt, snoozedUntil, updatedAt',
      activity: 'id, at, [partnershipId+at], entityId',
      settings: 'id',
      digests: null,
      partnershipDigests: null,
      meta: 'key',
      partnershipExcerpts: 'partnershipId',
      meetingPreps: 'id, partnershipId, [cadenceId+occurrence], updatedAt',
      goalMeasurements: 'id, partnershipId, [partnershipId+goalId], updatedAt',
      opportunities: 'id, partnershipId, [partnershipId+externalId], updatedAt, stage, [stage+deletedAt]',
      valueEvents: 'id, partnershipId, [partnershipId+occurredOn], updatedAt',
      exchangeRates: 'id, [from+to+asOf], updatedAt',
      reviewSummaries: 'id, partnershipId, [partnershipId+quarter], updatedAt',
      syncUpdates: '++seq, doc',
      syncDocs: 'doc',
      syncConflicts: 'id, partnershipId, [table+recordId], at',
      syncOutbox: 'key, partnershipId',
      excerptRevisions: 'partnershipId',
    },
    // Indexes only: opportunities by stage, and the soft-deleted ones by [stage+deletedAt].
  },
];

const CURRENT = SHIPPED.at(-1)!;
/** Stores of data built from the records, which an upgrade may drop and readers build again: never compared. */
const DERIVED_STORES: ReadonlySet<string> = new Set(['digests', 'partnershipDigests', 'partnershipExcerpts', 'excerptRevisions']);
const RECORD_TABLES = ['partnerships', 'intentVersions', 'stakeholders', 'cadences', 'occurrences', 'touchpoints', 'decisions', 'commitments', 'healthChecks', 'meetingPreps', 'activity'] as const;
const INSTANCE_ID = '0b6c3a52-5d1e-4c2f-9a8e-1f2d3c4b5a69';

/** The sample portfolio, with a reminder, the settings and each version's own stores, in the shape version 1 stored them. */
function rowsAtVersion1(sample: PortfolioSnapshot): Rows {
  // Versions 1 to 5 stored one role per stakeholder: the first of today's.
  const stakeholders = sample.stakeholders.map(({ roles, ...rest }) => ({ ...rest, role: roles[0]! }));
  // Before version 9 a goal had no id and no numbers: its statement, metric, target and due day.
  const intentVersions = sample.intentVersions.map((v) => ({ ...v, goals: v.goals.map(({ statement, metric, target, dueBy }) => ({ statement, metric, target, ...(dueBy ? { dueBy } : {}) })) }));
  const partnershipId = sample.partnerships[0]!.id;
  const reminder: ReminderState = { key: `renewal:${partnershipId}:2027-03-01`, partnershipId, deliveredAt: '2027-01-10T09:00:00.000Z', snoozedUntil: '2027-01-20T09:00:00.000Z', updatedAt: '2027-01-10T09:05:00.000Z' };
  const settings: Settings = { ...defaultSettings('Europe/Berlin'), organisationName: 'Northwind', id: 'settings', updatedAt: '2026-12-01T10:00:00.000Z' };
  return {
    ...Object.fromEntries(RECORD_TABLES.map((table) => [table, sample[table]])),
    stakeholders,
    intentVersions,
    reminders: [reminder],
    settings: [settings],
    // Digests long past any age a reader accepts: if one were still read, it would be rebuilt, not trusted.
    digests: sample.partnerships.map((p) => ({ partnershipId: p.id, stamp: 'v3', builtAt: '2020-01-01T00:00:00.000Z' })),
    partnershipDigests: sample.partnerships.map((p) => ({ partnershipId: p.id, stamp: 'v4', builtAt: '2020-01-01T00:00:00.000Z', cadences: [], occurrences: [], touchpoints: [], commitments: [], healthChecks: [], intentVersions: [], plans: [] })),
    meta: [{ key: 'instance', value: INSTANCE_ID, createdAt: '2026-11-30T08:00:00.000Z' }],
  };
}

/** The rows as `version` stored them: version 1's, through each later upgrade up to it. */
function rowsAt(version: number, sample: PortfolioSnapshot): Rows {
  return SHIPPED.filter((v) => v.version > 1 && v.version <= version).reduce((rows, v) => v.upgradeRows?.(rows) ?? rows, rowsAtVersion1(sample));
}

const liveStores = (stores: Stores) => Object.keys(stores).filter((store) => stores[store] !== null);

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

/** Writes the rows of `shipped` with a Dexie that declares only that version, as that Steward did. */
async function writeAt(shipped: ShippedVersion, rows: Rows): Promise<void> {
  name = `steward-v${shipped.version}-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  old.version(shipped.version).stores({ ...shipped.stores });
  const stores = liveStores(shipped.stores);
  await old.transaction('rw', stores, async () => {
    for (const store of stores) await old.table(store).bulkAdd([...(rows[store] ?? [])]);
  });
  expect(old.verno).toBe(shipped.version);
  old.close();
}

const sortedJson = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).sort();

function isKey(value: unknown): value is IndexableType {
  if (typeof value === 'string') return true;
  if (typeof value === 'number') return !Number.isNaN(value);
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return Array.isArray(value) && value.every(isKey);
}

/** The [key, primary key] pairs an index must hold for these rows, by IndexedDB's rules. */
function expectedEntries(index: IndexSpec, primKey: IndexSpec, rows: readonly object[]): [unknown, unknown][] {
  const field = (row: object, path: string) => (row as Record<string, unknown>)[path];
  const keyOf = (row: object, keyPath: string | string[]) => (Array.isArray(keyPath) ? keyPath.map((p) => field(row, p)) : field(row, keyPath));
  return rows.flatMap((row): [unknown, unknown][] => {
    const primary = keyOf(row, primKey.keyPath!);
    const key = keyOf(row, index.keyPath!);
    if (index.multi) return Array.isArray(key) ? [...new Set(key.filter(isKey))].map((k) => [k, primary]) : [];
    return isKey(key) ? [[key, primary]] : [];
  });
}

async function expectIndexesHold(db: StewardDb, store: string, rows: readonly object[]): Promise<void> {
  const table = db.table(store);
  for (const index of table.schema.indexes) {
    const entries: [unknown, unknown][] = [];
    await table.orderBy(index.name).eachKey((key, cursor) => void entries.push([key, cursor.primaryKey]));
    expect(sortedJson(entries), `${store} index ${index.name}`).toEqual(sortedJson(expectedEntries(index, table.schema.primKey, rows)));
  }
}

/** Each of these partnerships has one excerpt with a revision, which its revision row repeats; no other row is in either table. */
async function expectRevisionRowsMatch(db: StewardDb, partnershipIds: readonly string[]): Promise<void> {
  const excerpts = await db.partnershipExcerpts.toArray();
  expect(excerpts.map((e) => e.partnershipId)).toEqual([...partnershipIds].sort());
  expect(excerpts.every((e) => typeof e.revision === 'string' && e.revision.length > 0)).toBe(true);
  expect(await db.excerptRevisions.toArray()).toEqual(excerpts.map((e) => ({ partnershipId: e.partnershipId, revision: e.revision })));
}

/** The stores of the database as Dexie sees them, written the way `stores()` takes them. */
function declaredStores(db: StewardDb): Record<string, string> {
  return Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey, ...t.schema.indexes].map((i) => i.src).join(', ')]));
}

// Each test writes and reads the whole sample portfolio through fake-indexeddb: seconds on a shared machine.
describe('schema upgrades', { timeout: 30_000 }, () => {
  it('ships the newest version of this table, stores and all', async () => {
    expect(SCHEMA_VERSION).toBe(CURRENT.version);
    // Strictly increasing (version 6 is another change's, not shipped yet).
    expect(SHIPPED.every((v, i) => i === 0 || v.version > SHIPPED[i - 1]!.version)).toBe(true);
    name = `steward-current-${Math.random().toString(36).slice(2)}`;
    const db = new StewardDb(name);
    await db.open();
    const frozen = Object.fromEntries(liveStores(CURRENT.stores).map((store) => [store, CURRENT.stores[store]!.split(',').map((s) => s.trim()).join(', ')]));
    expect(declaredStores(db)).toEqual(frozen);
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(liveStores(CURRENT.stores).sort());
    db.close();
  });

  for (const shipped of SHIPPED.slice(0, -1)) {
    it(`opens a database written at version ${shipped.version} with data at version ${CURRENT.version}, nothing lost and every index working`, async () => {
      const sample = samplePortfolio(TODAY);
      await writeAt(shipped, rowsAt(shipped.version, sample));
      const expected = rowsAt(CURRENT.version, sample);
      const db = new StewardDb(name);
      await db.open();
      expect(db.verno).toBe(CURRENT.version);
      expect([...db.backendDB().objectStoreNames].sort()).toEqual(liveStores(CURRENT.stores).sort());
      for (const store of liveStores(CURRENT.stores).filter((s) => !DERIVED_STORES.has(s) && s !== 'meta')) {
        const rows = await db.table(store).toArray();
        expect(sortedJson(rows), store).toEqual(sortedJson(expected[store] ?? []));
        await expectIndexesHold(db, store, rows);
      }
      // Every excerpt (one per partnership) has its revision row, and no other row is there.
      await expectRevisionRowsMatch(db, sample.partnerships.map((p) => p.id));
      // The instance id is kept from version 5 on, and made by the upgrade before that.
      const instance = await readInstanceId(db);
      if (shipped.stores.meta) expect(instance).toBe(INSTANCE_ID);
      else expect(instance).toMatch(/^[0-9a-f-]{36}$/);
      // The screens read the upgraded database as they read the records themselves.
      const clock = { now: NOW, today: TODAY, healthCheckIntervalDays: 90 };
      const current = expected as unknown as PortfolioSnapshot;
      expect(rankAttention(await loadAttentionSnapshot(db), clock)).toEqual(rankAttention(current, clock));
      db.close();
    });
  }

  it('opens a database written at version 9 with measurements, opportunities, value events and rates at the current version, all kept, and saves a review summary there', async () => {
    const sample = samplePortfolio(TODAY);
    const partnershipId = sample.partnerships[0]!.id;
    const stamp = { createdAt: NOW, updatedAt: NOW };
    const value = {
      goalMeasurements: [{ ...stamp, id: 'gm1', partnershipId, goalId: 'g1', value: 12, asOf: '2027-01-10', source: 'us', note: 'First count' }],
      opportunities: [
        { ...stamp, id: 'op1', partnershipId, account: 'Initech', amount: 50_000, currency: 'EUR', stage: 'Closed won', outcome: 'won', sourced: 'joint', openedOn: '2026-11-02', closedOn: '2027-01-05', owner: 'Dana', externalId: 'SF-1' },
        { ...stamp, id: 'op2', partnershipId, account: 'Hooli', amount: 9_000, currency: 'EUR', stage: 'Closed won', outcome: 'won', sourced: 'joint', openedOn: '2026-11-03', closedOn: '2027-01-06', owner: 'Dana', externalId: '', deletedAt: NOW },
      ],
      valueEvents: [{ ...stamp, id: 've1', partnershipId, kind: 'reference won', description: 'Case study', currency: '', occurredOn: '2027-01-08' }],
      exchangeRates: [{ ...stamp, id: 'xr1', from: 'EUR', to: 'USD', rate: 1.08, asOf: '2027-01-01' }],
    };
    await writeAt(SHIPPED.find((v) => v.version === 9)!, { ...rowsAt(9, sample), ...value });
    const db = new StewardDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT.version);
    for (const [table, rows] of Object.entries(value)) expect(await db.table(table).toArray(), table).toEqual(rows);
    expect(await db.reviewSummaries.count()).toBe(0);
    // Version 14's stage indexes hold the opportunities written at version 9: Settings counts the live one.
    expect(await countOpportunitiesByStage(db)).toEqual(new Map([['closed won', 1]]));
    const ctx = { db, now: () => new Date(NOW) };
    await saveReviewSummary(ctx, { partnershipId, quarter: '2027-Q1', wins: 'Won Initech', risks: '', asks: '' });
    expect(await findReviewSummary(db, partnershipId, '2027-Q1')).toMatchObject({ wins: 'Won Initech' });
    db.close();
  });

  it('builds every partnership’s excerpt from its records at version 7, whatever digests were stored', async () => {
    const sample = samplePortfolio(TODAY);
    await writeAt(SHIPPED.find((v) => v.version === 5)!, rowsAt(5, sample));
    const db = new StewardDb(name);
    await db.open();
    const excerpts = await db.partnershipExcerpts.toArray();
    expect(excerpts.map((e) => e.partnershipId).sort()).toEqual(sample.partnerships.map((p) => p.id).sort());
    // The records as stored (in key order), as the repositories build excerpts from them.
    const stored = await readExportSnapshot(db);
    for (const { revision, ...excerpt } of excerpts) {
      expect(excerpt).toEqual(excerptPartnership(excerpt.partnershipId, stored));
      // Stamped by the version 11 upgrade (the loop above checks its revision row).
      expect(revision).toEqual(expect.any(String));
    }
      db.close();
    });

  it('stamps every excerpt a version 10 database holds without a revision, and gives each its revision row', async () => {
    const sample = samplePortfolio(TODAY);
    // As the version 7 and 9 upgrades stored them: built from the records, with no revision.
    const excerpts = sample.partnerships.map((p) => excerptPartnership(p.id, sample));
    await writeAt(SHIPPED.find((v) => v.version === 10)!, { ...rowsAt(10, sample), partnershipExcerpts: excerpts });
    const db = new StewardDb(name);
    await db.open();
    await expectRevisionRowsMatch(db, sample.partnerships.map((p) => p.id));
    const revisions = await db.excerptRevisions.toArray();
    expect(new Set(revisions.map((r) => r.revision)).size).toBe(revisions.length);
    const rows = await db.partnershipExcerpts.toArray();
    expect(rows.map(({ revision: _revision, ...content }) => content)).toEqual(excerpts.sort((a, b) => (a.partnershipId < b.partnershipId ? -1 : 1)));
    db.close();
  });

  it('writes a revision row for each excerpt a version 12 database holds, repeating its revision, and the screens read them all', async () => {
    const sample = samplePortfolio(TODAY);
    const rows = rowsAt(12, sample);
    // Revisions as a version 12 Steward stamped them, one of its own per row.
    const excerpts = (rows.partnershipExcerpts as readonly object[]).map((row, i) => ({ ...row, revision: `v12-${i}` }));
    await writeAt(SHIPPED.find((v) => v.version === 12)!, { ...rows, partnershipExcerpts: excerpts });
    const db = new StewardDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT.version);
    await expectRevisionRowsMatch(db, sample.partnerships.map((p) => p.id));
    // The rows themselves are kept as stored, revisions and all.
    expect(sortedJson(await db.partnershipExcerpts.toArray())).toEqual(sortedJson(excerpts));
    expect((await db.excerptRevisions.toArray()).map((r) => r.revision).sort()).toEqual(excerpts.map((e) => e.revision).sort());
    forgetRememberedAnswers();
    const { excerpts: read } = await loadPortfolioExcerpts(db);
    expect(sortedJson([...read.values()])).toEqual(sortedJson(excerpts));
    db.close();
  });

  it('gives every goal written at version 7 an id at version 9, the same goal keeping one id across intent versions', async () => {
    const sample = samplePortfolio(TODAY);
    const rows = rowsAt(7, sample);
    const [p1, p2] = sample.partnerships as [PortfolioSnapshot['partnerships'][number], PortfolioSnapshot['partnerships'][number]];
    const version = (id: string, partnershipId: string, n: number, statements: readonly string[]) => ({
      ...sample.intentVersions[0]!,
      id,
      partnershipId,
      version: n,
      status: 'draft',
      goals: statements.map((statement) => ({ statement, metric: '', target: '' })),
    });
    const intentVersions = [
      version('v1', p1.id, 1, ['Grow pipeline', 'Train sellers']),
      // Same goal (case and spacing aside), a new one, and a statement repeated within the version.
      version('v2', p1.id, 2, ['grow  pipeline ', 'Publish a case study', 'Publish a case study']),
      version('v3', p1.id, 3, ['Train sellers']),
      version('w1', p2.id, 1, ['Grow pipeline']),
    ];
    await writeAt(SHIPPED.find((v) => v.version === 7)!, { ...rows, intentVersions });
    const db = new StewardDb(name);
    await db.open();
    const ids = Object.fromEntries((await db.intentVersions.toArray()).map((v) => [v.id, v.goals.map((g) => g.id)]));
    expect(ids).toEqual({
      v1: ['v1.g0', 'v1.g1'],
      v2: ['v1.g0', 'v2.g1', 'v2.g2'],
      v3: ['v1.g1'],
      w1: ['w1.g0'], // another partnership's goal is another goal
    });
    db.close();
  });

  it('restores a backup written at schema version 7 with ids for its goals and empty value tables', async () => {
    name = `steward-restore-${Math.random().toString(36).slice(2)}`;
    const ctx = { db: new StewardDb(name), now: () => new Date(NOW) };
    const sample = samplePortfolio(TODAY);
    await addSnapshot(ctx, sample, 'Loaded the sample portfolio');
    const file = JSON.parse(await exportBackup(ctx, { name: 'Steward', version: '0.1.0' })) as { schemaVersion: number; data: Record<string, unknown> & { intentVersions: { goals: Record<string, unknown>[] }[] } };
    file.schemaVersion = 7;
    for (const table of ['goalMeasurements', 'opportunities', 'valueEvents', 'exchangeRates']) delete file.data[table];
    for (const v of file.data.intentVersions) v.goals = v.goals.map(({ id: _id, ...goal }) => goal);
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.backup.data.opportunities).toEqual([]);
    expect(parsed.backup.data.exchangeRates).toEqual([]);
    const expected = assignGoalIds(file.data.intentVersions as unknown as IntentVersion[]);
    expect(parsed.backup.data.intentVersions.map((v) => v.goals.map((g) => g.id))).toEqual(expected.map((v) => v.goals.map((g) => g.id)));
    expect(parsed.backup.data.intentVersions.every((v) => v.goals.every((g) => typeof g.id === 'string' && g.id.length > 0))).toBe(true);
    await restoreBackup(ctx, parsed.backup, 'replace');
    expect(await ctx.db.goalMeasurements.count()).toBe(0);
    expect(await ctx.db.intentVersions.count()).toBe(sample.intentVersions.length);
    ctx.db.close();
  });

  it('turns the one role of a stakeholder written at version 5 into a list of that role at version 6', async () => {
    const sample = samplePortfolio(TODAY);
    const written = rowsAt(5, sample);
    await writeAt(SHIPPED[4]!, written);
    const db = new StewardDb(name);
    await db.open();
    const oldRows = written.stakeholders as readonly { readonly id: string; readonly role: string }[];
    const read = new Map((await db.stakeholders.toArray()).map((s) => [s.id as string, s]));
    expect(read.size).toBe(oldRows.length);
    for (const old of oldRows) {
      expect(read.get(old.id)?.roles).toEqual([old.role]);
      expect(read.get(old.id)).not.toHaveProperty('role');
    }
    db.close();
  });

  it('keeps the instance id of an upgraded database from one opening to the next', async () => {
    await writeAt(SHIPPED[3]!, rowsAt(4, samplePortfolio(TODAY)));
    const db = new StewardDb(name);
    await db.open();
    const id = await readInstanceId(db);
    db.close();
    const again = new StewardDb(name);
    await again.open();
    expect(await readInstanceId(again)).toBe(id);
    again.close();
  });

  it('gives each new database an id of its own at creation', async () => {
    name = `steward-new-${Math.random().toString(36).slice(2)}`;
    const first = new StewardDb(name);
    await first.open();
    const id = await readInstanceId(first);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await first.delete();
    const second = new StewardDb(name);
    await second.open();
    expect(await readInstanceId(second)).not.toBe(id);
    second.close();
  });

  it('keeps a meeting preparation on a database upgraded from version 7, found by its cadence and planned instant', async () => {
    const sample = samplePortfolio(TODAY);
    await writeAt(SHIPPED.find((v) => v.version === 7)!, rowsAt(7, sample));
    const db = new StewardDb(name);
    const cadence = sample.cadences[0]!;
    const ctx = { db, now: () => new Date(NOW) };
    const saved = await saveMeetingPrep(ctx, { partnershipId: cadence.partnershipId, cadenceId: cadence.id, occurrence: '2027-01-20T14:00:00Z', agenda: ['Pipeline'], notes: 'Ours only' });
    expect(db.verno).toBe(SCHEMA_VERSION);
    const found = await db.meetingPreps.where('[cadenceId+occurrence]').equals([cadence.id, '2027-01-20T14:00:00.000Z']).toArray();
    expect(found).toEqual([saved]);
    db.close();
  });

  it('restores a backup written at schema version 7, which has no meeting preparations table', async () => {
    name = `steward-restore-${Math.random().toString(36).slice(2)}`;
    const ctx = { db: new StewardDb(name), now: () => new Date(NOW) };
    await addSnapshot(ctx, samplePortfolio(TODAY), 'Loaded the sample portfolio');
    const file = JSON.parse(await exportBackup(ctx, { name: 'Steward', version: '0.1.0' })) as { schemaVersion: number; data: Record<string, unknown> };
    file.schemaVersion = 7;
    delete file.data.meetingPreps;
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.backup.data.meetingPreps).toEqual([]);
    await restoreBackup(ctx, parsed.backup, 'replace');
    expect(await ctx.db.meetingPreps.count()).toBe(0);
    ctx.db.close();
  });

  for (const version of [1, 5]) {
    it(`restores a backup written at schema version ${version}, each stakeholder's role becoming its list of roles`, async () => {
      name = `steward-restore-${Math.random().toString(36).slice(2)}`;
      const ctx = { db: new StewardDb(name), now: () => new Date(NOW) };
      const sample = samplePortfolio(TODAY);
      await addSnapshot(ctx, sample, 'Loaded the sample portfolio');
      // The file as that Steward wrote it: its version, and one `role` per stakeholder.
      const file = JSON.parse(await exportBackup(ctx, { name: 'Steward', version: '0.1.0' })) as { schemaVersion: number; data: { stakeholders: Record<string, unknown>[] } };
      file.schemaVersion = version;
      file.data.stakeholders = file.data.stakeholders.map(({ roles, ...rest }) => ({ ...rest, role: (roles as string[])[0] }));
      const parsed = parseBackup(JSON.stringify(file));
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      await ctx.db.partnerships.clear();
      await restoreBackup(ctx, parsed.backup, 'replace');
      expect(await ctx.db.partnerships.count()).toBe(sample.partnerships.length);
      expect(await ctx.db.occurrences.where('occurrence').aboveOrEqual('').count()).toBe(sample.occurrences.length);
      const restored = new Map((await ctx.db.stakeholders.toArray()).map((s) => [s.id, s]));
      expect(restored.size).toBe(sample.stakeholders.length);
      for (const s of sample.stakeholders) expect(restored.get(s.id)).toEqual({ ...s, roles: [s.roles[0]] });
      ctx.db.close();
    });
  }
});

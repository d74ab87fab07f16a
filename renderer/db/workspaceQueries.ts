// Indexed reads for one partnership's workspace and for the portfolio-wide Attention
// screen. Every list leaves soft-deleted records out; portfolio reads also leave out
// the records of archived partnerships (archiving does not cascade to children).
import Dexie from 'dexie';
import type {
  Cadence,
  Commitment,
  CommitmentStatus,
  Decision,
  HealthCheck,
  IntentVersion,
  OccurrenceRecord,
  Perspective,
  RecordBase,
  Side,
  Stakeholder,
  Touchpoint,
} from '@shared/domain';
import { PERSPECTIVES } from '@shared/domain';
import { codeUnitOrder } from './queries';
import type { StewardDb } from './schema';

const isLive = (record: RecordBase) => !record.deletedAt;
/** Newest first; records written together share createdAt, and their ids are in the order they were made (newId). */
const byCreatedDesc = (a: RecordBase, b: RecordBase) => b.createdAt.localeCompare(a.createdAt) || codeUnitOrder(b.id, a.id);
const byCreated = (a: RecordBase, b: RecordBase) => byCreatedDesc(b, a);

/** All keys of a compound index whose first part is `first`. */
const range = (first: string) => [[first, Dexie.minKey], [first, Dexie.maxKey]] as const;

// ---------------------------------------------------------------- one partnership

/** Every live version of the charter, oldest first (by version number). */
export async function listIntentVersions(db: StewardDb, partnershipId: string): Promise<IntentVersion[]> {
  const all = await db.intentVersions.where('[partnershipId+version]').between(...range(partnershipId)).toArray();
  return all.filter(isLive);
}

/** Stakeholders, grouped by side ('partner' before 'us', the index order), then by name. */
export async function listStakeholders(db: StewardDb, partnershipId: string, side?: Side): Promise<Stakeholder[]> {
  const index = db.stakeholders.where('[partnershipId+side]');
  const rows = await (side ? index.equals([partnershipId, side]) : index.between(...range(partnershipId))).toArray();
  return rows.filter(isLive).sort((a, b) => a.side.localeCompare(b.side) || a.name.localeCompare(b.name));
}

/** Cadences by name, active and paused. */
export async function listCadences(db: StewardDb, partnershipId: string): Promise<Cadence[]> {
  const rows = await db.cadences.where('partnershipId').equals(partnershipId).toArray();
  return rows.filter(isLive).sort((a, b) => a.name.localeCompare(b.name));
}

/** What happened to a cadence's planned occurrences, chronological by planned instant. */
export async function listOccurrenceRecords(db: StewardDb, cadenceId: string): Promise<OccurrenceRecord[]> {
  const rows = await db.occurrences.where('[cadenceId+occurrence]').between(...range(cadenceId)).toArray();
  return rows.filter(isLive);
}

/** Touchpoints newest first; on the same day the most recently logged first. */
export async function listTouchpoints(db: StewardDb, partnershipId: string): Promise<Touchpoint[]> {
  const rows = await db.touchpoints.where('[partnershipId+occurredOn]').between(...range(partnershipId)).reverse().toArray();
  return rows.filter(isLive).sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || byCreatedDesc(a, b));
}

/** The decision log, newest first; on the same day the most recently recorded first. */
export async function listDecisions(db: StewardDb, partnershipId: string): Promise<Decision[]> {
  const rows = await db.decisions.where('[partnershipId+decidedOn]').between(...range(partnershipId)).reverse().toArray();
  return rows.filter(isLive).sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || byCreatedDesc(a, b));
}

/** The decisions taken in one touchpoint, in the order they were recorded. */
export async function listTouchpointDecisions(db: StewardDb, touchpointId: string): Promise<Decision[]> {
  const rows = await db.decisions.where('touchpointId').equals(touchpointId).toArray();
  return rows.filter(isLive).sort(byCreated);
}

/** Commitments by due date (earliest first), optionally of one status. */
export async function listCommitments(db: StewardDb, partnershipId: string, status?: CommitmentStatus): Promise<Commitment[]> {
  const rows = await db.commitments.where('[partnershipId+dueOn]').between(...range(partnershipId)).toArray();
  return rows.filter((c) => isLive(c) && (!status || c.status === status));
}

/** The follow-ups captured with one touchpoint, by due date. */
export async function listTouchpointFollowUps(db: StewardDb, touchpoint: Pick<Touchpoint, 'id' | 'partnershipId'>): Promise<Commitment[]> {
  const rows = await listCommitments(db, touchpoint.partnershipId);
  return rows.filter((c) => c.source === 'touchpoint' && c.sourceId === touchpoint.id);
}

/** Health checks, chronological (oldest first), both perspectives. */
export async function listHealthChecks(db: StewardDb, partnershipId: string): Promise<HealthCheck[]> {
  const rows = await db.healthChecks.where('[partnershipId+assessedOn]').between(...range(partnershipId)).toArray();
  return rows.filter(isLive).sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt));
}

// ---------------------------------------------------------------- portfolio-wide

/** Ids of the partnerships in the portfolio (not archived). A small table: at most a few hundred rows. */
export async function livePartnershipIds(db: StewardDb): Promise<Set<string>> {
  const ids = new Set<string>();
  await db.partnerships.each((p) => {
    if (isLive(p)) ids.add(p.id);
  });
  return ids;
}

/** Open commitments due strictly before `day` (yyyy-MM-dd), earliest first. Pass tomorrow to include today. */
export async function openCommitmentsDueBefore(db: StewardDb, day: string): Promise<Commitment[]> {
  const [live, rows] = await Promise.all([
    livePartnershipIds(db),
    db.commitments.where('[status+dueOn]').between(['open', Dexie.minKey], ['open', day], true, false).toArray(),
  ]);
  return rows.filter((c) => isLive(c) && live.has(c.partnershipId));
}

/** Every active cadence in the portfolio. */
export async function allActiveCadences(db: StewardDb): Promise<Cadence[]> {
  const [live, rows] = await Promise.all([livePartnershipIds(db), db.cadences.where('status').equals('active').toArray()]);
  return rows.filter((c) => isLive(c) && live.has(c.partnershipId));
}

/** The day each cadence was last held (its latest touchpoint), for flexible cadences' next due. */
export async function lastHeldOnByCadence(db: StewardDb, cadences: readonly Pick<Cadence, 'id' | 'partnershipId'>[]): Promise<Map<string, string>> {
  const wanted = new Map<string, Set<string>>();
  for (const c of cadences) wanted.set(c.partnershipId, (wanted.get(c.partnershipId) ?? new Set()).add(c.id));
  const found = new Map<string, string>();
  await Promise.all(
    [...wanted].map(([partnershipId, ids]) =>
      db.touchpoints
        .where('[partnershipId+occurredOn]')
        .between(...range(partnershipId))
        .reverse()
        .until(() => [...ids].every((id) => found.has(id)))
        .each((t) => {
          if (isLive(t) && ids.has(t.cadenceId) && !found.has(t.cadenceId)) found.set(t.cadenceId, t.occurredOn);
        }),
    ),
  );
  return found;
}

/** Occurrence records of the given cadences whose planned instant is in [fromIso, toIso). */
export async function occurrenceRecordsBetween(db: StewardDb, cadenceIds: readonly string[], fromIso: string, toIso: string): Promise<OccurrenceRecord[]> {
  const lists = await Promise.all(
    cadenceIds.map((id) => db.occurrences.where('[cadenceId+occurrence]').between([id, fromIso], [id, toIso], true, false).toArray()),
  );
  return lists.flat().filter(isLive);
}

export interface HealthHistory {
  readonly partnershipId: string;
  /** Newest first, at most `perPerspective` of each. */
  readonly ours: readonly HealthCheck[];
  readonly partner: readonly HealthCheck[];
}

/**
 * The latest health checks of every portfolio partnership, per perspective (two by
 * default: enough to tell "health check due" and "health dropped"). One short
 * reverse index walk per partnership instead of a scan of every check.
 */
export async function latestHealthChecks(db: StewardDb, perPerspective = 2): Promise<HealthHistory[]> {
  const live = [...(await livePartnershipIds(db))];
  return Promise.all(
    live.map(async (partnershipId) => {
      const newest: Record<Perspective, HealthCheck[]> = { ours: [], partner: [] };
      const isFull = () => PERSPECTIVES.every((p) => newest[p].length >= perPerspective);
      await db.healthChecks
        .where('[partnershipId+assessedOn]')
        .between(...range(partnershipId))
        .reverse()
        .until(isFull)
        .each((h) => {
          if (isLive(h) && newest[h.perspective].length < perPerspective) newest[h.perspective].push(h);
        });
      return { partnershipId, ...newest };
    }),
  );
}

// ---------------------------------------------------------------- the child-write guard

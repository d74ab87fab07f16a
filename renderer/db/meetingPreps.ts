// Meeting preparations: the agenda and private notes saved with one occurrence of a
// cadence (found by cadence and planned instant, so saving twice updates one record) or
// with an ad-hoc meeting (its own record, made when the user starts preparing it).
import type { MeetingPrep, MeetingPrepInput, PartnershipId } from '@shared/domain';
import { meetingPrepInputSchema, parseOrThrow } from '@shared/domain';
import type { BriefInput } from '@shared/brief/brief';
import { parseInstant } from '@shared/timezones';
import type { DbContext } from './context';
import type { RecordSpec } from './records';
import { deleteRecord } from './records';
import { createChild, createKeyedChild, restoreChild, updateChild } from './children';
import { keyedId } from '@shared/sync/keys';
import { writeTransaction } from './writePath';
import type { StewardDb } from './schema';

export const meetingPrepSpec: RecordSpec<typeof meetingPrepInputSchema, MeetingPrep> = {
  table: 'meetingPreps',
  entity: 'meeting prep',
  schema: meetingPrepInputSchema,
  // One spelling per instant, so [cadenceId+occurrence] finds it however the caller wrote it.
  toFields: (p) => ({ ...p, occurrence: new Date(parseInstant(p.occurrence)).toISOString() }),
  partnershipOf: (p) => p.partnershipId,
  label: (p) => `the preparation of “${p.title || 'a meeting'}” (${p.occurrence})`,
};

async function findCadencePrep(db: StewardDb, cadenceId: string, occurrence: string): Promise<MeetingPrep | undefined> {
  const key = new Date(parseInstant(occurrence)).toISOString();
  const rows = await db.meetingPreps.where('[cadenceId+occurrence]').equals([cadenceId, key]).toArray();
  return rows.filter((p) => !p.deletedAt).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1);
}

/**
 * Saves the preparation of a meeting: an ad-hoc one by its id; a cadence's occurrence by
 * cadence and planned instant, creating it the first time. One transaction, with its
 * activity entry; unchanged input writes nothing.
 */
export async function saveMeetingPrep(ctx: DbContext, input: MeetingPrepInput, adHocId?: string): Promise<MeetingPrep> {
  const parsed = parseOrThrow(meetingPrepInputSchema, input);
  return writeTransaction(ctx.db, [ctx.db.meetingPreps, ctx.db.partnerships, ctx.db.activity], async () => {
    const existing = adHocId ? await ctx.db.meetingPreps.get(adHocId as MeetingPrep['id']) : parsed.cadenceId ? await findCadencePrep(ctx.db, parsed.cadenceId, parsed.occurrence) : undefined;
    if (existing && !existing.deletedAt) return updateChild(ctx, meetingPrepSpec, existing.id, parsed);
    if (adHocId || !parsed.cadenceId) return createChild(ctx, meetingPrepSpec, parsed);
    // A cadence meeting's first save gets its id from the meeting: two machines preparing it offline make one record.
    return createKeyedChild(ctx, meetingPrepSpec, parsed, keyedId('meetingPreps', parsed.cadenceId, new Date(parseInstant(parsed.occurrence)).toISOString()));
  });
}

/** Starts an ad-hoc meeting's preparation (title and start); its brief is then found by the new id. */
export const createAdHocMeeting = (ctx: DbContext, input: { readonly partnershipId: string; readonly title: string; readonly occurrence: string }) =>
  createChild(ctx, meetingPrepSpec, { ...input, cadenceId: '', agenda: [], notes: '' });

export const updateMeetingPrep = (ctx: DbContext, id: string, input: unknown) => updateChild(ctx, meetingPrepSpec, id, input);
export const deleteMeetingPrep = (ctx: DbContext, id: string) => deleteRecord(ctx, meetingPrepSpec, id);
export const restoreMeetingPrep = (ctx: DbContext, id: string) => restoreChild(ctx, meetingPrepSpec, id);

/** A partnership's live preparations, soonest meeting first. */
export async function listMeetingPreps(db: StewardDb, partnershipId: string): Promise<MeetingPrep[]> {
  const rows = await db.meetingPreps.where({ partnershipId }).toArray();
  return rows.filter((p) => !p.deletedAt).sort((a, b) => a.occurrence.localeCompare(b.occurrence) || a.id.localeCompare(b.id));
}

/** Everything a brief reads of one partnership, in one read transaction (live records only). */
export async function readBriefInput(db: StewardDb, partnershipId: string): Promise<BriefInput> {
  const tables = [db.cadences, db.occurrences, db.touchpoints, db.decisions, db.commitments, db.healthChecks, db.intentVersions, db.stakeholders, db.meetingPreps] as const;
  return db.transaction('r', [db.partnerships, ...tables], async () => {
    const own = { partnershipId };
    const live = <T extends { readonly deletedAt?: string }>(rows: T[]) => rows.filter((r) => !r.deletedAt);
    const [partnership, cadences, occurrences, touchpoints, decisions, commitments, healthChecks, intentVersions, stakeholders, meetingPreps] = await Promise.all([
      db.partnerships.get(partnershipId as PartnershipId),
      db.cadences.where(own).toArray(),
      db.occurrences.where(own).toArray(),
      db.touchpoints.where(own).toArray(),
      db.decisions.where(own).toArray(),
      db.commitments.where(own).toArray(),
      db.healthChecks.where(own).toArray(),
      db.intentVersions.where(own).toArray(),
      db.stakeholders.where(own).toArray(),
      db.meetingPreps.where(own).toArray(),
    ]);
    return {
      partnerships: partnership ? [partnership] : [],
      cadences: live(cadences),
      occurrences: live(occurrences),
      touchpoints: live(touchpoints),
      decisions: live(decisions),
      commitments: live(commitments),
      healthChecks: live(healthChecks),
      intentVersions: live(intentVersions),
      stakeholders: live(stakeholders),
      meetingPreps: live(meetingPreps),
    };
  });
}

// Settling several past occurrences of one fixed cadence at once ("Mark held" / "Mark
// skipped" on the Cadences tab), in one transaction, through the same writes as one at a
// time: a held one is a logged touchpoint (editable and deletable like any other), a
// skipped one a skip mark. What it did is returned so Undo can put every one back.
import { z } from 'zod';
import type { Cadence, OccurrenceRecord, Stakeholder } from '@shared/domain';
import { ValidationError, idSchema, parseOrThrow } from '@shared/domain';
import { assertTimeZone, utcToLocal } from '@shared/timezones';
import type { DbContext } from './context';
import { NotFoundError } from './context';
import { findOccurrence, markOccurrence, occurrenceInstantSchema, occurrenceSpec, requireCadence, shortInstant, writeOccurrence } from './cadences';
import { requireOpenPartnership } from './children';
import { deleteRecord, tableOf } from './records';
import type { StewardDb } from './schema';
import { deleteTouchpoint, logTouchpoint } from './touchpoints';
import { writeTransaction } from './writePath';

/** More than a year of weekly meetings at once is not a selection a screen makes. */
export const MAX_SETTLED_AT_ONCE = 120;

export const settleOccurrencesSchema = z.object({
  cadenceId: idSchema,
  outcome: z.enum(['held', 'skipped'], { error: () => 'Choose held or skipped.' }),
  occurrences: z
    .array(occurrenceInstantSchema)
    .min(1, 'Choose at least one occurrence.')
    .max(MAX_SETTLED_AT_ONCE, `Choose at most ${MAX_SETTLED_AT_ONCE} occurrences at a time.`)
    .refine((list) => new Set(list).size === list.length, 'An occurrence is chosen twice.'),
  /** The user's zone: a held meeting's touchpoint is dated by its day there, as when logged one at a time. */
  timeZone: z.string().min(1),
});

export type SettleOccurrencesInput = z.input<typeof settleOccurrencesSchema>;

export interface SettledOccurrence {
  readonly occurrence: string;
  /** The touchpoint logged for it (held). */
  readonly touchpointId?: string;
  /** Its live record before (a meeting moved to a time that passed unheld), put back by Undo. */
  readonly previous?: OccurrenceRecord;
}

export interface SettledOccurrences {
  readonly cadenceId: string;
  readonly outcome: 'held' | 'skipped';
  readonly settled: readonly SettledOccurrence[];
}

const tablesOf = (db: StewardDb) => [db.partnerships, db.cadences, db.occurrences, db.touchpoints, db.decisions, db.commitments, db.stakeholders, db.activity];

/** The live record of an occurrence, refusing one already held or skipped: it is settled, and editable where it is. */
async function unsettled(db: StewardDb, cadence: Cadence, occurrence: string): Promise<OccurrenceRecord | undefined> {
  const record = await findOccurrence(db, cadence.id, occurrence);
  const live = record && !record.deletedAt ? record : undefined;
  if (live?.outcome === 'held' || live?.outcome === 'skipped') {
    throw new ValidationError({ occurrences: `The occurrence of ${shortInstant(occurrence)} is already recorded as ${live.outcome}; change it on its own.` });
  }
  return live;
}

async function holdOne(ctx: DbContext, cadence: Cadence, attendeeIds: readonly string[], occurrence: string, previous: OccurrenceRecord | undefined, zone: string) {
  const at = previous?.outcome === 'moved' && previous.movedTo ? previous.movedTo : occurrence;
  const touchpoint = {
    partnershipId: cadence.partnershipId,
    kind: 'meeting' as const,
    occurredOn: utcToLocal(at, zone).slice(0, 10),
    title: cadence.name,
    attendeeIds: [...attendeeIds],
    summary: '',
    internalNotes: '',
    cadenceId: cadence.id,
    occurrence,
  };
  const logged = await logTouchpoint(ctx, { touchpoint });
  return logged.touchpoint.id;
}

/**
 * Marks these occurrences of one fixed cadence held (a touchpoint each, titled by the
 * cadence, its participants as attendees) or skipped, all or none. An occurrence already
 * held or skipped is refused with the reason, and nothing is written.
 */
export async function settleOccurrences(ctx: DbContext, input: SettleOccurrencesInput): Promise<SettledOccurrences> {
  const { cadenceId, outcome, occurrences, timeZone } = parseOrThrow(settleOccurrencesSchema, input);
  try {
    assertTimeZone(timeZone);
  } catch (error) {
    throw new ValidationError({ timeZone: error instanceof Error ? error.message : String(error) });
  }
  return writeTransaction(ctx.db, tablesOf(ctx.db), async () => {
    const cadence = await requireCadence(ctx.db, cadenceId);
    await requireOpenPartnership(ctx.db, cadence.partnershipId);
    if (cadence.mode !== 'fixed') throw new ValidationError({ cadenceId: 'A flexible cadence has no planned occurrences: log its meetings one by one.' });
    const people = await tableOf<Stakeholder>(ctx.db, 'stakeholders').bulkGet([...cadence.participantIds]);
    const attendeeIds = people.flatMap((s) => (s && !s.deletedAt ? [s.id] : []));
    const settled: SettledOccurrence[] = [];
    for (const occurrence of [...occurrences].sort()) {
      const previous = await unsettled(ctx.db, cadence, occurrence);
      const touchpointId = outcome === 'held' ? await holdOne(ctx, cadence, attendeeIds, occurrence, previous, timeZone) : undefined;
      if (outcome === 'skipped') await markOccurrence(ctx, { cadenceId, occurrence, outcome: 'skipped', note: '' });
      settled.push({ occurrence, ...(touchpointId ? { touchpointId } : {}), ...(previous ? { previous } : {}) });
    }
    return { cadenceId, outcome, settled };
  });
}

/** Undo of settleOccurrences: deletes the touchpoints and marks it wrote, and puts back any moved mark it replaced. */
export async function unsettleOccurrences(ctx: DbContext, done: SettledOccurrences): Promise<void> {
  await writeTransaction(ctx.db, tablesOf(ctx.db), async () => {
    const cadence = await tableOf<Cadence>(ctx.db, 'cadences').get(done.cadenceId);
    if (!cadence) throw new NotFoundError('cadence', done.cadenceId);
    for (const one of done.settled) {
      if (one.touchpointId) await deleteTouchpoint(ctx, one.touchpointId);
      const record = await findOccurrence(ctx.db, cadence.id, one.occurrence);
      if (one.previous) {
        const { occurrence, outcome, movedTo, touchpointId, note } = one.previous;
        const mark = { occurrence, outcome, note, ...(movedTo ? { movedTo } : {}), ...(touchpointId ? { touchpointId } : {}) };
        await writeOccurrence(ctx, cadence, mark, `Put back the ${outcome} mark on “${cadence.name}” of ${shortInstant(occurrence)}`);
      } else if (record && !record.deletedAt && record.outcome === 'skipped' && done.outcome === 'skipped') {
        await deleteRecord(ctx, occurrenceSpec, record.id);
      }
    }
  });
}

// A communication rhythm: a fixed RFC 5545 schedule in an IANA zone, or a
// flexible one where the next meeting is due an interval after the last held.
import { z } from 'zod';
import type { Id, RecordBase, Visibility } from './common';
import { idSchema, instantSchema, isLocalDateTime, isTimeZone, localDateTimeSchema, oneOf, optionalText, recordFields, requiredText, timeZoneSchema } from './common';
import { ruleTextProblem, validateRecurrence } from '../recurrence';
import type { ExpansionCache } from '../recurrence';

export const CADENCE_KINDS = ['ops sync', 'steering committee', 'quarterly business review', 'executive review', 'health check', 'partner update', 'other'] as const;
export const CADENCE_STATUSES = ['active', 'paused'] as const;
export const CADENCE_MODES = ['fixed', 'flexible'] as const;

export type CadenceKind = (typeof CADENCE_KINDS)[number];
export type CadenceStatus = (typeof CADENCE_STATUSES)[number];
export type CadenceMode = (typeof CADENCE_MODES)[number];
export type CadenceId = Id<'Cadence'>;

/** An RFC 5545 RRULE the expander accepts: every problem of the text named at once ('' = none yet). */
const rruleSchema = z
  .string()
  .trim()
  .max(500, 'The recurrence rule must be at most 500 characters.')
  .superRefine((rrule, ctx) => {
    const problem = rrule === '' ? undefined : ruleTextProblem(rrule);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

interface Schedule {
  readonly mode: CadenceMode;
  readonly rrule: string;
  readonly start: string;
  readonly zone: string;
}

/**
 * What only the start and zone together with the rule can tell (UNTIL before the start, a
 * rule that never happens), or undefined. Judged only when each part is valid alone, which
 * its field checks. The cache only saves time (a restore checks hundreds of cadences with one).
 */
export function scheduleProblem(c: Schedule, cache?: ExpansionCache): string | undefined {
  if (c.mode !== 'fixed' || !c.rrule || !isLocalDateTime(c.start) || !isTimeZone(c.zone, cache) || ruleTextProblem(c.rrule)) return undefined;
  return validateRecurrence(c, cache);
}

function refineSchedule(c: Schedule, ctx: z.core.$RefinementCtx): void {
  const problem = scheduleProblem(c);
  if (problem) ctx.addIssue({ code: 'custom', path: ['rrule'], message: problem });
}

const positiveDays = (label: string) => z.number().int(`${label} must be a whole number of days.`).min(1, `${label} must be at least 1 day.`).max(730, `${label} must be at most 730 days.`);

export const cadenceInputSchema = z
  .object({
    partnershipId: idSchema,
    name: requiredText('Name', 120),
    kind: oneOf(CADENCE_KINDS, 'a kind'),
    mode: oneOf(CADENCE_MODES, 'a mode').default('fixed'),
    rrule: rruleSchema.default(''),
    start: localDateTimeSchema,
    zone: timeZoneSchema,
    durationMinutes: z.number().int().min(5, 'At least 5 minutes.').max(24 * 60, 'At most 24 hours.'),
    channel: optionalText('Channel', 200),
    participantIds: z.array(z.string()).default([]),
    agendaTemplate: optionalText('Agenda template'),
    leadMinutes: z.number().int().min(0, 'Lead time cannot be negative.').max(60 * 24 * 14, 'At most two weeks.').default(60),
    idealIntervalDays: positiveDays('Ideal interval').optional(),
    maxIntervalDays: positiveDays('Maximum interval').optional(),
    status: oneOf(CADENCE_STATUSES, 'a status').default('active'),
  })
  .superRefine((c, ctx) => {
    refineSchedule(c, ctx);
    if (c.mode === 'fixed' && !c.rrule) ctx.addIssue({ code: 'custom', path: ['rrule'], message: 'Choose how often it repeats.' });
    if (c.mode === 'flexible') {
      if (!c.idealIntervalDays) ctx.addIssue({ code: 'custom', path: ['idealIntervalDays'], message: 'Set the ideal interval.' });
      if (!c.maxIntervalDays) ctx.addIssue({ code: 'custom', path: ['maxIntervalDays'], message: 'Set the maximum interval.' });
      else if (c.idealIntervalDays && c.maxIntervalDays < c.idealIntervalDays)
        ctx.addIssue({ code: 'custom', path: ['maxIntervalDays'], message: 'The maximum must be at least the ideal interval.' });
    }
  });

export type CadenceInput = z.input<typeof cadenceInputSchema>;

export interface Cadence extends RecordBase {
  readonly id: CadenceId;
  readonly partnershipId: string;
  readonly name: string;
  readonly kind: CadenceKind;
  readonly mode: CadenceMode;
  readonly rrule: string;
  readonly start: string;
  readonly zone: string;
  readonly durationMinutes: number;
  readonly channel: string;
  readonly participantIds: readonly string[];
  readonly agendaTemplate: string;
  readonly leadMinutes: number;
  readonly idealIntervalDays?: number;
  readonly maxIntervalDays?: number;
  readonly status: CadenceStatus;
}

/** A stored cadence's fields, each valid alone; cadenceSchema adds what they tell together (scheduleProblem). */
export const cadenceFieldsSchema = z.object({
  ...recordFields,
  partnershipId: idSchema,
  name: z.string().min(1),
  kind: z.enum(CADENCE_KINDS),
  mode: z.enum(CADENCE_MODES),
  rrule: rruleSchema,
  start: localDateTimeSchema,
  zone: timeZoneSchema,
  durationMinutes: z.number().int(),
  channel: z.string(),
  participantIds: z.array(z.string()),
  agendaTemplate: z.string(),
  leadMinutes: z.number().int(),
  idealIntervalDays: z.number().int().optional(),
  maxIntervalDays: z.number().int().optional(),
  status: z.enum(CADENCE_STATUSES),
});

export const cadenceSchema = cadenceFieldsSchema.superRefine(refineSchedule);

export const CADENCE_VISIBILITY = {
  partnershipId: 'shared',
  name: 'shared',
  kind: 'shared',
  mode: 'shared',
  rrule: 'shared',
  start: 'shared',
  zone: 'shared',
  durationMinutes: 'shared',
  channel: 'shared',
  participantIds: 'internal', // calendar exports carry no attendees
  agendaTemplate: 'shared',
  leadMinutes: 'internal',
  idealIntervalDays: 'shared',
  maxIntervalDays: 'shared',
  status: 'shared',
} as const satisfies Record<keyof CadenceInput, Visibility>;

/** What happened to one planned occurrence of a fixed cadence. */
export const OCCURRENCE_OUTCOMES = ['held', 'skipped', 'moved'] as const;
export type OccurrenceOutcome = (typeof OCCURRENCE_OUTCOMES)[number];

export interface OccurrenceRecord extends RecordBase {
  readonly partnershipId: string;
  readonly cadenceId: string;
  /** The planned instant (UTC ISO) this record is about. */
  readonly occurrence: string;
  readonly outcome: OccurrenceOutcome;
  readonly movedTo?: string;
  readonly touchpointId?: string;
  readonly note: string;
}

export const occurrenceRecordSchema = z.object({
  ...recordFields,
  partnershipId: idSchema,
  cadenceId: idSchema,
  occurrence: instantSchema,
  outcome: z.enum(OCCURRENCE_OUTCOMES),
  movedTo: instantSchema.optional(),
  touchpointId: z.string().optional(),
  note: z.string(),
});

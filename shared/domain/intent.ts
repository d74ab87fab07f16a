// The partnership charter, versioned: a version is a draft until both sides
// agree it; agreeing a new version supersedes the previous agreed one.
import { z } from 'zod';
import type { Id, RecordBase, Visibility } from './common';
import { currencyCodeSchema, daySchema, idSchema, optionalDaySchema, optionalText, recordFields } from './common';

export const INTENT_STATUSES = ['draft', 'agreed', 'superseded'] as const;
export type IntentStatus = (typeof INTENT_STATUSES)[number];
export type IntentVersionId = Id<'IntentVersion'>;

const weight = z.number().int('Use a whole number from 1 to 5.').min(1, 'Use a number from 1 to 5.').max(5, 'Use a number from 1 to 5.');

export const GOAL_UNITS = ['count', 'currency', 'percent', 'number'] as const;
export type GoalUnit = (typeof GOAL_UNITS)[number];
export const GOAL_DIRECTIONS = ['higher', 'lower'] as const;
export type GoalDirection = (typeof GOAL_DIRECTIONS)[number];

const goalNumber = (label: string) => z.number({ error: `${label} must be a number.` }).finite(`${label} must be a number.`).optional();

/**
 * A goal of the charter. `id` keeps its identity across intent versions, so its
 * measurements stay with it when the charter is revised: absent or '' on a goal just typed,
 * and the repository gives it one (renderer/db/intents.ts). `metric` names what is measured and
 * `target` says the target in words; the numbers (unit, direction, baseline, targetValue,
 * due by, measureEveryDays) make it measurable (shared/value/goals.ts).
 */
export const goalSchema = z
  .object({
    id: z.string().trim().max(100).optional(),
    statement: z.string().trim().min(1, 'Describe the goal.').max(500),
    metric: optionalText('Metric', 200),
    target: optionalText('Target', 200),
    dueBy: optionalDaySchema,
    /** Absent on goals written before version 9: a plain number. */
    unit: z.enum(GOAL_UNITS, { error: () => 'Choose a unit from the list.' }).optional(),
    /** Only for a currency unit: what the values are in. */
    currency: z.union([z.literal(''), currencyCodeSchema]).optional(),
    /** Absent: higher is better. */
    direction: z.enum(GOAL_DIRECTIONS, { error: () => 'Choose whether higher or lower is better.' }).optional(),
    baseline: goalNumber('Baseline'),
    targetValue: goalNumber('The value to reach'),
    /** How often it should be measured; absent: no "measurement due" reminder. */
    measureEveryDays: z.number().int('Use a whole number of days.').min(1, 'At least every day.').max(366, 'At most every 366 days.').optional(),
  })
  .refine((g) => g.unit !== 'currency' || !!g.currency, { message: 'Say which currency (e.g. USD).', path: ['currency'] })
  .refine((g) => g.targetValue === undefined || g.baseline === undefined || g.targetValue !== g.baseline, { message: 'The target must differ from the baseline.', path: ['targetValue'] });

export type Goal = z.output<typeof goalSchema>;
export type GoalInput = z.input<typeof goalSchema>;

export const valueExchangeSchema = z.object({
  weGive: optionalText('What we give'),
  weGet: optionalText('What we get'),
  theyGive: optionalText('What they give'),
  theyGet: optionalText('What they get'),
});

export const scopeSchema = z.object({
  inScope: optionalText('In scope'),
  outOfScope: optionalText('Out of scope'),
});

export const tradeoffSchema = z.object({
  term: z.string().trim().min(1, 'Name the term.').max(200),
  weightUs: weight,
  weightThem: weight,
  agreedPosition: optionalText('Agreed position', 1000),
});

export const intentContentSchema = z.object({
  purpose: optionalText('Purpose'),
  goals: z.array(goalSchema).max(50).default([]),
  valueExchange: valueExchangeSchema.default({ weGive: '', weGet: '', theyGive: '', theyGet: '' }),
  scope: scopeSchema.default({ inScope: '', outOfScope: '' }),
  tradeoffs: z.array(tradeoffSchema).max(50).default([]),
  nonNegotiables: optionalText('Non-negotiables'),
  successCriteria: optionalText('Success criteria'),
  exitConditions: optionalText('Exit conditions'),
  internalNotes: optionalText('Internal notes'),
});

export type IntentContent = z.output<typeof intentContentSchema>;

/** An intent that says nothing: what an empty form saves. */
export const EMPTY_INTENT_CONTENT: IntentContent = {
  purpose: '',
  goals: [],
  valueExchange: { weGive: '', weGet: '', theyGive: '', theyGet: '' },
  scope: { inScope: '', outOfScope: '' },
  tradeoffs: [],
  nonNegotiables: '',
  successCriteria: '',
  exitConditions: '',
  internalNotes: '',
};
export type IntentContentInput = z.input<typeof intentContentSchema>;

export const agreementSchema = z.object({
  agreedOn: daySchema,
  agreedByUs: z.string().trim().min(1, 'Name who agreed on our side.').max(300),
  agreedByPartner: z.string().trim().min(1, "Name who agreed on the partner's side.").max(300),
});
export type Agreement = z.output<typeof agreementSchema>;

export interface IntentVersion extends RecordBase, IntentContent {
  readonly id: IntentVersionId;
  readonly partnershipId: string;
  readonly version: number;
  readonly status: IntentStatus;
  readonly agreement?: Agreement;
}

/** A stored goal always has its id (the version 9 upgrade and restore of older backups give one). */
const storedGoalSchema = goalSchema.and(z.object({ id: idSchema }));

export const intentVersionSchema = intentContentSchema.extend({
  ...recordFields,
  goals: z.array(storedGoalSchema).max(50).default([]),
  partnershipId: idSchema,
  version: z.number().int().min(1),
  status: z.enum(INTENT_STATUSES),
  agreement: agreementSchema.optional(),
});

/** Sections of the charter and whether each may reach the partner (DESIGN.md). */
export const INTENT_VISIBILITY = {
  purpose: 'shared',
  goals: 'shared',
  valueExchange: 'shared',
  scope: 'shared',
  tradeoffs: 'shared', // the term and agreed position; the weights inside are internal
  nonNegotiables: 'internal',
  successCriteria: 'shared',
  exitConditions: 'shared',
  internalNotes: 'internal',
} as const satisfies Record<keyof IntentContent, Visibility>;

/** Every field of a goal is part of the shared charter: its numbers are what both sides agreed to. */
export const GOAL_VISIBILITY = {
  id: 'shared',
  statement: 'shared',
  metric: 'shared',
  target: 'shared',
  dueBy: 'shared',
  unit: 'shared',
  currency: 'shared',
  direction: 'shared',
  baseline: 'shared',
  targetValue: 'shared',
  measureEveryDays: 'shared',
} as const satisfies Record<keyof Goal, Visibility>;

export const TRADEOFF_VISIBILITY = {
  term: 'shared',
  agreedPosition: 'shared',
  weightUs: 'internal',
  weightThem: 'internal',
} as const satisfies Record<keyof z.output<typeof tradeoffSchema>, Visibility>;

// The partnership charter, versioned: a version is a draft until both sides
// agree it; agreeing a new version supersedes the previous agreed one.
import { z } from 'zod';
import type { Id, RecordBase, Visibility } from './common';
import { daySchema, idSchema, optionalDaySchema, optionalText, recordFields } from './common';

export const INTENT_STATUSES = ['draft', 'agreed', 'superseded'] as const;
export type IntentStatus = (typeof INTENT_STATUSES)[number];
export type IntentVersionId = Id<'IntentVersion'>;

const weight = z.number().int('Use a whole number from 1 to 5.').min(1, 'Use a number from 1 to 5.').max(5, 'Use a number from 1 to 5.');

export const goalSchema = z.object({
  statement: z.string().trim().min(1, 'Describe the goal.').max(500),
  metric: optionalText('Metric', 200),
  target: optionalText('Target', 200),
  dueBy: optionalDaySchema,
});

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

export const intentVersionSchema = intentContentSchema.extend({
  ...recordFields,
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

export const TRADEOFF_VISIBILITY = {
  term: 'shared',
  agreedPosition: 'shared',
  weightUs: 'internal',
  weightThem: 'internal',
} as const satisfies Record<keyof z.output<typeof tradeoffSchema>, Visibility>;

// Proving value: what a goal measured at, the joint pipeline's opportunities, value that
// is not a deal, and the exchange rates the user enters to report in one currency.
// Amounts keep their own currency; shared/value/ converts them for reports, never here.
import { z } from 'zod';
import type { Id, RecordBase, Visibility } from './common';
import { currencyCodeSchema, daySchema, idSchema, oneOf, optionalDaySchema, optionalText, recordFields, requiredText } from './common';

export const MEASUREMENT_SOURCES = ['us', 'partner', 'import'] as const;
export type MeasurementSource = (typeof MEASUREMENT_SOURCES)[number];
export type GoalMeasurementId = Id<'GoalMeasurement'>;

const finiteNumber = (label: string) => z.number({ error: `Enter ${label} as a number.` }).finite(`Enter ${label} as a number.`);

export const goalMeasurementInputSchema = z.object({
  partnershipId: idSchema,
  /** The goal's stable id (shared/domain/intent.ts goalSchema), the same in every intent version. */
  goalId: z.string().trim().min(1, 'Choose the goal this measures.').max(100),
  value: finiteNumber('the value'),
  asOf: daySchema,
  source: oneOf(MEASUREMENT_SOURCES, 'a source').default('us'),
  note: optionalText('Note', 1000),
});
export type GoalMeasurementInput = z.input<typeof goalMeasurementInputSchema>;

export interface GoalMeasurement extends RecordBase {
  readonly id: GoalMeasurementId;
  readonly partnershipId: string;
  readonly goalId: string;
  readonly value: number;
  /** The day the value was true on, yyyy-MM-dd. */
  readonly asOf: string;
  readonly source: MeasurementSource;
  readonly note: string;
}

export const goalMeasurementSchema = z.object({
  ...recordFields,
  partnershipId: idSchema,
  goalId: idSchema,
  value: z.number().finite(),
  asOf: daySchema,
  source: z.enum(MEASUREMENT_SOURCES),
  note: z.string(),
});

/** Goals are shared in the charter, so what they measured at is too. */
export const GOAL_MEASUREMENT_VISIBILITY = {
  partnershipId: 'shared',
  goalId: 'shared',
  value: 'shared',
  asOf: 'shared',
  source: 'shared',
  note: 'shared',
} as const satisfies Record<keyof GoalMeasurementInput, Visibility>;

// ---------------------------------------------------------------- opportunities

export const OPPORTUNITY_SOURCES = ['us', 'partner', 'joint', 'influenced'] as const;
export type OpportunitySource = (typeof OPPORTUNITY_SOURCES)[number];
export const STAGE_OUTCOMES = ['open', 'won', 'lost'] as const;
export type StageOutcome = (typeof STAGE_OUTCOMES)[number];
export type OpportunityId = Id<'Opportunity'>;

/** One stage of the pipeline (Settings): its name and whether an opportunity in it is open, won or lost. */
export const stageSchema = z.object({
  name: z.string().trim().min(1, 'Name the stage.').max(60, 'A stage name must be at most 60 characters.'),
  outcome: z.enum(STAGE_OUTCOMES),
});
export type Stage = z.output<typeof stageSchema>;

export const DEFAULT_STAGES: readonly Stage[] = [
  { name: 'Prospecting', outcome: 'open' },
  { name: 'Qualified', outcome: 'open' },
  { name: 'Proposal', outcome: 'open' },
  { name: 'Negotiation', outcome: 'open' },
  { name: 'Closed won', outcome: 'won' },
  { name: 'Closed lost', outcome: 'lost' },
];

/** A usable stage list: names unique (ignoring case), at least one open, one won and one lost stage. */
export const stageListSchema = z
  .array(stageSchema)
  .min(3, 'Keep at least an open, a won and a lost stage.')
  .max(30, 'At most 30 stages.')
  .superRefine((stages, ctx) => {
    const seen = new Set<string>();
    stages.forEach((s, i) => {
      const key = s.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `“${s.name}” is in the list twice.`, path: [i, 'name'] });
      seen.add(key);
    });
    for (const outcome of STAGE_OUTCOMES) {
      if (!stages.some((s) => s.outcome === outcome)) ctx.addIssue({ code: 'custom', message: `Keep at least one ${outcome} stage.`, path: [] });
    }
  });

const amountSchema = z.number({ error: 'Enter the amount as a number.' }).finite('Enter the amount as a number.').min(0, 'The amount cannot be negative.');

/**
 * An opportunity as a form or an import gives it. `outcome` is not input: the repository
 * reads it from the stage list when the record is written, so renaming or reordering stages
 * later does not turn a won deal into an open one.
 */
const opportunityFields = z.object({
  partnershipId: idSchema,
  account: requiredText('Account', 200),
  amount: amountSchema,
  currency: currencyCodeSchema,
  stage: requiredText('Stage', 60),
  sourced: oneOf(OPPORTUNITY_SOURCES, 'who sourced it'),
  /** When it entered the pipeline: what "created this quarter" counts by. */
  openedOn: daySchema,
  expectedCloseOn: optionalDaySchema,
  closedOn: optionalDaySchema,
  owner: optionalText('Owner', 120),
  /** The CRM's id: unique within the partnership, so a re-import updates instead of duplicating. */
  externalId: optionalText('External id', 100),
});

const closesAfterOpening = { message: 'It cannot close before it was opened.', path: ['closedOn'] };

/**
 * An opportunity as a form or an import gives it. `outcome` is not input: the repository
 * reads it from the stage list when the record is written, so renaming or reordering stages
 * later does not turn a won deal into an open one.
 */
export const opportunityInputSchema = opportunityFields.refine((o) => !o.closedOn || o.closedOn >= o.openedOn, closesAfterOpening);
/** The input with the outcome its stage had when it was written: what the repository stores. */
export const opportunityWriteSchema = opportunityFields.extend({ outcome: z.enum(STAGE_OUTCOMES) }).refine((o) => !o.closedOn || o.closedOn >= o.openedOn, closesAfterOpening);
export type OpportunityInput = z.input<typeof opportunityInputSchema>;

export interface Opportunity extends RecordBase {
  readonly id: OpportunityId;
  readonly partnershipId: string;
  readonly account: string;
  readonly amount: number;
  readonly currency: string;
  readonly stage: string;
  readonly outcome: StageOutcome;
  readonly sourced: OpportunitySource;
  readonly openedOn: string;
  readonly expectedCloseOn?: string;
  readonly closedOn?: string;
  readonly owner: string;
  readonly externalId: string;
}

export const opportunitySchema = z.object({
  ...recordFields,
  partnershipId: idSchema,
  account: z.string().min(1),
  amount: z.number().finite().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/),
  stage: z.string().min(1),
  outcome: z.enum(STAGE_OUTCOMES),
  sourced: z.enum(OPPORTUNITY_SOURCES),
  openedOn: daySchema,
  expectedCloseOn: daySchema.optional(),
  closedOn: daySchema.optional(),
  owner: z.string(),
  externalId: z.string(),
});

/**
 * The deal itself is ours to know: the account and amount reach a partner edition only when
 * the partnership shares them (Partnership.shareOpportunityAmounts), see opportunityForPartner.
 */
export const OPPORTUNITY_VISIBILITY = {
  partnershipId: 'shared',
  account: 'internal',
  amount: 'internal',
  currency: 'internal',
  stage: 'shared',
  sourced: 'shared',
  openedOn: 'shared',
  expectedCloseOn: 'shared',
  closedOn: 'shared',
  owner: 'internal',
  externalId: 'internal',
} as const satisfies Record<keyof OpportunityInput, Visibility>;

/** The fields a partnership that shares its opportunity amounts lets reach the partner besides the shared ones. */
export const OPPORTUNITY_SHARED_WHEN_ALLOWED = ['account', 'amount', 'currency'] as const satisfies readonly (keyof OpportunityInput)[];

// ---------------------------------------------------------------- value events

export const VALUE_EVENT_KINDS = ['cost saved', 'integration installs', 'reference won', 'co-marketing', 'other'] as const;
export type ValueEventKind = (typeof VALUE_EVENT_KINDS)[number];
export type ValueEventId = Id<'ValueEvent'>;

export const valueEventInputSchema = z
  .object({
    partnershipId: idSchema,
    kind: oneOf(VALUE_EVENT_KINDS, 'a kind'),
    description: requiredText('Description', 500),
    amount: amountSchema.optional(),
    currency: z.union([z.literal(''), currencyCodeSchema]).default(''),
    occurredOn: daySchema,
  })
  .refine((e) => e.amount === undefined || e.currency !== '', { message: 'Say which currency the amount is in.', path: ['currency'] });
export type ValueEventInput = z.input<typeof valueEventInputSchema>;

export interface ValueEvent extends RecordBase {
  readonly id: ValueEventId;
  readonly partnershipId: string;
  readonly kind: ValueEventKind;
  readonly description: string;
  readonly amount?: number;
  readonly currency: string;
  readonly occurredOn: string;
}

export const valueEventSchema = z.object({
  ...recordFields,
  partnershipId: idSchema,
  kind: z.enum(VALUE_EVENT_KINDS),
  description: z.string().min(1),
  amount: z.number().finite().min(0).optional(),
  currency: z.string(),
  occurredOn: daySchema,
});

export const VALUE_EVENT_VISIBILITY = {
  partnershipId: 'shared',
  kind: 'shared',
  description: 'shared',
  amount: 'internal',
  currency: 'internal',
  occurredOn: 'shared',
} as const satisfies Record<keyof ValueEventInput, Visibility>;

// ---------------------------------------------------------------- exchange rates

export type ExchangeRateId = Id<'ExchangeRate'>;

/** One unit of `from` is worth `rate` units of `to`, from `asOf` on (until a later rate). Entered by the user, never fetched. */
export const exchangeRateInputSchema = z
  .object({
    from: currencyCodeSchema,
    to: currencyCodeSchema,
    rate: z.number({ error: 'Enter the rate as a number.' }).finite('Enter the rate as a number.').positive('A rate must be more than 0.'),
    asOf: daySchema,
  })
  .refine((r) => r.from !== r.to, { message: 'Convert between two different currencies.', path: ['to'] });
export type ExchangeRateInput = z.input<typeof exchangeRateInputSchema>;

export interface ExchangeRate extends RecordBase {
  readonly id: ExchangeRateId;
  readonly from: string;
  readonly to: string;
  readonly rate: number;
  readonly asOf: string;
}

export const exchangeRateSchema = z.object({
  ...recordFields,
  from: z.string().regex(/^[A-Z]{3}$/),
  to: z.string().regex(/^[A-Z]{3}$/),
  rate: z.number().finite().positive(),
  asOf: daySchema,
});

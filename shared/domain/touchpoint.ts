// Things that happened: meetings, calls, emails, updates sent; and the decisions
// taken in them, which also form the partnership's decision log.
import { z } from 'zod';
import type { Id, RecordBase, Visibility } from './common';
import { daySchema, idSchema, instantSchema, oneOf, optionalText, recordFields, requiredText } from './common';

export const TOUCHPOINT_KINDS = ['meeting', 'call', 'email', 'partner update'] as const;
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];
export type TouchpointId = Id<'Touchpoint'>;
export type DecisionId = Id<'Decision'>;

export const touchpointInputSchema = z.object({
  partnershipId: idSchema,
  kind: oneOf(TOUCHPOINT_KINDS, 'a kind'),
  occurredOn: daySchema,
  title: requiredText('Title', 200),
  attendeeIds: z.array(z.string()).default([]),
  summary: optionalText('Summary', 20000),
  internalNotes: optionalText('Internal notes'),
  cadenceId: z.string().default(''),
  occurrence: z.union([instantSchema, z.literal('')]).default(''),
});

export type TouchpointInput = z.input<typeof touchpointInputSchema>;

export interface Touchpoint extends RecordBase {
  readonly id: TouchpointId;
  readonly partnershipId: string;
  readonly kind: TouchpointKind;
  readonly occurredOn: string;
  readonly title: string;
  readonly attendeeIds: readonly string[];
  readonly summary: string;
  readonly internalNotes: string;
  readonly cadenceId: string;
  readonly occurrence: string;
}

export const touchpointSchema = touchpointInputSchema.extend(recordFields);

export const TOUCHPOINT_VISIBILITY = {
  partnershipId: 'shared',
  kind: 'shared',
  occurredOn: 'shared',
  title: 'shared',
  attendeeIds: 'internal',
  summary: 'shared',
  internalNotes: 'internal',
  cadenceId: 'internal',
  occurrence: 'internal',
} as const satisfies Record<keyof TouchpointInput, Visibility>;

export const decisionInputSchema = z.object({
  partnershipId: idSchema,
  decidedOn: daySchema,
  statement: requiredText('Decision', 1000),
  rationale: optionalText('Rationale'),
  touchpointId: z.string().default(''),
});

export type DecisionInput = z.input<typeof decisionInputSchema>;

export interface Decision extends RecordBase {
  readonly id: DecisionId;
  readonly partnershipId: string;
  readonly decidedOn: string;
  readonly statement: string;
  readonly rationale: string;
  readonly touchpointId: string;
}

export const decisionSchema = decisionInputSchema.extend(recordFields);

export const DECISION_VISIBILITY = {
  partnershipId: 'shared',
  decidedOn: 'shared',
  statement: 'shared',
  rationale: 'internal',
  touchpointId: 'internal',
} as const satisfies Record<keyof DecisionInput, Visibility>;

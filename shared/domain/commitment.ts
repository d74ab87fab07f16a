import { z } from 'zod';
import type { Id, RecordBase, Visibility } from './common';
import { daySchema, idSchema, oneOf, optionalDaySchema, optionalText, recordFields, requiredText } from './common';

export const OWED_BY = ['us', 'partner', 'joint'] as const;
export const COMMITMENT_STATUSES = ['open', 'done', 'dropped'] as const;
export const COMMITMENT_SOURCES = ['intent goal', 'touchpoint', 'health check action', 'manual'] as const;

export type OwedBy = (typeof OWED_BY)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type CommitmentSource = (typeof COMMITMENT_SOURCES)[number];
export type CommitmentId = Id<'Commitment'>;

export const commitmentInputSchema = z
  .object({
    partnershipId: idSchema,
    title: requiredText('Title', 200),
    detail: optionalText('Detail'),
    owedBy: oneOf(OWED_BY, 'a side'),
    ownerId: z.string().default(''),
    dueOn: daySchema,
    status: oneOf(COMMITMENT_STATUSES, 'a status').default('open'),
    doneOn: optionalDaySchema,
    source: oneOf(COMMITMENT_SOURCES, 'a source').default('manual'),
    sourceId: z.string().default(''),
    /** The goal of the charter this serves (a goal's stable id), or '' for none. */
    goalId: z.string().trim().max(100).default(''),
  })
  .refine((c) => c.status !== 'done' || !!c.doneOn, { message: 'Say when it was done.', path: ['doneOn'] });

export type CommitmentInput = z.input<typeof commitmentInputSchema>;

export interface Commitment extends RecordBase {
  readonly id: CommitmentId;
  readonly partnershipId: string;
  readonly title: string;
  readonly detail: string;
  readonly owedBy: OwedBy;
  readonly ownerId: string;
  readonly dueOn: string;
  readonly status: CommitmentStatus;
  readonly doneOn?: string;
  readonly source: CommitmentSource;
  readonly sourceId: string;
  /** The charter goal it serves; absent when none (and on records written before goals could be served). */
  readonly goalId?: string;
}

export const commitmentSchema = z.object({
  ...recordFields,
  partnershipId: idSchema,
  title: z.string().min(1),
  detail: z.string(),
  owedBy: z.enum(OWED_BY),
  ownerId: z.string(),
  dueOn: daySchema,
  status: z.enum(COMMITMENT_STATUSES),
  doneOn: daySchema.optional(),
  source: z.enum(COMMITMENT_SOURCES),
  sourceId: z.string(),
  // Optional: commitments written or backed up before it existed have none.
  goalId: z.string().min(1).max(100).optional(),
});

export const COMMITMENT_VISIBILITY = {
  partnershipId: 'shared',
  title: 'shared',
  detail: 'shared',
  owedBy: 'shared',
  ownerId: 'shared',
  dueOn: 'shared',
  status: 'shared',
  doneOn: 'shared',
  source: 'internal',
  sourceId: 'internal',
  goalId: 'shared',
} as const satisfies Record<keyof CommitmentInput, Visibility>;

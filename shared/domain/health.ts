// A dated assessment of the relationship, from our side or the partner's,
// scored 1–5 on standard dimensions plus any the user adds.
import { z } from 'zod';
import type { Id, RecordBase, Visibility } from './common';
import { daySchema, idSchema, oneOf, optionalText, recordFields } from './common';

export const STANDARD_DIMENSIONS = ['strategic value', 'trust', 'communication', 'execution', 'executive sponsorship'] as const;
export const PERSPECTIVES = ['ours', 'partner'] as const;

export type Perspective = (typeof PERSPECTIVES)[number];
export type HealthCheckId = Id<'HealthCheck'>;

export const scoreSchema = z.object({
  dimension: z.string().trim().min(1, 'Name the dimension.').max(60, 'At most 60 characters.'),
  score: z.number().int('Score with a whole number.').min(1, 'Score from 1 to 5.').max(5, 'Score from 1 to 5.'),
  comment: optionalText('Comment', 2000),
});

export const healthCheckInputSchema = z
  .object({
    partnershipId: idSchema,
    assessedOn: daySchema,
    perspective: oneOf(PERSPECTIVES, 'a perspective'),
    respondent: optionalText('Respondent', 200),
    scores: z.array(scoreSchema).min(1, 'Score at least one dimension.').max(30),
    internalNotes: optionalText('Internal notes'),
  })
  .refine((h) => new Set(h.scores.map((s) => s.dimension.toLowerCase())).size === h.scores.length, {
    message: 'Each dimension can be scored once.',
    path: ['scores'],
  });

export type HealthCheckInput = z.input<typeof healthCheckInputSchema>;
export type DimensionScore = z.output<typeof scoreSchema>;

export interface HealthCheck extends RecordBase {
  readonly id: HealthCheckId;
  readonly partnershipId: string;
  readonly assessedOn: string;
  readonly perspective: Perspective;
  readonly respondent: string;
  readonly scores: readonly DimensionScore[];
  readonly internalNotes: string;
}

export const healthCheckSchema = z.object({
  ...recordFields,
  partnershipId: idSchema,
  assessedOn: daySchema,
  perspective: z.enum(PERSPECTIVES),
  respondent: z.string(),
  scores: z.array(scoreSchema),
  internalNotes: z.string(),
});

export const HEALTH_VISIBILITY = {
  partnershipId: 'shared',
  assessedOn: 'shared',
  perspective: 'shared',
  respondent: 'shared',
  scores: 'shared',
  internalNotes: 'internal',
} as const satisfies Record<keyof HealthCheckInput, Visibility>;

// The executive summary of one partnership's quarterly review: wins, risks and asks,
// drafted from the data and then edited by the user, saved once per partnership and
// quarter. Shared with the partner by default, line by line: a line that starts with
// INTERNAL_LINE_MARKER stays in the internal edition (shared/exports/reviewSummary.ts).
import { z } from 'zod';
import type { Id, RecordBase, Visibility } from './common';
import { idSchema, optionalText, recordFields } from './common';

export type ReviewSummaryId = Id<'ReviewSummary'>;

export const SUMMARY_PARTS = ['wins', 'risks', 'asks'] as const;
export type SummaryPart = (typeof SUMMARY_PARTS)[number];

export const SUMMARY_PART_MAX = 5000;

const quarterText = z
  .string()
  .trim()
  .regex(/^\d{4}-Q[1-4]$/, 'Name the quarter like 2027-Q1.');

export const reviewSummaryInputSchema = z.object({
  partnershipId: idSchema,
  /** `2027-Q1`: the review the summary belongs to. */
  quarter: quarterText,
  wins: optionalText('Wins', SUMMARY_PART_MAX),
  risks: optionalText('Risks', SUMMARY_PART_MAX),
  asks: optionalText('Asks', SUMMARY_PART_MAX),
});
export type ReviewSummaryInput = z.input<typeof reviewSummaryInputSchema>;

export interface ReviewSummary extends RecordBase {
  readonly id: ReviewSummaryId;
  readonly partnershipId: string;
  readonly quarter: string;
  readonly wins: string;
  readonly risks: string;
  readonly asks: string;
}

export const reviewSummarySchema = z.object({
  ...recordFields,
  partnershipId: idSchema,
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/),
  wins: z.string(),
  risks: z.string(),
  asks: z.string(),
});

/** Shared by default; lines marked with INTERNAL_LINE_MARKER are dropped from the partner edition. */
export const REVIEW_SUMMARY_VISIBILITY = {
  partnershipId: 'shared',
  quarter: 'shared',
  wins: 'shared',
  risks: 'shared',
  asks: 'shared',
} as const satisfies Record<keyof ReviewSummaryInput, Visibility>;

/** A summary line that starts with this (any case) is for the internal edition only. */
export const INTERNAL_LINE_MARKER = '[internal]';

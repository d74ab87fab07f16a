import { z } from 'zod';
import type { Id, RecordBase, Visibility } from './common';
import { daySchema, oneOf, optionalDaySchema, optionalText, recordFields, requiredText } from './common';

export const PARTNERSHIP_TYPES = ['technology', 'co-sell', 'reseller', 'distribution', 'joint venture', 'supplier', 'other'] as const;
export const PARTNERSHIP_STATUSES = ['active', 'at risk', 'paused', 'ended'] as const;

export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];
export type PartnershipId = Id<'Partnership'>;

const tagSchema = z.string().trim().min(1).max(40, 'A tag must be at most 40 characters.');

export const partnershipInputSchema = z
  .object({
    name: requiredText('Name', 120),
    partnerOrg: requiredText('Partner organisation', 120),
    type: oneOf(PARTNERSHIP_TYPES, 'a type'),
    status: oneOf(PARTNERSHIP_STATUSES, 'a status'),
    signedOn: optionalDaySchema,
    termEndsOn: optionalDaySchema,
    owner: optionalText('Owner', 120),
    tags: z.array(tagSchema).max(20, 'At most 20 tags.').default([]),
    /** Whether a partner edition may show opportunities' accounts and amounts (internal otherwise). */
    shareOpportunityAmounts: z.boolean().default(false),
  })
  .refine((p) => !p.signedOn || !p.termEndsOn || p.termEndsOn >= p.signedOn, {
    message: 'The term must end on or after the day it was signed.',
    path: ['termEndsOn'],
  });

export type PartnershipInput = z.input<typeof partnershipInputSchema>;

export interface Partnership extends RecordBase {
  readonly id: PartnershipId;
  readonly name: string;
  readonly partnerOrg: string;
  readonly type: PartnershipType;
  readonly status: PartnershipStatus;
  readonly signedOn?: string;
  readonly termEndsOn?: string;
  readonly owner: string;
  readonly tags: readonly string[];
  /** Absent on records written before version 9: false. */
  readonly shareOpportunityAmounts?: boolean;
}

export const partnershipSchema = z.object({
  ...recordFields,
  name: requiredText('Name', 120),
  partnerOrg: requiredText('Partner organisation', 120),
  type: oneOf(PARTNERSHIP_TYPES, 'a type'),
  status: oneOf(PARTNERSHIP_STATUSES, 'a status'),
  signedOn: daySchema.optional(),
  termEndsOn: daySchema.optional(),
  owner: z.string(),
  tags: z.array(z.string()),
  shareOpportunityAmounts: z.boolean().optional(),
});

export const PARTNERSHIP_VISIBILITY = {
  name: 'shared',
  partnerOrg: 'shared',
  type: 'shared',
  status: 'internal', // "at risk" is our assessment, not the partner's to read
  signedOn: 'shared',
  termEndsOn: 'shared',
  owner: 'shared',
  tags: 'internal',
  shareOpportunityAmounts: 'internal',
} as const satisfies Record<keyof PartnershipInput, Visibility>;

/** Parses form input into the stored shape (empty optional days become absent). */
export function normalisePartnership(input: z.output<typeof partnershipInputSchema>) {
  const { signedOn, termEndsOn, tags, shareOpportunityAmounts, ...rest } = input;
  return {
    ...rest,
    tags: [...new Set(tags)],
    ...(shareOpportunityAmounts ? { shareOpportunityAmounts } : {}),
    ...(signedOn ? { signedOn } : {}),
    ...(termEndsOn ? { termEndsOn } : {}),
  };
}

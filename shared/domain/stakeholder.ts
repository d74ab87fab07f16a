import { z } from 'zod';
import type { Id, RecordBase, Visibility } from './common';
import { idSchema, oneOf, optionalText, recordFields, requiredText } from './common';

export const SIDES = ['us', 'partner'] as const;
export const FUNCTIONS = ['executive', 'legal', 'finance', 'product', 'operations', 'sales', 'marketing', 'engineering', 'other'] as const;
export const ALLIANCE_ROLES = ['sponsor', 'decision maker', 'influencer', 'day-to-day lead', 'contributor'] as const;

export type Side = (typeof SIDES)[number];
export type StakeholderFunction = (typeof FUNCTIONS)[number];
export type AllianceRole = (typeof ALLIANCE_ROLES)[number];
export type StakeholderId = Id<'Stakeholder'>;

export const stakeholderInputSchema = z.object({
  partnershipId: idSchema,
  side: oneOf(SIDES, 'a side'),
  name: requiredText('Name', 120),
  title: optionalText('Title', 120),
  function: oneOf(FUNCTIONS, 'a function'),
  role: oneOf(ALLIANCE_ROLES, 'an alliance role'),
  approvalAuthority: optionalText('Approval authority', 200),
  contact: optionalText('Contact', 200),
  internalNotes: optionalText('Internal notes'),
});

export type StakeholderInput = z.input<typeof stakeholderInputSchema>;

export interface Stakeholder extends RecordBase {
  readonly id: StakeholderId;
  readonly partnershipId: string;
  readonly side: Side;
  readonly name: string;
  readonly title: string;
  readonly function: StakeholderFunction;
  readonly role: AllianceRole;
  readonly approvalAuthority: string;
  readonly contact: string;
  readonly internalNotes: string;
}

export const stakeholderSchema = stakeholderInputSchema.extend(recordFields);

export const STAKEHOLDER_VISIBILITY = {
  partnershipId: 'shared',
  side: 'shared',
  name: 'shared',
  title: 'shared',
  function: 'shared',
  role: 'shared',
  approvalAuthority: 'internal',
  contact: 'shared',
  internalNotes: 'internal',
} as const satisfies Record<keyof StakeholderInput, Visibility>;

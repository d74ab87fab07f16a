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

const ROLES_REQUIRED = 'Choose at least one alliance role.';

/**
 * A person may hold several roles at once (a VP sponsor who can also decide); at least
 * one, each once, in the order chosen. Records before schema version 6 held one `role`.
 */
export const rolesSchema = z
  .array(oneOf(ALLIANCE_ROLES, 'an alliance role'), { error: () => ROLES_REQUIRED })
  .min(1, ROLES_REQUIRED)
  .refine((roles) => new Set(roles).size === roles.length, 'Choose each alliance role once.');

export const stakeholderInputSchema = z.object({
  partnershipId: idSchema,
  side: oneOf(SIDES, 'a side'),
  name: requiredText('Name', 120),
  title: optionalText('Title', 120),
  function: oneOf(FUNCTIONS, 'a function'),
  roles: rolesSchema,
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
  /** At least one, no repeats, in the order chosen. */
  readonly roles: readonly AllianceRole[];
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
  roles: 'shared',
  approvalAuthority: 'internal',
  contact: 'shared',
  internalNotes: 'internal',
} as const satisfies Record<keyof StakeholderInput, Visibility>;

/**
 * A stakeholder record as schema versions 1 to 5 stored it (one `role`) in today's shape
 * (`roles: [role]`), for the database upgrade and the restore of older backups. Anything
 * else (a record that already has `roles`, or not a record) is returned as it is, for the
 * schema to judge.
 */
export function withRolesList(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row) || !('role' in row) || 'roles' in row) return row;
  const { role, ...rest } = row;
  return { ...rest, roles: [role] };
}

// The append-only activity log: every create, update, delete, restore, agree and
// import writes one entry in the same transaction as the change itself.
import { z } from 'zod';
import { idSchema, instantSchema } from './common';

export const ACTIVITY_ACTIONS = ['create', 'update', 'delete', 'restore', 'agree', 'import'] as const;
export const ENTITIES = ['partnership', 'intent', 'stakeholder', 'cadence', 'occurrence', 'touchpoint', 'decision', 'commitment', 'health check', 'meeting prep', 'settings', 'goal measurement', 'opportunity', 'value event', 'exchange rate', 'review summary'] as const;

export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];
export type EntityName = (typeof ENTITIES)[number];

export interface Activity {
  readonly id: string;
  readonly at: string;
  readonly entity: EntityName;
  readonly entityId: string;
  readonly partnershipId: string;
  readonly action: ActivityAction;
  readonly description: string;
}

export const activitySchema = z.object({
  id: idSchema,
  at: instantSchema,
  entity: z.enum(ENTITIES),
  entityId: z.string(),
  partnershipId: z.string(),
  action: z.enum(ACTIVITY_ACTIONS),
  description: z.string(),
});

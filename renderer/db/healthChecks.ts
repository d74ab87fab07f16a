import type { HealthCheck } from '@shared/domain';
import { healthCheckInputSchema } from '@shared/domain';
import type { DbContext } from './context';
import type { RecordSpec } from './records';
import { deleteRecord } from './records';
import { createChild, restoreChild, updateChild } from './children';

export const healthCheckSpec: RecordSpec<typeof healthCheckInputSchema, HealthCheck> = {
  table: 'healthChecks',
  entity: 'health check',
  schema: healthCheckInputSchema,
  toFields: (h) => h,
  partnershipOf: (h) => h.partnershipId,
  label: (h) => `${h.perspective === 'ours' ? 'our' : 'the partner’s'} health check of ${h.assessedOn}`,
};

export const createHealthCheck = (ctx: DbContext, input: unknown) => createChild(ctx, healthCheckSpec, input);
export const updateHealthCheck = (ctx: DbContext, id: string, input: unknown) => updateChild(ctx, healthCheckSpec, id, input);
export const deleteHealthCheck = (ctx: DbContext, id: string) => deleteRecord(ctx, healthCheckSpec, id);
export const restoreHealthCheck = (ctx: DbContext, id: string) => restoreChild(ctx, healthCheckSpec, id);

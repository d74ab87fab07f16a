import type { Partnership } from '@shared/domain';
import { normalisePartnership, partnershipInputSchema } from '@shared/domain';
import type { DbContext } from './context';
import type { RecordSpec } from './records';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from './records';

export const partnershipSpec: RecordSpec<typeof partnershipInputSchema, Partnership> = {
  table: 'partnerships',
  entity: 'partnership',
  schema: partnershipInputSchema,
  toFields: normalisePartnership,
  partnershipOf: (p) => p.id,
  label: (p) => `partnership “${p.name}”`,
};

export const createPartnership = (ctx: DbContext, input: unknown) => createRecord(ctx, partnershipSpec, input);
export const updatePartnership = (ctx: DbContext, id: string, input: unknown) => updateRecord(ctx, partnershipSpec, id, input);
/** Archiving is a soft delete: the partnership leaves the portfolio and can be restored. */
export const archivePartnership = (ctx: DbContext, id: string) => deleteRecord(ctx, partnershipSpec, id);
export const restorePartnership = (ctx: DbContext, id: string) => restoreRecord(ctx, partnershipSpec, id);

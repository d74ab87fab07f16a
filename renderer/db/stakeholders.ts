import type { Stakeholder } from '@shared/domain';
import { stakeholderInputSchema } from '@shared/domain';
import type { DbContext } from './context';
import type { RecordSpec } from './records';
import { deleteRecord } from './records';
import { createChild, restoreChild, updateChild } from './children';

export const stakeholderSpec: RecordSpec<typeof stakeholderInputSchema, Stakeholder> = {
  table: 'stakeholders',
  entity: 'stakeholder',
  schema: stakeholderInputSchema,
  toFields: (s) => s,
  partnershipOf: (s) => s.partnershipId,
  label: (s) => `stakeholder “${s.name}” (${s.side === 'us' ? 'our side' : 'partner side'})`,
};

export const createStakeholder = (ctx: DbContext, input: unknown) => createChild(ctx, stakeholderSpec, input);
export const updateStakeholder = (ctx: DbContext, id: string, input: unknown) => updateChild(ctx, stakeholderSpec, id, input);
export const deleteStakeholder = (ctx: DbContext, id: string) => deleteRecord(ctx, stakeholderSpec, id);
export const restoreStakeholder = (ctx: DbContext, id: string) => restoreChild(ctx, stakeholderSpec, id);

import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '@shared/domain';
import { checkStageListChange, countByStage } from '@shared/value/stages';

const inUse = countByStage([{ stage: 'Proposal' }, { stage: 'proposal' }, { stage: 'Closed won' }, { stage: 'Qualified', deletedAt: '2027-01-01T00:00:00.000Z' }]);
const without = (name: string) => DEFAULT_STAGES.filter((s) => s.name !== name);

describe('checkStageListChange', () => {
  it('counts live opportunities per stage, ignoring case', () => {
    expect([...inUse]).toEqual([
      ['proposal', 2],
      ['closed won', 1],
    ]);
  });

  it('refuses removing a stage in use, saying how many opportunities are in it', () => {
    expect(checkStageListChange(DEFAULT_STAGES, without('Proposal'), {}, inUse).problems).toEqual(['2 opportunities are in “Proposal”: move them to another stage before removing this one.']);
    expect(checkStageListChange(DEFAULT_STAGES, without('Closed won').concat({ name: 'Won', outcome: 'won' }), {}, inUse).problems).toEqual(['1 opportunity is in “Closed won”: move it to another stage before removing this one.']);
  });

  it('lets an unused stage go, and a stage in use be reordered', () => {
    expect(checkStageListChange(DEFAULT_STAGES, without('Qualified'), {}, inUse)).toEqual({ renames: [], problems: [] });
    expect(checkStageListChange(DEFAULT_STAGES, [...DEFAULT_STAGES].reverse(), {}, inUse)).toEqual({ renames: [], problems: [] });
  });

  it('carries the opportunities of a renamed stage to its new name', () => {
    const after = DEFAULT_STAGES.map((s) => (s.name === 'Proposal' ? { ...s, name: 'Proposal sent' } : s));
    expect(checkStageListChange(DEFAULT_STAGES, after, { Proposal: 'Proposal sent' }, inUse)).toEqual({ renames: [['Proposal', 'Proposal sent']], problems: [] });
  });

  it('refuses changing the outcome of a stage in use', () => {
    const after = DEFAULT_STAGES.map((s) => (s.name === 'Proposal' ? { ...s, outcome: 'won' as const } : s));
    expect(checkStageListChange(DEFAULT_STAGES, after, {}, inUse).problems).toEqual(['2 opportunities are in “Proposal”: it stays open while they are in it, so no total changes under them.']);
  });
});

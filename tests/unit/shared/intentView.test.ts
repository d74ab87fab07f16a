import { describe, expect, it } from 'vitest';
import type { IntentContent, IntentStatus, IntentVersion, IntentVersionId } from '@shared/domain';
import { intentContentSchema, validate } from '@shared/domain';
import {
  defaultComparison,
  emptyGoalRow,
  emptyTradeoffRow,
  intentFormFrom,
  intentInputFrom,
  intentOverview,
  removeRow,
  updateRow,
} from '@shared/intentView';

function content(overrides: Partial<IntentContent> = {}): IntentContent {
  return {
    purpose: 'Grow joint revenue in EMEA',
    // A goal as version 9 stores it: its id and numbers travel through the form too.
    goals: [{ id: 'g1', statement: 'Launch the integration', metric: 'customers live', target: '20', dueBy: '2027-06-30', unit: 'count', currency: '', direction: 'higher', baseline: 0, targetValue: 20, measureEveryDays: 30 }],
    valueExchange: { weGive: 'Engineering time', weGet: 'Pipeline', theyGive: 'Leads', theyGet: 'A connector' },
    scope: { inScope: 'Mid-market', outOfScope: 'Public sector' },
    tradeoffs: [{ term: 'Exclusivity', weightUs: 4, weightThem: 2, agreedPosition: 'Exclusive in DACH only' }],
    nonNegotiables: 'Our brand comes first',
    successCriteria: '20 live customers',
    exitConditions: 'Either side with 90 days notice',
    internalNotes: 'Their VP is leaving',
    ...overrides,
  };
}

function version(n: number, status: IntentStatus, overrides: Partial<IntentVersion> = {}): IntentVersion {
  return {
    ...content(),
    id: `v${n}` as IntentVersionId,
    createdAt: `2027-01-0${n}T00:00:00.000Z`,
    updatedAt: `2027-01-0${n}T00:00:00.000Z`,
    partnershipId: 'p1',
    version: n,
    status,
    ...overrides,
  };
}

function keys() {
  let n = 0;
  return () => `k${++n}`;
}

describe('intent form', () => {
  it('round-trips a version through the form unchanged', () => {
    const form = intentFormFrom(content(), keys());
    expect(form.goals[0]?.key).toBe('k1');
    expect(form.tradeoffs[0]).toEqual({ key: 'k2', term: 'Exclusivity', weightUs: '4', weightThem: '2', agreedPosition: 'Exclusive in DACH only' });
    const parsed = validate(intentContentSchema, intentInputFrom(form));
    expect(parsed).toEqual({ ok: true, value: content() });
  });

  it('starts a blank charter with no rows, which validates', () => {
    const form = intentFormFrom(undefined, keys());
    expect(form.goals).toEqual([]);
    expect(validate(intentContentSchema, intentInputFrom(form)).ok).toBe(true);
  });

  it('keeps blank rows in place so errors point at the row on screen', () => {
    const form = { ...intentFormFrom(content(), keys()), goals: [emptyGoalRow('a'), { ...emptyGoalRow('b'), statement: 'Real goal' }] };
    const result = validate(intentContentSchema, intentInputFrom(form));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(['goals.0.statement']);
  });

  it('reports a blank weight instead of treating it as zero or a default', () => {
    const form = { ...intentFormFrom(undefined, keys()), tradeoffs: [{ ...emptyTradeoffRow('t'), term: 'Pricing', weightThem: '' }] };
    const result = validate(intentContentSchema, intentInputFrom(form));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors['tradeoffs.0.weightThem']).toBeDefined();
  });

  it('gives a new tradeoff the middle weight on both sides', () => {
    expect(emptyTradeoffRow('t')).toMatchObject({ weightUs: '3', weightThem: '3' });
  });

  it('updates and removes one row by position, keeping the others and their keys', () => {
    const rows = [emptyGoalRow('a'), emptyGoalRow('b'), emptyGoalRow('c')];
    expect(updateRow(rows, 1, { statement: 'B' }).map((r) => [r.key, r.statement])).toEqual([
      ['a', ''],
      ['b', 'B'],
      ['c', ''],
    ]);
    expect(removeRow(rows, 1).map((r) => r.key)).toEqual(['a', 'c']);
  });
});

describe('intentOverview', () => {
  it('has nothing current when there is no intent yet', () => {
    expect(intentOverview([])).toEqual({ agreed: undefined, draft: undefined, current: undefined, isNeverAgreed: true, isDraftChanged: false });
  });

  it('shows the draft when nothing was agreed', () => {
    const overview = intentOverview([version(1, 'draft')]);
    expect(overview.current?.id).toBe('v1');
    expect(overview.isNeverAgreed).toBe(true);
  });

  it('shows the agreed version first, with the newer draft and whether it differs', () => {
    const versions = [version(1, 'superseded'), version(2, 'agreed'), version(3, 'draft', { purpose: 'New purpose' })];
    const overview = intentOverview(versions);
    expect([overview.current?.id, overview.agreed?.id, overview.draft?.id]).toEqual(['v2', 'v2', 'v3']);
    expect(overview.isDraftChanged).toBe(true);
    expect(overview.isNeverAgreed).toBe(false);
  });

  it('says an unchanged copy of the agreed version has not changed', () => {
    expect(intentOverview([version(1, 'agreed'), version(2, 'draft')]).isDraftChanged).toBe(false);
  });
});

describe('defaultComparison', () => {
  const ids = (c: ReturnType<typeof defaultComparison>) => c && [c.from.id, c.to.id];

  it('compares the agreed version with the draft under negotiation', () => {
    expect(ids(defaultComparison([version(1, 'superseded'), version(2, 'agreed'), version(3, 'draft')]))).toEqual(['v2', 'v3']);
  });

  it('otherwise shows what changed since the last review', () => {
    expect(ids(defaultComparison([version(1, 'superseded'), version(2, 'superseded'), version(3, 'agreed')]))).toEqual(['v2', 'v3']);
  });

  it('ignores deleted drafts', () => {
    const versions = [version(1, 'superseded'), version(2, 'agreed'), version(3, 'draft', { deletedAt: '2027-01-04T00:00:00.000Z' })];
    expect(ids(defaultComparison(versions))).toEqual(['v1', 'v2']);
  });

  it('has nothing to compare with a single version', () => {
    expect(defaultComparison([version(1, 'agreed')])).toBeUndefined();
    expect(defaultComparison([version(1, 'draft')])).toBeUndefined();
  });
});

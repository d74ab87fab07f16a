import { describe, expect, it } from 'vitest';
import type { HealthCheck, HealthCheckId, Perspective } from '@shared/domain';
import { commitmentInputSchema } from '@shared/domain';
import {
  actionToCommitment,
  dimensionTrend,
  healthCheckDue,
  healthDropped,
  latestChecks,
  overallScore,
  perceptionGap,
  suggestActions,
} from '@shared/health';

const TODAY = '2027-06-01';

function check(id: string, assessedOn: string, perspective: Perspective, scores: Record<string, number>, overrides: Partial<HealthCheck> = {}): HealthCheck {
  return {
    id: id as HealthCheckId,
    createdAt: `${assessedOn}T12:00:00.000Z`,
    updatedAt: `${assessedOn}T12:00:00.000Z`,
    partnershipId: 'p1',
    assessedOn,
    perspective,
    respondent: '',
    scores: Object.entries(scores).map(([dimension, score]) => ({ dimension, score, comment: '' })),
    internalNotes: '',
    ...overrides,
  };
}

describe('overallScore', () => {
  it('is the mean of the scores to one decimal', () => {
    expect(overallScore(check('a', '2027-01-01', 'ours', { trust: 4, communication: 3, execution: 3 }))).toBe(3.3);
    expect(overallScore(check('b', '2027-01-01', 'ours', { trust: 4, communication: 5 }))).toBe(4.5);
    expect(overallScore(check('c', '2027-01-01', 'ours', { trust: 2, communication: 3, execution: 3 }))).toBe(2.7);
  });

  it('is 0 for a check without scores', () => {
    expect(overallScore(check('a', '2027-01-01', 'ours', {}))).toBe(0);
  });
});

describe('latestChecks', () => {
  it('finds the latest check of each perspective, ignoring deleted ones', () => {
    const checks = [
      check('o1', '2027-01-01', 'ours', { trust: 3 }),
      check('o2', '2027-03-01', 'ours', { trust: 3 }),
      check('o3', '2027-04-01', 'ours', { trust: 3 }, { deletedAt: '2027-04-02T00:00:00.000Z' }),
      check('p1', '2027-02-01', 'partner', { trust: 3 }),
    ];
    const latest = latestChecks(checks);
    expect(latest.ours?.id).toBe('o2');
    expect(latest.partner?.id).toBe('p1');
  });

  it('breaks a same-day tie by the check entered last', () => {
    const earlier = check('z', '2027-01-01', 'ours', { trust: 3 }, { createdAt: '2027-01-01T09:00:00.000Z' });
    const later = check('a', '2027-01-01', 'ours', { trust: 3 }, { createdAt: '2027-01-01T10:00:00.000Z' });
    expect(latestChecks([later, earlier]).ours?.id).toBe('a');
  });

  it('is empty with no checks', () => {
    expect(latestChecks([])).toEqual({ ours: undefined, partner: undefined });
  });
});

describe('dimensionTrend', () => {
  it('gives each dimension its scores oldest first and the change since the previous one', () => {
    const checks = [
      check('o2', '2027-03-01', 'ours', { trust: 2, communication: 4 }),
      check('o1', '2027-01-01', 'ours', { trust: 4, communication: 4 }),
      check('p1', '2027-02-01', 'partner', { trust: 1 }),
    ];
    expect(dimensionTrend(checks, 'ours')).toEqual([
      { dimension: 'trust', series: [{ assessedOn: '2027-01-01', score: 4 }, { assessedOn: '2027-03-01', score: 2 }], delta: -2 },
      { dimension: 'communication', series: [{ assessedOn: '2027-01-01', score: 4 }, { assessedOn: '2027-03-01', score: 4 }], delta: 0 },
    ]);
  });

  it('has no delta for a dimension scored once, and lists user dimensions after the standard ones', () => {
    const checks = [check('o1', '2027-01-01', 'ours', { 'Data quality': 3, execution: 4 }), check('o2', '2027-02-01', 'ours', { execution: 5 })];
    const trend = dimensionTrend(checks, 'ours');
    expect(trend.map((t) => t.dimension)).toEqual(['execution', 'Data quality']);
    expect(trend[0]?.delta).toBe(1);
    expect(trend[1]).not.toHaveProperty('delta');
  });

  it('matches dimensions whatever their case, naming them as the latest check does', () => {
    const checks = [check('o1', '2027-01-01', 'ours', { Trust: 3 }), check('o2', '2027-02-01', 'ours', { trust: 4 })];
    expect(dimensionTrend(checks, 'ours')).toEqual([{ dimension: 'trust', series: [{ assessedOn: '2027-01-01', score: 3 }, { assessedOn: '2027-02-01', score: 4 }], delta: 1 }]);
  });

  it('is empty for a perspective with no checks', () => {
    expect(dimensionTrend([check('o1', '2027-01-01', 'ours', { trust: 3 })], 'partner')).toEqual([]);
  });
});

describe('perceptionGap', () => {
  it('compares the latest check of each side, widest gap first', () => {
    const checks = [
      check('o0', '2026-01-01', 'ours', { trust: 1, communication: 1 }),
      check('o1', '2027-01-01', 'ours', { trust: 5, communication: 3, execution: 4 }),
      check('p1', '2027-01-05', 'partner', { trust: 2, communication: 4, execution: 4 }),
    ];
    expect(perceptionGap(checks)).toEqual([
      { dimension: 'trust', ours: 5, partner: 2, gap: 3 },
      { dimension: 'communication', ours: 3, partner: 4, gap: -1 },
      { dimension: 'execution', ours: 4, partner: 4, gap: 0 },
    ]);
  });

  it('orders equal gaps by the usual dimension order', () => {
    const checks = [
      check('o1', '2027-01-01', 'ours', { execution: 4, trust: 2, 'strategic value': 3 }),
      check('p1', '2027-01-01', 'partner', { execution: 2, trust: 4, 'strategic value': 5 }),
    ];
    expect(perceptionGap(checks).map((r) => r.dimension)).toEqual(['strategic value', 'trust', 'execution']);
  });

  it('reports a dimension only one side scored with the other side and the gap undefined, after the rest', () => {
    const checks = [check('o1', '2027-01-01', 'ours', { 'Data quality': 2, trust: 3 }), check('p1', '2027-01-01', 'partner', { trust: 3, Pricing: 1 })];
    expect(perceptionGap(checks)).toEqual([
      { dimension: 'trust', ours: 3, partner: 3, gap: 0 },
      { dimension: 'Data quality', ours: 2 },
      { dimension: 'Pricing', partner: 1 },
    ]);
  });

  it('with one perspective only, reports every dimension without a gap', () => {
    expect(perceptionGap([check('o1', '2027-01-01', 'ours', { trust: 3 })])).toEqual([{ dimension: 'trust', ours: 3 }]);
    expect(perceptionGap([])).toEqual([]);
  });
});

describe('healthDropped', () => {
  it('says by how much the overall score fell since the previous check of that side', () => {
    const checks = [check('o1', '2027-01-01', 'ours', { trust: 4, communication: 4 }), check('o2', '2027-04-01', 'ours', { trust: 3, communication: 4 })];
    expect(healthDropped(checks, 'ours')).toEqual({ isDropped: true, by: 0.5, latest: 3.5, previous: 4 });
  });

  it('is not dropped when the score held or rose', () => {
    const checks = [check('o1', '2027-01-01', 'ours', { trust: 3 }), check('o2', '2027-04-01', 'ours', { trust: 4 })];
    expect(healthDropped(checks, 'ours')).toEqual({ isDropped: false, by: 0, latest: 4, previous: 3 });
  });

  it('compares only checks of the same perspective', () => {
    const checks = [check('o1', '2027-01-01', 'ours', { trust: 5 }), check('p1', '2027-04-01', 'partner', { trust: 1 })];
    expect(healthDropped(checks, 'partner')).toEqual({ isDropped: false, by: 0, latest: 1 });
    expect(healthDropped(checks, 'ours').isDropped).toBe(false);
  });

  it('is not dropped with no checks', () => {
    expect(healthDropped([], 'ours')).toEqual({ isDropped: false, by: 0 });
  });
});

describe('healthCheckDue', () => {
  it('is due today when there has never been a check', () => {
    expect(healthCheckDue([], TODAY, 90)).toEqual({ isDue: true, dueOn: TODAY });
  });

  it('is due the interval after the latest check of either side', () => {
    const checks = [check('o1', '2027-01-01', 'ours', { trust: 3 }), check('p1', '2027-03-03', 'partner', { trust: 3 })];
    expect(healthCheckDue(checks, '2027-05-31', 90)).toEqual({ isDue: false, dueOn: '2027-06-01', lastOn: '2027-03-03' });
    expect(healthCheckDue(checks, '2027-06-01', 90)).toEqual({ isDue: true, dueOn: '2027-06-01', lastOn: '2027-03-03' });
  });

  it('ignores deleted checks', () => {
    const checks = [check('o1', '2027-05-01', 'ours', { trust: 3 }, { deletedAt: '2027-05-02T00:00:00.000Z' })];
    expect(healthCheckDue(checks, TODAY, 90).isDue).toBe(true);
  });
});

describe('suggestActions', () => {
  it('proposes a concrete action, owed by us, for each dimension we scored 2 or less, weakest first', () => {
    const checks = [check('o1', '2027-05-20', 'ours', { trust: 2, communication: 1, execution: 4, 'executive sponsorship': 5, 'strategic value': 3 })];
    expect(suggestActions(checks, TODAY)).toEqual([
      {
        dimension: 'communication',
        reason: 'low score',
        title: 'Agree a fixed weekly update and who sends it',
        detail: 'Our health check of 20 May 2027 scored communication 1/5.',
        owedBy: 'us',
        dueOn: '2027-06-15',
        checkId: 'o1',
      },
      {
        dimension: 'trust',
        reason: 'low score',
        title: "Hold a candid 1:1 with the partner's day-to-day lead on what is eroding trust",
        detail: 'Our health check of 20 May 2027 scored trust 2/5.',
        owedBy: 'us',
        dueOn: '2027-06-15',
        checkId: 'o1',
      },
    ]);
  });

  it('falls back to the single weakest dimension when none is low, in dimension order on a tie', () => {
    const checks = [check('o1', '2027-05-20', 'ours', { trust: 3, execution: 3, communication: 4 })];
    const actions = suggestActions(checks, TODAY);
    expect(actions.map((a) => a.dimension)).toEqual(['trust']);
  });

  it('suggests nothing for a healthy relationship or with no checks', () => {
    expect(suggestActions([check('o1', '2027-05-20', 'ours', { trust: 4, execution: 5 })], TODAY)).toEqual([]);
    expect(suggestActions([], TODAY)).toEqual([]);
  });

  it('proposes a joint action where the sides differ by 2 or more, quoting the comment when low', () => {
    const ours = check('o1', '2027-05-20', 'ours', { 'executive sponsorship': 5, execution: 4, 'strategic value': 4 });
    const partner = check('p1', '2027-05-25', 'partner', { 'executive sponsorship': 2, execution: 3, 'strategic value': 4 });
    expect(suggestActions([ours, partner], TODAY)).toEqual([
      {
        dimension: 'executive sponsorship',
        reason: 'perception gap',
        title: 'Brief both executive sponsors and book a joint review',
        detail: 'We score executive sponsorship 5/5, the partner scores it 2/5. We rate it higher than the partner does: agree together what is behind the difference.',
        owedBy: 'joint',
        dueOn: '2027-06-15',
        checkId: 'p1',
      },
    ]);
  });

  it('lists each dimension once, a low score winning over a gap, and uses a generic title for user dimensions', () => {
    const ours = check('o1', '2027-05-20', 'ours', { execution: 1, 'strategic value': 5, 'Data quality': 3 });
    const withComment = { ...ours, scores: ours.scores.map((s) => (s.dimension === 'execution' ? { ...s, comment: 'Two launches slipped' } : s)) };
    const partner = check('p1', '2027-05-10', 'partner', { execution: 4, 'strategic value': 2, 'Data quality': 5 });
    const actions = suggestActions([withComment, partner], TODAY);
    expect(actions.map((a) => [a.dimension, a.reason, a.owedBy, a.checkId])).toEqual([
      ['execution', 'low score', 'us', 'o1'],
      ['strategic value', 'perception gap', 'joint', 'o1'],
      ['Data quality', 'perception gap', 'joint', 'o1'],
    ]);
    expect(actions[0]?.title).toBe('Review every open commitment with the partner and re-plan the late ones');
    expect(actions[0]?.detail).toBe('Our health check of 20 May 2027 scored execution 1/5. Comment: "Two launches slipped".');
    expect(actions[2]?.title).toBe('Agree with the partner one concrete step to improve Data quality');
    expect(actions[2]?.detail).toContain('The partner rates it higher than we do');
  });

  it('uses only the partner check for gaps when we have not assessed ourselves', () => {
    expect(suggestActions([check('p1', '2027-05-10', 'partner', { trust: 1 })], TODAY)).toEqual([]);
  });
});

describe('actionToCommitment', () => {
  it('turns a suggested action into valid commitment input from a health check action', () => {
    const [action] = suggestActions([check('o1', '2027-05-20', 'ours', { 'strategic value': 1 })], TODAY);
    if (!action) throw new Error('expected an action');
    const input = actionToCommitment(action, 'p1');
    expect(input).toEqual({
      partnershipId: 'p1',
      title: 'Revisit the shared goals against what each side is getting',
      detail: 'Our health check of 20 May 2027 scored strategic value 1/5.',
      owedBy: 'us',
      dueOn: '2027-06-15',
      source: 'health check action',
      sourceId: 'o1',
    });
    expect(commitmentInputSchema.safeParse(input).success).toBe(true);
  });
});

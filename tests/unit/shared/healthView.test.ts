import { describe, expect, it } from 'vitest';
import type { Commitment, CommitmentId, HealthCheck, HealthCheckId, Perspective } from '@shared/domain';
import { healthCheckInputSchema, validate } from '@shared/domain';
import { dimensionTrend, healthDropped, perceptionGap, suggestActions } from '@shared/health';
import {
  describeChange,
  describeGap,
  errorsByRow,
  gapSummary,
  healthDraftFrom,
  healthInputFrom,
  historyDimensions,
  overallTrend,
  partitionActions,
  scoreFor,
  trendRows,
  trendSummary,
} from '@shared/healthView';

const TODAY = '2027-06-01';

function check(id: string, assessedOn: string, perspective: Perspective, scores: Record<string, number>, createdAt = `${assessedOn}T12:00:00.000Z`): HealthCheck {
  return {
    id: id as HealthCheckId,
    createdAt,
    updatedAt: createdAt,
    partnershipId: 'p1',
    assessedOn,
    perspective,
    respondent: '',
    scores: Object.entries(scores).map(([dimension, score]) => ({ dimension, score, comment: '' })),
    internalNotes: '',
  };
}

function commitment(title: string, sourceId: string, overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: `c-${title}` as CommitmentId,
    createdAt: '2027-06-01T12:00:00.000Z',
    updatedAt: '2027-06-01T12:00:00.000Z',
    partnershipId: 'p1',
    title,
    detail: '',
    owedBy: 'us',
    ownerId: '',
    dueOn: '2027-06-15',
    status: 'open',
    source: 'health check action',
    sourceId,
    ...overrides,
  };
}

describe('healthDraftFrom', () => {
  it('starts a new check today from our side with every standard dimension unscored', () => {
    const draft = healthDraftFrom(undefined, TODAY);
    expect(draft.assessedOn).toBe(TODAY);
    expect(draft.perspective).toBe('ours');
    expect(draft.rows.map((r) => [r.dimension, r.score, r.isStandard])).toEqual([
      ['strategic value', 0, true],
      ['trust', 0, true],
      ['communication', 0, true],
      ['execution', 0, true],
      ['executive sponsorship', 0, true],
    ]);
  });

  it('fills in an existing check, its own dimensions after the standard ones', () => {
    const draft = healthDraftFrom(check('a', '2027-01-10', 'partner', { Trust: 2, 'Joint pipeline': 4 }), TODAY);
    expect(draft.assessedOn).toBe('2027-01-10');
    expect(draft.perspective).toBe('partner');
    expect(draft.rows.find((r) => r.dimension === 'trust')?.score).toBe(2);
    expect(draft.rows.at(-1)).toMatchObject({ dimension: 'Joint pipeline', score: 4, isStandard: false });
  });
});

describe('healthInputFrom', () => {
  it('leaves out dimensions nobody answered and keeps a comment without a score so it is flagged', () => {
    const draft = healthDraftFrom(undefined, TODAY);
    const rows = draft.rows.map((r) =>
      r.dimension === 'trust' ? { ...r, score: 4 } : r.dimension === 'execution' ? { ...r, comment: 'Late twice' } : r,
    );
    const { input, rowKeys } = healthInputFrom({ ...draft, rows }, 'p1');
    expect(input.scores).toEqual([
      { dimension: 'trust', score: 4, comment: '' },
      { dimension: 'execution', score: 0, comment: 'Late twice' },
    ]);
    expect(rowKeys).toEqual(['trust', 'execution']);
    const result = validate(healthCheckInputSchema, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(errorsByRow(result.errors, rowKeys)).toEqual({ execution: { score: 'Score from 1 to 5.' } });
  });

  it('keeps a named dimension of the user even before it is scored', () => {
    const draft = healthDraftFrom(undefined, TODAY);
    const rows = [...draft.rows, { key: 'custom-x', dimension: 'Co-marketing', score: 0, comment: '', isStandard: false }];
    expect(healthInputFrom({ ...draft, rows }, 'p1').rowKeys).toEqual(['custom-x']);
  });
});

describe('errorsByRow', () => {
  it('ignores errors that are not about one row', () => {
    expect(errorsByRow({ scores: 'Each dimension can be scored once.', assessedOn: 'Bad' }, ['trust'])).toEqual({});
  });
});

describe('trendRows', () => {
  it('has one row per check of the side, oldest first, scores keyed by lower-case dimension', () => {
    const checks = [
      check('b', '2027-03-01', 'ours', { Trust: 2, communication: 4 }),
      check('a', '2027-01-01', 'ours', { trust: 4, communication: 4 }),
      check('p', '2027-02-01', 'partner', { trust: 1 }),
    ];
    const { dimensions, rows } = trendRows(checks, 'ours');
    expect(dimensions).toEqual([
      { key: 'trust', name: 'Trust' },
      { key: 'communication', name: 'communication' },
    ]);
    expect(rows.map((r) => [r.assessedOn, r.overall, r.scores.trust])).toEqual([
      ['2027-01-01', 4, 4],
      ['2027-03-01', 3, 2],
    ]);
  });
});

describe('overallTrend', () => {
  it('puts both sides on one row per day, the later entered check of a day winning', () => {
    const checks = [
      check('a', '2027-01-01', 'ours', { trust: 4 }),
      check('b', '2027-01-01', 'ours', { trust: 2 }, '2027-01-01T15:00:00.000Z'),
      check('p', '2027-01-01', 'partner', { trust: 3 }),
      check('q', '2027-02-01', 'partner', { trust: 5 }),
    ];
    expect(overallTrend(checks)).toEqual([
      { assessedOn: '2027-01-01', ours: 2, partner: 3 },
      { assessedOn: '2027-02-01', partner: 5 },
    ]);
  });
});

describe('gap wording', () => {
  it('says who rates a dimension higher, or that only one side scored it', () => {
    expect(describeGap({ dimension: 'trust', ours: 4, partner: 2, gap: 2 })).toBe('We rate it 2 higher');
    expect(describeGap({ dimension: 'trust', ours: 2, partner: 5, gap: -3 })).toBe('The partner rates it 3 higher');
    expect(describeGap({ dimension: 'trust', ours: 3, partner: 3, gap: 0 })).toBe('Both sides agree');
    expect(describeGap({ dimension: 'trust', ours: 3 })).toBe('Only we scored it');
    expect(describeGap({ dimension: 'trust', partner: 3 })).toBe('Only the partner scored it');
  });

  it('summarises the widest gap', () => {
    const rows = perceptionGap([check('a', '2027-01-01', 'ours', { trust: 4, execution: 3 }), check('b', '2027-01-02', 'partner', { trust: 2, execution: 2 })]);
    expect(gapSummary(rows)).toBe('Widest gap on trust: we score 4, the partner 2 (we rate it 2 higher). 1 other dimension differs.');
    expect(gapSummary([{ dimension: 'trust', ours: 3 }])).toMatch(/No dimension has been scored by both sides/);
    expect(gapSummary([{ dimension: 'trust', ours: 3, partner: 3, gap: 0 }])).toBe('Both sides give the same score on the one dimension they both scored.');
  });
});

describe('trendSummary', () => {
  it('names the dimensions that moved since the previous check', () => {
    const checks = [check('a', '2027-01-01', 'ours', { trust: 4, execution: 3 }), check('b', '2027-03-01', 'ours', { trust: 2, execution: 3 })];
    expect(trendSummary(dimensionTrend(checks, 'ours'))).toBe('Since the previous check: trust down 2.');
    expect(trendSummary(dimensionTrend(checks.slice(0, 1), 'ours'))).toMatch(/Only one check/);
    expect(trendSummary([])).toBe('No checks from this side yet.');
  });
});

describe('historyDimensions', () => {
  it('lists standard dimensions in order, then the user’s own by name', () => {
    const checks = [check('a', '2027-01-01', 'ours', { 'Joint pipeline': 3, trust: 4 }), check('b', '2027-01-02', 'partner', { 'strategic value': 2, Alignment: 1 })];
    expect(historyDimensions(checks).map((d) => d.name)).toEqual(['strategic value', 'trust', 'Alignment', 'Joint pipeline']);
    expect(scoreFor(checks[0] as HealthCheck, 'JOINT PIPELINE')).toBe(3);
    expect(scoreFor(checks[0] as HealthCheck, 'execution')).toBeUndefined();
  });
});

describe('partitionActions', () => {
  it('moves actions already turned into a commitment (same check and title) out of the suggestions', () => {
    const checks = [check('a', '2027-05-01', 'ours', { trust: 1, execution: 2 })];
    const actions = suggestActions(checks, TODAY);
    const [first, second] = actions;
    const { pending, created } = partitionActions(actions, [
      commitment(first?.title ?? '', 'a'),
      commitment(second?.title ?? '', 'other-check'),
      commitment('x', 'a', { deletedAt: '2027-06-01T13:00:00.000Z' }),
    ]);
    expect(created).toEqual([first]);
    expect(pending).toEqual([second]);
  });
});

describe('describeChange', () => {
  it('says whether a side’s overall score went up, down or stayed', () => {
    const first = check('a', '2027-01-01', 'ours', { trust: 4, execution: 4 });
    expect(describeChange(healthDropped([], 'ours'))).toBe('No check yet');
    expect(describeChange(healthDropped([first], 'ours'))).toBe('First check from this side');
    expect(describeChange(healthDropped([first, check('b', '2027-02-01', 'ours', { trust: 3, execution: 4 })], 'ours'))).toBe('Down 0.5 since the previous check');
    expect(describeChange(healthDropped([first, check('b', '2027-02-01', 'ours', { trust: 5, execution: 5 })], 'ours'))).toBe('Up 1 since the previous check');
    expect(describeChange(healthDropped([first, check('b', '2027-02-01', 'ours', { trust: 4 })], 'ours'))).toBe('No change since the previous check');
  });
});

import { describe, expect, it } from 'vitest';
import type {
  Cadence,
  CadenceId,
  Commitment,
  CommitmentId,
  Decision,
  DecisionId,
  HealthCheck,
  HealthCheckId,
  IntentContent,
  IntentVersion,
  IntentVersionId,
  OccurrenceRecord,
  Partnership,
  PartnershipId,
  PortfolioSnapshot,
} from '@shared/domain';
import { buildPortfolioRollup } from '@shared/exports/portfolioRollup';
import { buildQuarterlyReview } from '@shared/exports/quarterlyReview';
import { portfolioRollupMarkdown, quarterlyReviewMarkdown, reciprocityVerdict } from '@shared/exports/reviewMarkdown';

const STAMP = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const P = 'p1';

const partnership: Partnership = {
  ...STAMP,
  id: P as PartnershipId,
  name: 'Acme co-sell',
  partnerOrg: 'Acme Corp',
  type: 'co-sell',
  status: 'at risk',
  signedOn: '2026-01-10',
  termEndsOn: '2028-01-09',
  owner: 'Dana Lee',
  tags: ['tier 1'],
};

// 10:00 London on the 15th of each month: Jan, Feb and Mar 2027 fall in Q1, all GMT.
const cadence: Cadence = {
  ...STAMP,
  id: 'cad1' as CadenceId,
  partnershipId: P,
  name: 'Monthly steering',
  kind: 'steering committee',
  mode: 'fixed',
  rrule: 'FREQ=MONTHLY;BYMONTHDAY=15',
  start: '2027-01-15T10:00',
  zone: 'Europe/London',
  durationMinutes: 60,
  channel: '',
  participantIds: [],
  agendaTemplate: '',
  leadMinutes: 60,
  status: 'active',
};

function occurrence(id: string, at: string, outcome: OccurrenceRecord['outcome']): OccurrenceRecord {
  return { ...STAMP, id, partnershipId: P, cadenceId: 'cad1', occurrence: at, outcome, note: '' };
}

function commitment(id: string, owedBy: Commitment['owedBy'], dueOn: string, status: Commitment['status'], doneOn?: string): Commitment {
  return { ...STAMP, id: id as CommitmentId, partnershipId: P, title: `Commitment ${id}`, detail: '', owedBy, ownerId: '', dueOn, status, ...(doneOn ? { doneOn } : {}), source: 'manual', sourceId: '' };
}

function check(id: string, perspective: HealthCheck['perspective'], assessedOn: string, trust: number, execution: number): HealthCheck {
  const scores = [
    { dimension: 'trust', score: trust, comment: '' },
    { dimension: 'execution', score: execution, comment: '' },
  ];
  return { ...STAMP, id: id as HealthCheckId, partnershipId: P, assessedOn, perspective, respondent: `${perspective} lead`, scores, internalNotes: '' };
}

function decision(id: string, decidedOn: string, statement: string, rationale: string): Decision {
  return { ...STAMP, id: id as DecisionId, partnershipId: P, decidedOn, statement, rationale, touchpointId: '' };
}

const V1: IntentContent = {
  purpose: 'Sell together in Europe.',
  goals: [{ statement: 'Ten joint deals', metric: 'Deals', target: '10', dueBy: '2027-03-31' }],
  valueExchange: { weGive: '', weGet: '', theyGive: '', theyGet: '' },
  scope: { inScope: '', outOfScope: '' },
  tradeoffs: [{ term: 'Exclusivity', weightUs: 2, weightThem: 4, agreedPosition: 'None' }],
  nonNegotiables: '',
  successCriteria: '',
  exitConditions: '',
  internalNotes: 'old note',
};
const V2: IntentContent = {
  ...V1,
  purpose: 'Sell together in Europe and the UK.',
  goals: [...V1.goals, { statement: 'Two case studies', metric: '', target: '2', dueBy: '2026-12-31' }, { statement: 'Joint roadmap', metric: '', target: '', dueBy: '' }],
  tradeoffs: [{ term: 'Exclusivity', weightUs: 5, weightThem: 1, agreedPosition: 'None' }],
  internalNotes: 'new note',
};

function version(n: number, content: IntentContent, status: IntentVersion['status'], agreedOn: string): IntentVersion {
  return { ...STAMP, ...content, id: `v${n}` as IntentVersionId, partnershipId: P, version: n, status, agreement: { agreedOn, agreedByUs: 'Dana Lee', agreedByPartner: 'Sam Roe' } };
}

const snapshot: PortfolioSnapshot = {
  partnerships: [partnership],
  intentVersions: [version(1, V1, 'superseded', '2026-06-01'), version(2, V2, 'agreed', '2027-02-20')],
  stakeholders: [],
  cadences: [cadence],
  occurrences: [occurrence('o1', '2027-01-15T10:00:00.000Z', 'held'), occurrence('o2', '2027-02-15T10:00:00.000Z', 'skipped')],
  touchpoints: [],
  decisions: [decision('d1', '2027-02-02', 'Add the UK to scope.', 'Two UK customers asked.'), decision('d0', '2026-12-01', 'Older decision.', '')],
  commitments: [
    commitment('a', 'us', '2027-01-20', 'done', '2027-01-18'),
    commitment('b', 'us', '2027-02-10', 'done', '2027-02-15'),
    commitment('c', 'us', '2027-03-20', 'open'),
    commitment('d', 'us', '2027-03-25', 'dropped'),
    commitment('e', 'partner', '2027-02-01', 'done', '2027-02-01'),
    commitment('f', 'partner', '2027-03-01', 'open'),
    commitment('g', 'joint', '2027-04-10', 'open'),
  ],
  healthChecks: [
    check('h1', 'ours', '2026-12-01', 3, 3),
    check('h2', 'ours', '2027-02-10', 4, 4),
    check('h3', 'partner', '2027-03-01', 3, 2),
    check('h4', 'ours', '2027-04-05', 1, 1),
  ],
  goalMeasurements: [],
  opportunities: [],
  valueEvents: [],
  reviewSummaries: [],
  meetingPreps: [],
  activity: [],
};

const NOW = '2027-04-02T09:00:00.000Z';
const internal = buildQuarterlyReview(snapshot, P, '2027-Q1', { edition: 'internal', now: NOW });
const partner = buildQuarterlyReview(snapshot, P, '2027-Q1', { edition: 'partner', now: NOW });

describe('buildQuarterlyReview', () => {
  it('counts held against planned per cadence in the quarter', () => {
    expect(internal.adherence.cadences).toEqual([{ name: 'Monthly steering', kind: 'steering committee', mode: 'fixed', planned: 3, held: 1, skipped: 1, moved: 0, percent: 33, ahead: 0, countedUntil: '2027-03-31T23:00:00.000Z' }]);
    expect(internal.adherence).toMatchObject({ planned: 3, held: 1, percent: 33 });
  });

  it('splits commitments due in the quarter per side into on time, late, open and dropped', () => {
    const { bySide, items } = internal.commitments;
    expect(bySide.us).toEqual({ total: 4, onTime: 1, late: 1, open: 1, dropped: 1, onTimePercent: 25, dueLater: 0 });
    expect(bySide.partner).toEqual({ total: 2, onTime: 1, late: 0, open: 1, dropped: 0, onTimePercent: 50, dueLater: 0 });
    expect(bySide.joint.total).toBe(0);
    expect(internal.commitments.isReciprocal).toBe(true);
    expect(items.map((c) => c.title)).toEqual(['Commitment a', 'Commitment e', 'Commitment b', 'Commitment f', 'Commitment c', 'Commitment d']);
    expect(items.find((c) => c.title === 'Commitment f')?.state).toBe('overdue');
  });

  it('trends overall health for both sides through the quarter, with the gap at quarter end', () => {
    expect(internal.health.points.map((p) => [p.assessedOn, p.perspective, p.overall])).toEqual([
      ['2026-12-01', 'ours', 3],
      ['2027-02-10', 'ours', 4],
      ['2027-03-01', 'partner', 2.5],
    ]);
    expect(internal.health.gap).toEqual([
      { dimension: 'execution', ours: 4, partner: 2, gap: 2 },
      { dimension: 'trust', ours: 4, partner: 3, gap: 1 },
    ]);
  });

  it('places each goal of the charter in force at quarter end against the quarter', () => {
    expect(internal.goals.version).toBe(2);
    expect(internal.goals.rows.map((g) => [g.statement, g.timing])).toEqual([
      ['Ten joint deals', 'due in quarter'],
      ['Two case studies', 'due before quarter'],
      ['Joint roadmap', 'no due date'],
    ]);
  });

  it('lists only decisions taken in the quarter, with rationale only internally', () => {
    expect(internal.decisions).toEqual([{ decidedOn: '2027-02-02', statement: 'Add the UK to scope.', rationale: 'Two UK customers asked.' }]);
    expect(partner.decisions).toEqual([{ decidedOn: '2027-02-02', statement: 'Add the UK to scope.' }]);
  });

  it('diffs the charter in force at quarter start against the one at quarter end', () => {
    expect(internal.intentChanges).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(internal.intentChanges.changes.map((c) => c.section)).toEqual(['purpose', 'goals', 'tradeoffs', 'internalNotes']);
    // A weight-only change is invisible to the partner, as are internal notes.
    expect(partner.intentChanges.changes.map((c) => c.section)).toEqual(['purpose', 'goals']);
  });

  it("plans next quarter's meetings and commitments", () => {
    expect(internal.nextQuarter.quarter).toBe('2027-Q2');
    expect(internal.nextQuarter.occurrences.map((o) => o.local)).toEqual(['2027-04-15T10:00', '2027-05-15T10:00', '2027-06-15T10:00']);
    expect(internal.nextQuarter.commitmentsDue.map((c) => c.title)).toEqual(['Commitment g']);
  });

  it('keeps status, tags, sources and health notes out of the partner edition', () => {
    expect(internal.internal).toEqual({ status: 'at risk', tags: ['tier 1'] });
    expect(partner.internal).toBeUndefined();
    expect(partner.commitments.items.every((c) => c.source === undefined)).toBe(true);
    expect(partner.health.points.every((p) => p.internalNotes === undefined)).toBe(true);
    expect(JSON.stringify(partner)).not.toMatch(/at risk|tier 1|manual|Two UK customers/);
  });

  it('refuses an unknown partnership or quarter', () => {
    expect(() => buildQuarterlyReview(snapshot, 'nope', '2027-Q1', { edition: 'partner', now: NOW })).toThrow(/nope/);
    expect(() => buildQuarterlyReview(snapshot, P, '2027-Q9', { edition: 'partner', now: NOW })).toThrow(/2027-Q1/);
  });
});

describe('quarterlyReviewMarkdown', () => {
  const internalMd = quarterlyReviewMarkdown(internal);
  const partnerMd = quarterlyReviewMarkdown(partner);

  it('names the edition in the title block', () => {
    expect(partnerMd.split('\n').slice(0, 3)).toEqual(['# Acme co-sell — quarterly review 2027-Q1', '', '**Partner edition** · 1 Jan 2027 – 31 Mar 2027 · generated 2 Apr 2027']);
    expect(internalMd).toContain('**Internal — do not share**');
    expect(partnerMd.split('\n')[4]).toBe('As at the end of 31 Mar 2027.');
  });

  it('renders the key numbers as tables', () => {
    expect(partnerMd).toContain('| Monthly steering | fixed | 3 | 1 | 1 | 0 | 33% |');
    expect(partnerMd).toContain('Overall: 1 held of 3 planned (33%).');
    expect(partnerMd).toContain('| We owe | 4 | 1 | 1 | 1 | 1 | 25% | 0 |');
    expect(partnerMd).toContain('| They owe | 2 | 1 | 0 | 1 | 0 | 50% | 0 |');
    expect(partnerMd).toContain('| execution | 4 | 2 | 2 |');
    expect(partnerMd).toContain('| 2 Feb 2027 | Add the UK to scope. |');
    expect(partnerMd).toContain('- Purpose: changed — Sell together in Europe and the UK.');
    expect(partnerMd).toContain('## Next quarter (2027-Q2)');
    expect(internalMd).toContain('| 2 Feb 2027 | Add the UK to scope. | Two UK customers asked. |');
    expect(internalMd).toContain('- Status: at risk');
  });

  it('leaves weights, rationale and status out of the partner edition', () => {
    expect(partnerMd).not.toMatch(/weight|Rationale|Status: |old note|new note/i);
    // A commitment's source is internal (the value section's pipeline has a shared "Source" column of its own).
    expect(partnerMd).not.toContain('| Done | Source |');
    expect(internalMd).toContain('| Done | Source |');
    expect(internalMd).toMatch(/weights us 5 \/ them 1/);
  });
});

describe('buildPortfolioRollup', () => {
  it('gives one internal row per partnership with its quarter numbers', () => {
    const rollup = buildPortfolioRollup(snapshot, '2027-Q1', NOW);
    expect(rollup.rows).toEqual([
      {
        partnershipId: P,
        name: 'Acme co-sell',
        partnerOrg: 'Acme Corp',
        status: 'at risk',
        adherencePercent: 33,
        oursOnTimePercent: 25,
        theirsOnTimePercent: 50,
        healthOurs: 4,
        healthPartner: 2.5,
        gap: 1.5,
        renewalOn: '2028-01-09',
        // No opportunities: nothing won, nothing open.
        won: { amount: 0, currency: 'USD', count: 0, unconverted: 0, missingRates: [] },
        pipeline: { amount: 0, currency: 'USD', count: 0, unconverted: 0, missingRates: [] },
      },
    ]);
    const md = portfolioRollupMarkdown(rollup);
    expect(md).toContain('**Internal — do not share**');
    expect(md).toContain('| Acme co-sell | Acme Corp | at risk | 33% | 25% | 50% | 4.0 | 2.5 | 1.5 | 9 Jan 2028 | $0 | $0 |');
  });
});

// Mid-quarter, on 5 Dec 2026: the findings of issue 12. A weekly sync from 26 Oct plans
// ten Mondays in 2026-Q4, six of them by 5 Dec (one held) and four still ahead; each side
// owes one commitment that is not due yet.
describe('a review as at a moment inside the quarter', () => {
  const weekly: Cadence = { ...cadence, id: 'cad1' as CadenceId, name: 'Weekly sync', kind: 'ops sync', rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-10-26T10:00' };
  const flexibleFromJanuary: Cadence = { ...cadence, id: 'cad2' as CadenceId, name: 'Exec check-in', kind: 'executive review', mode: 'flexible', rrule: '', start: '2026-01-15T10:00', idealIntervalDays: 30 };
  const midQuarter: PortfolioSnapshot = {
    ...snapshot,
    intentVersions: [],
    cadences: [weekly],
    occurrences: [occurrence('o1', '2026-11-02T10:00:00.000Z', 'held')],
    decisions: [],
    commitments: [commitment('u', 'us', '2026-12-20', 'open'), commitment('t', 'partner', '2026-12-18', 'open')],
    healthChecks: [check('h1', 'ours', '2026-11-10', 4, 4), check('h2', 'partner', '2026-11-20', 3, 3)],
  };
  const NOW_DEC_5 = '2026-12-05T15:00:00.000Z';
  const review = buildQuarterlyReview(midQuarter, P, '2026-Q4', { edition: 'partner', now: NOW_DEC_5 });

  it('states the moment it is as at, and that the quarter is still running', () => {
    expect(review).toMatchObject({ asOf: NOW_DEC_5, asOfDay: '2026-12-05', timing: 'in progress', zone: 'UTC' });
    expect(quarterlyReviewMarkdown(review)).toContain('As at 5 Dec 2026, 15:00 (UTC). The quarter runs to 31 Dec 2026: what comes due after this moment is shown apart and not counted.');
  });

  it('counts only the meetings up to now and shows the ones still ahead apart (not "1 of 10 planned")', () => {
    expect(review.adherence).toMatchObject({ planned: 6, held: 1, percent: 17, ahead: 4 });
    expect(review.adherence.cadences[0]).toMatchObject({ planned: 6, held: 1, ahead: 4, countedUntil: NOW_DEC_5 });
    const md = quarterlyReviewMarkdown(review);
    expect(md).toContain('Overall: 1 held of 6 planned so far (17%).');
    expect(md).toContain('4 more meetings planned before the quarter ends on 31 Dec 2026.');
    expect(md).not.toContain('of 10 planned');
  });

  it('leaves commitments not yet due out of the rates, as due later (not "0 of 1 on time")', () => {
    expect(review.commitments.bySide.us).toMatchObject({ total: 0, dueLater: 1 });
    expect(review.commitments.bySide.us.onTimePercent).toBeUndefined();
    expect(review.commitments.bySide.partner).toMatchObject({ total: 0, dueLater: 1 });
    expect(review.commitments.items.map((c) => [c.title, c.isDue])).toEqual([
      ['Commitment t', false],
      ['Commitment u', false],
    ]);
  });

  it('does not claim reciprocity when nothing was due yet', () => {
    expect(review.commitments.isReciprocal).toBe(false);
    expect(reciprocityVerdict(review)).toBe('Not enough was due yet to compare.');
    expect(quarterlyReviewMarkdown(review)).not.toContain('Reciprocal: both sides');
  });

  it('heads the perception gap as at now, not as at the end of the quarter', () => {
    expect(review.health.gapAsOf).toBe('2026-12-05');
    const md = quarterlyReviewMarkdown(review);
    expect(md).toContain('Perception gap as at 5 Dec 2026');
    expect(md).not.toContain('as at 31 Dec 2026');
  });

  it('counts a commitment once its due day is over, or once it is done or dropped on or before it', () => {
    const withDue: PortfolioSnapshot = {
      ...midQuarter,
      commitments: [
        commitment('past', 'us', '2026-11-30', 'done', '2026-11-29'),
        commitment('today-open', 'us', '2026-12-05', 'open'),
        commitment('today-done', 'partner', '2026-12-05', 'done', '2026-12-05'),
        commitment('late-after', 'partner', '2026-12-01', 'done', '2026-12-09'),
      ],
    };
    const r = buildQuarterlyReview(withDue, P, '2026-Q4', { edition: 'internal', now: NOW_DEC_5 });
    expect(r.commitments.bySide.us).toMatchObject({ total: 1, onTime: 1, dueLater: 1, onTimePercent: 100 });
    // Done on 9 Dec is after this moment: as at 5 Dec it was still open, so overdue.
    expect(r.commitments.bySide.partner).toMatchObject({ total: 2, onTime: 1, late: 0, open: 1, onTimePercent: 50 });
    expect(r.commitments.items.find((c) => c.title === 'Commitment late-after')).toMatchObject({ state: 'overdue', isDue: true });
    expect(r.commitments.isReciprocal).toBe(false);
    expect(reciprocityVerdict(r)).toBe('Not reciprocal so far this quarter: one side owed or kept noticeably less.');
  });

  it('counts a flexible cadence only from its start: nothing planned in 2025-Q3 for one starting on 2026-01-15', () => {
    const early = buildQuarterlyReview({ ...midQuarter, cadences: [flexibleFromJanuary] }, P, '2025-Q3', { edition: 'internal', now: NOW_DEC_5 });
    expect(early.adherence.cadences[0]).toMatchObject({ planned: 0, ahead: 0 });
    expect(early.timing).toBe('ended');
  });

  it('for a past quarter is as at its end, and for a future one counts nothing, only plans', () => {
    const past = buildQuarterlyReview(midQuarter, P, '2026-Q4', { edition: 'partner', now: '2027-02-01T09:00:00.000Z' });
    expect(past).toMatchObject({ asOf: '2027-01-01T00:00:00.000Z', asOfDay: '2026-12-31', timing: 'ended' });
    expect(past.adherence).toMatchObject({ planned: 10, held: 1, ahead: 0 });
    expect(past.commitments.bySide.us).toMatchObject({ total: 1, open: 1, dueLater: 0 });
    expect(quarterlyReviewMarkdown(past)).toContain('As at the end of 31 Dec 2026.');
    const future = buildQuarterlyReview(midQuarter, P, '2027-Q1', { edition: 'partner', now: NOW_DEC_5 });
    expect(future).toMatchObject({ timing: 'not started', asOf: '2027-01-01T00:00:00.000Z' });
    expect(future.adherence).toMatchObject({ planned: 0, held: 0, ahead: 13 });
    expect(quarterlyReviewMarkdown(future)).toContain('As at 5 Dec 2026, 15:00 (UTC) this quarter has not begun: nothing is counted yet, only plans are shown.');
  });

  it('reads "now" in the user’s zone: 5 Dec 23:30 in Los Angeles is still 5 Dec', () => {
    const la = buildQuarterlyReview(midQuarter, P, '2026-Q4', { edition: 'partner', now: '2026-12-06T07:30:00.000Z', zone: 'America/Los_Angeles' });
    expect(la).toMatchObject({ asOfDay: '2026-12-05', generatedOn: '2026-12-05', zone: 'America/Los_Angeles' });
    expect(quarterlyReviewMarkdown(la)).toContain('As at 5 Dec 2026, 23:30 (America/Los_Angeles).');
  });

  it('rolls up with the same counting (not "Kept on time 0% · 0%" for nothing due)', () => {
    const rollup = buildPortfolioRollup(midQuarter, '2026-Q4', NOW_DEC_5);
    expect(rollup).toMatchObject({ asOf: NOW_DEC_5, timing: 'in progress' });
    expect(rollup.rows[0]).toMatchObject({ adherencePercent: 17 });
    expect(rollup.rows[0]?.oursOnTimePercent).toBeUndefined();
    expect(rollup.rows[0]?.theirsOnTimePercent).toBeUndefined();
    expect(portfolioRollupMarkdown(rollup)).toContain('As at 5 Dec 2026, 15:00 (UTC).');
  });
});

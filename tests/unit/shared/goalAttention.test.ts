// Attention's goal items: a measurable goal of the current intent that is off track (or at
// risk) as the goal cards assess it, and one whose measurement is due by its interval. The
// excerpt's slim goals must give the same items as every record.
import { describe, expect, it } from 'vitest';
import type { AttentionClock, AttentionItem } from '@shared/attention';
import { rankAttention } from '@shared/attention';
import type { Goal, GoalMeasurement, IntentVersion, Partnership, PartnershipId } from '@shared/domain';
import { EMPTY_INTENT_CONTENT } from '@shared/domain';
import { excerptPartnership, snapshotOfExcerpts } from '@shared/partnershipExcerpt';

const AT = '2026-10-01T00:00:00.000Z';
const base = { createdAt: AT, updatedAt: AT };
const TODAY = '2027-01-14';
const CLOCK: AttentionClock = { now: `${TODAY}T10:00:00.000Z`, today: TODAY, healthCheckIntervalDays: 90 };
const P = 'p-acme';

const acme: Partnership = { ...base, id: P as PartnershipId, name: 'Acme', partnerOrg: 'Acme Corp', type: 'technology', status: 'active', owner: '', tags: [] };

type StoredGoal = Goal & { readonly id: string };
const goal = (fields: Omit<StoredGoal, 'metric' | 'target'>): StoredGoal => ({ metric: '', target: '', ...fields });
const wins = goal({ id: 'g-wins', statement: '20 joint wins', unit: 'count', baseline: 0, targetValue: 20, dueBy: '2027-06-30', measureEveryDays: 30 });
const pipeline = goal({ id: 'g-pipe', statement: 'Joint pipeline', unit: 'currency', currency: 'USD', baseline: 0, targetValue: 1_000_000, dueBy: '2027-12-31', measureEveryDays: 14 });
const fine = goal({ id: 'g-fine', statement: 'Certified engineers', baseline: 0, targetValue: 10, dueBy: '2027-03-01', measureEveryDays: 30 });
const close = goal({ id: 'g-close', statement: 'Partner NPS', unit: 'percent', baseline: 0, targetValue: 100, dueBy: '2027-02-13' });
const old = goal({ id: 'g-old', statement: 'Dropped goal', baseline: 0, targetValue: 50, dueBy: '2027-06-30', measureEveryDays: 7 });
const drafted = goal({ id: 'g-draft', statement: 'Only in the draft', baseline: 0, targetValue: 50, dueBy: '2027-06-30', measureEveryDays: 7 });

function version(n: number, status: IntentVersion['status'], goals: readonly StoredGoal[]): IntentVersion {
  const agreement = status === 'draft' ? {} : { agreement: { agreedOn: '2026-11-01', agreedByUs: 'Dana', agreedByPartner: 'Raj' } };
  return { ...base, id: `i-${n}` as IntentVersion['id'], partnershipId: P, version: n, status, ...EMPTY_INTENT_CONTENT, purpose: 'Grow', goals: [...goals], ...agreement };
}

function measured(goalId: string, asOf: string, value: number, deletedAt?: string): GoalMeasurement {
  return { ...base, id: `m-${goalId}-${asOf}` as GoalMeasurement['id'], partnershipId: P, goalId, value, asOf, source: 'us', note: 'why', ...(deletedAt ? { deletedAt } : {}) };
}

const versions = [version(1, 'superseded', [old, wins]), version(2, 'agreed', [wins, pipeline, fine, close]), version(3, 'draft', [wins, drafted])];
const measurements = [
  // 1 then 2 wins a month apart: about 7.8 by 30 Jun, far from 20.
  measured('g-wins', '2026-12-01', 1),
  measured('g-wins', '2027-01-01', 2),
  // One measurement: not enough data for a status, and its next one was due on 15 Nov.
  measured('g-pipe', '2026-11-01', 100_000),
  // On track; a deleted measurement that would put it off track and ask for none.
  measured('g-fine', '2026-12-01', 5),
  measured('g-fine', '2027-01-01', 8),
  measured('g-fine', '2027-01-13', 0, '2027-01-13T12:00:00.000Z'),
  // 55 to 75 over the quarter: about 85% by 13 Feb, at risk.
  measured('g-close', '2026-10-01', 55),
  measured('g-close', '2026-12-31', 75),
  // Off track, and long unmeasured, but no longer in the current intent.
  measured('g-old', '2026-10-01', 1),
  measured('g-old', '2026-11-01', 2),
  measured('g-draft', '2026-10-01', 1),
  measured('g-draft', '2026-11-01', 2),
];

const records = { cadences: [], occurrences: [], touchpoints: [], commitments: [], healthChecks: [], intentVersions: versions, goalMeasurements: measurements };
const goalItems = (items: readonly AttentionItem[]) => items.filter((i) => i.goal);

function ranked(clock: AttentionClock = CLOCK): AttentionItem[] {
  return goalItems(rankAttention({ partnerships: [acme], ...records }, clock));
}

describe('goal items in Attention', () => {
  it('flag the current intent’s goal that is off track, one at risk, and one whose measurement is due; nothing for the rest', () => {
    expect(ranked().map((i) => [i.reason, i.goal?.goalId, i.tab])).toEqual([
      ['goal off track', 'g-wins', 'value'],
      ['goal measurement due', 'g-pipe', 'value'],
      ['goal at risk', 'g-close', 'value'],
    ]);
  });

  it('say why in a few words: the projection against the target by the due date, or when it was last measured', () => {
    const [off, due, risk] = ranked();
    expect(off).toMatchObject({ title: 'Goal off track: 20 joint wins', partnershipName: 'Acme' });
    expect(off!.detail).toMatch(/^Projected 7\.\d+ by 30 Jun 2027 against a target of 20 \(3\d% of the way\)\./);
    expect(due).toMatchObject({ title: 'Measure the goal: Joint pipeline', detail: 'Last measured on 1 Nov 2026 (100,000 USD); it is measured every 14 days. Add the latest value.' });
    expect(risk!.detail).toMatch(/^Projected 8\d(\.\d+)?% by 13 Feb 2027 against a target of 100% \(8\d% of the way\)\./);
    expect(off!.urgency).toBeGreaterThan(due!.urgency);
    expect(due!.urgency).toBeGreaterThan(risk!.urgency);
  });

  it('ask for a goal never measured from the day its intent was agreed, every interval', () => {
    const unmeasured = { ...records, goalMeasurements: [] };
    const items = goalItems(rankAttention({ partnerships: [acme], ...unmeasured }, CLOCK)).filter((i) => i.reason === 'goal measurement due');
    expect(items.map((i) => i.goal?.goalId)).toEqual(['g-fine', 'g-pipe', 'g-wins']);
    expect(items[1]!.detail).toBe('Not measured since the intent of 1 Nov 2026; it is measured every 14 days. Add the latest value.');
  });

  it('stop once measured, and stop steering a goal past its due date', () => {
    const measuredNow = [...measurements, measured('g-pipe', '2027-01-10', 400_000)];
    expect(goalItems(rankAttention({ partnerships: [acme], ...records, goalMeasurements: measuredNow }, CLOCK)).map((i) => i.goal?.goalId)).toEqual(['g-wins', 'g-close']);
    const later: AttentionClock = { now: '2027-02-14T10:00:00.000Z', today: '2027-02-14', healthCheckIntervalDays: 90 };
    expect(ranked(later).some((i) => i.goal?.goalId === 'g-close')).toBe(false);
  });

  it('read the same from the excerpt’s slim goals as from every record, at any day', () => {
    const excerpt = excerptPartnership(P, records);
    expect(excerpt.goals.map((g) => g.goalId)).toEqual(['g-wins', 'g-pipe', 'g-fine', 'g-close']);
    expect(excerpt.goals.find((g) => g.goalId === 'g-fine')!.measurements).toEqual([
      ['2026-12-01', 5],
      ['2027-01-01', 8],
    ]);
    expect(JSON.stringify(excerpt.goals)).not.toContain('why');
    for (const today of ['2026-11-20', TODAY, '2027-02-01', '2027-03-02', '2027-07-30', '2028-02-01']) {
      const clock: AttentionClock = { now: `${today}T10:00:00.000Z`, today, healthCheckIntervalDays: 90 };
      expect(rankAttention(snapshotOfExcerpts([acme], [excerpt]), clock)).toEqual(rankAttention({ partnerships: [acme], ...records }, clock));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { assessGoal, fitLine, GOAL_STATUS_RULE, measurementDue, progressOf, valueOn } from '@shared/value/goals';

const m = (asOf: string, value: number) => ({ asOf, value });
// 0 → 100 by the end of the year, higher is better.
const deals = { baseline: 0, targetValue: 100, direction: 'higher', dueBy: '2027-12-31', measureEveryDays: 30 } as const;
// From 10 days down to 4: lower is better.
const days = { baseline: 10, targetValue: 4, direction: 'lower', dueBy: '2027-12-31' } as const;

describe('progressOf', () => {
  it('is the share of the way from baseline to target, for either direction', () => {
    expect(progressOf(deals, 25)).toBe(0.25);
    expect(progressOf(deals, 120)).toBe(1.2);
    expect(progressOf(days, 7)).toBe(0.5);
    expect(progressOf(days, 12)).toBeCloseTo(-1 / 3);
  });

  it('starts from the first measurement without a baseline, and is unknown without a target', () => {
    expect(progressOf({ targetValue: 50 }, 30, [m('2027-02-01', 20), m('2027-01-01', 10)])).toBe(0.5);
    expect(progressOf({ baseline: 0 }, 30)).toBeUndefined();
    expect(progressOf({ targetValue: 10 }, 10, [m('2027-01-01', 10)])).toBeUndefined();
  });
});

describe('fitLine', () => {
  it('is the least-squares line through the measurements, whatever their order', () => {
    const fit = fitLine([m('2027-01-11', 30), m('2027-01-01', 10), m('2027-01-21', 50)])!;
    expect(fit.origin).toBe('2027-01-01');
    expect(fit.slope).toBeCloseTo(2);
    expect(fit.intercept).toBeCloseTo(10);
    expect(valueOn(fit, '2027-01-31')).toBeCloseTo(70);
    // Noisy points: the slope minimises squared error (x = 0, 1, 2; y = 0, 2, 1 → slope 0.5, intercept 0.5).
    const noisy = fitLine([m('2027-01-01', 0), m('2027-01-02', 2), m('2027-01-03', 1)])!;
    expect(noisy.slope).toBeCloseTo(0.5);
    expect(noisy.intercept).toBeCloseTo(0.5);
  });

  it('needs two different days', () => {
    expect(fitLine([])).toBeUndefined();
    expect(fitLine([m('2027-01-01', 1)])).toBeUndefined();
    expect(fitLine([m('2027-01-01', 1), m('2027-01-01', 5)])).toBeUndefined();
  });
});

describe('assessGoal', () => {
  it('says on track, at risk or off track from where the line reaches by the due date', () => {
    // 365 days from 1 Jan to 31 Dec: about 8.3 a month reaches 100.
    expect(assessGoal(deals, [m('2027-01-01', 0), m('2027-02-01', 9), m('2027-03-01', 17)]).status).toBe('on track');
    // About 85% of the way by the due date.
    const atRisk = assessGoal(deals, [m('2027-01-01', 0), m('2027-02-01', 7), m('2027-03-01', 14)]);
    expect(atRisk.status).toBe('at risk');
    expect(atRisk.projectedProgress).toBeGreaterThanOrEqual(0.8);
    expect(atRisk.projectedProgress).toBeLessThan(1);
    expect(assessGoal(deals, [m('2027-01-01', 0), m('2027-02-01', 3), m('2027-03-01', 6)]).status).toBe('off track');
  });

  it('works the same way when lower is better', () => {
    expect(assessGoal(days, [m('2027-01-01', 10), m('2027-04-01', 8.4), m('2027-07-01', 7)]).status).toBe('on track');
    expect(assessGoal(days, [m('2027-01-01', 10), m('2027-04-01', 10.5), m('2027-07-01', 11)]).status).toBe('off track');
  });

  it('is on track once the target is reached, and not enough data with one measurement or no due date', () => {
    expect(assessGoal(deals, [m('2027-03-01', 100)]).status).toBe('on track');
    expect(assessGoal(deals, [m('2027-03-01', 40)])).toMatchObject({ status: 'not enough data', progress: 0.4 });
    expect(assessGoal({ ...deals, dueBy: '' }, [m('2027-01-01', 0), m('2027-02-01', 10)]).status).toBe('not enough data');
    expect(assessGoal({ baseline: 0 }, [m('2027-01-01', 0), m('2027-02-01', 10)]).status).toBe('not enough data');
  });

  it('has one sentence for the rule', () => {
    expect(GOAL_STATUS_RULE.split('. ')).toHaveLength(1);
    expect(GOAL_STATUS_RULE).toMatch(/80%/);
  });
});

describe('measurementDue', () => {
  it('is due an interval after the last measurement, or from the day the goal was set', () => {
    expect(measurementDue(deals, [m('2027-01-10', 5)], '2027-01-01', '2027-02-08')).toBeUndefined();
    expect(measurementDue(deals, [m('2027-01-10', 5), m('2026-12-01', 1)], '2027-01-01', '2027-02-09')).toEqual({ dueOn: '2027-02-09', daysLate: 0 });
    expect(measurementDue(deals, [], '2027-01-01', '2027-01-05')).toEqual({ dueOn: '2027-01-01', daysLate: 4 });
  });

  it('asks nothing without an interval, or once an interval has passed since the due date', () => {
    expect(measurementDue(days, [], '2027-01-01', '2027-06-01')).toBeUndefined();
    expect(measurementDue(deals, [m('2027-11-01', 90)], '2027-01-01', '2028-01-30')).toEqual({ dueOn: '2027-12-01', daysLate: 60 });
    expect(measurementDue(deals, [m('2027-11-01', 90)], '2027-01-01', '2028-01-31')).toBeUndefined();
  });
});

// The simulation must catch a broken rule (issue 12: "a deliberately broken rule must make it
// fail"). Two rules are broken here on purpose, each for a short run: next-due answers that
// point at a meeting already over, and a planner that forgets quiet hours. Each must show up
// as its invariant, with a message that says what was untrue.
import { describe, expect, it, vi } from 'vitest';
import type * as CadenceSchedule from '@shared/cadenceSchedule';
import type * as Reminders from '@shared/reminders';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import { RUN_START } from './timeTravel/schedule';
import { simulate } from './timeTravel/simulate';

const broken = vi.hoisted(() => ({ rule: 'none' as 'none' | 'next due in the past' | 'quiet hours ignored' }));

vi.mock('@shared/cadenceSchedule', async (importOriginal) => {
  const real = await importOriginal<typeof CadenceSchedule>();
  // Broken: a fixed cadence's next meeting is the latest one already over, "due soon".
  const nextDue: typeof real.nextDue = (cadence, records, touchpoints, nowIso, cache) => {
    const due = real.nextDue(cadence, records, touchpoints, nowIso, cache);
    if (broken.rule !== 'next due in the past' || due?.mode !== 'fixed') return due;
    const past = real.plannedOccurrences(cadence, new Date(Date.parse(nowIso) - 30 * 86_400_000).toISOString(), nowIso, cache).at(-1);
    return past ? { ...due, band: 'due soon', occurrence: past, at: past, dueOn: past.slice(0, 10), missedCount: 0 } : due;
  };
  return { ...real, nextDue };
});

vi.mock('@shared/reminders', async (importOriginal) => {
  const real = await importOriginal<typeof Reminders>();
  // Broken: quiet hours hold nothing back.
  const planReminders: typeof real.planReminders = (input) =>
    real.planReminders(broken.rule === 'quiet hours ignored' ? { ...input, settings: { ...input.settings, quietHoursEnabled: false } } : input);
  return { ...real, planReminders };
});

const SHORT_RUN_DAYS = 21;
const sample = samplePortfolio(RUN_START);
const run = () => simulate({ label: `broken: ${broken.rule}`, snapshot: sample, zone: 'America/New_York', seed: 3, readPath: 'excerpts', days: SHORT_RUN_DAYS });

describe('the time-travel simulation catches a broken rule', () => {
  it('reports a "next" that is already over', () => {
    broken.rule = 'next due in the past';
    const finding = run().findings.get('next is ahead');
    broken.rule = 'none';
    expect(finding?.count ?? 0).toBeGreaterThan(0);
    expect(finding?.examples[0]).toMatch(/next cadence ".+" on \d{4}-\d{2}-\d{2} \(due soon\), before today/);
  }, 120_000);

  it('reports a reminder delivered in quiet hours', () => {
    broken.rule = 'quiet hours ignored';
    const finding = run().findings.get('nothing in quiet hours');
    broken.rule = 'none';
    expect(finding?.count ?? 0).toBeGreaterThan(0);
    expect(finding?.examples[0]).toMatch(/Reminder delivered at \d{4}-\d{2}-\d{2}T2\d:\d{2} America\/New_York, in quiet hours/);
  }, 120_000);

  it('reports nothing of the kind when no rule is broken', () => {
    const report = run();
    for (const name of ['next is ahead', 'nothing in quiet hours'] as const) expect(report.findings.get(name), name).toBeUndefined();
  }, 120_000);
});

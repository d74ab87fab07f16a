// Issue 12, item 5: in an en-US browser the Overview showed "Apr 15, 2024" (the screen's
// locale) beside "22 Nov 2026" (text built in shared/). Every date Steward writes — the
// screen helpers, Attention, reminders, health actions, review and charter exports — now
// goes through one formatter with one format; these tests hold every builder to it.
import { describe, expect, it } from 'vitest';
import { rankAttention } from '@shared/attention';
import type { DateFormat } from '@shared/dates';
import { DATE_STYLES, formatDayText } from '@shared/dates';
import { defaultSettings } from '@shared/domain';
import { intentSummaryMarkdown } from '@shared/exports/intentSummary';
import { buildPortfolioRollup } from '@shared/exports/portfolioRollup';
import { buildQuarterlyReview } from '@shared/exports/quarterlyReview';
import { portfolioRollupMarkdown, quarterlyReviewMarkdown } from '@shared/exports/reviewMarkdown';
import { suggestActions } from '@shared/health';
import { planReminders } from '@shared/reminders';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import { formatDay } from '../../../renderer/src/format';

const TODAY = '2027-01-14';
const NOW = `${TODAY}T15:00:00.000Z`;
const snapshot = samplePortfolio(TODAY);

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/** Every way a day could be written: "22 Nov 2026", "Nov 22, 2026", "2026-11-22". */
const ANY_DAY = new RegExp(`\\b\\d{1,2} ${MONTH} \\d{4}\\b|\\b${MONTH} \\d{1,2}, \\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`, 'g');
const SHAPES: Readonly<Record<string, RegExp>> = {
  dayFirst: new RegExp(`^\\d{1,2} ${MONTH} \\d{4}$`),
  monthFirst: new RegExp(`^${MONTH} \\d{1,2}, \\d{4}$`),
  iso: /^\d{4}-\d{2}-\d{2}$/,
};

function shapeOf(text: string): string {
  return Object.entries(SHAPES).find(([, pattern]) => pattern.test(text))?.[0] ?? `unknown: ${text}`;
}

/** Everything the builders write about this portfolio today, in one format. */
function everythingWritten(format: DateFormat): string[] {
  const partnership = snapshot.partnerships[0]!;
  const attention = rankAttention(snapshot, { now: NOW, today: TODAY, healthCheckIntervalDays: 90, dateFormat: format });
  // A week of the planner with nothing delivered yet: every reminder raised is due.
  const settings = { ...defaultSettings('America/New_York'), quietHoursEnabled: false };
  const reminders = planReminders({ snapshot, ledger: [], settings, now: NOW, dateFormat: format }).due;
  const review = buildQuarterlyReview(snapshot, partnership.id, '2027-Q1', { edition: 'internal', now: NOW, dateFormat: format });
  const rollup = buildPortfolioRollup(snapshot, '2027-Q1', NOW);
  const checks = snapshot.healthChecks.filter((c) => c.partnershipId === partnership.id);
  return [
    ...attention.map((item) => item.detail),
    ...reminders.map((r) => r.body),
    ...suggestActions(checks, TODAY, format).map((a) => a.detail),
    quarterlyReviewMarkdown(review, format),
    portfolioRollupMarkdown(rollup, format),
    intentSummaryMarkdown(snapshot, partnership.id, { edition: 'partner', dateFormat: format }),
  ];
}

function daysIn(texts: readonly string[]): string[] {
  // ISO days inside Markdown tables are fine only for the ISO style; the "as at" and "generated" lines carry days too.
  return texts.flatMap((text) => text.match(ANY_DAY) ?? []);
}

describe('one date format', () => {
  it.each([
    ['en-US', 'monthFirst'],
    ['en-GB', 'dayFirst'],
  ] as const)('in an %s locale, the screen and every builder write days one way', (locale, shape) => {
    const format: DateFormat = { style: 'locale', locale };
    expect(shapeOf(formatDay('2024-04-15', format))).toBe(shape);
    const days = daysIn(everythingWritten(format));
    expect(days.length).toBeGreaterThan(20);
    expect(new Set(days.map(shapeOf))).toEqual(new Set([shape]));
  });

  it.each([
    ['d MMM yyyy', 'dayFirst'],
    ['MMM d, yyyy', 'monthFirst'],
    ['yyyy-MM-dd', 'iso'],
  ] as const)('Settings’ %s wins over the locale everywhere', (style, shape) => {
    for (const locale of ['en-US', 'en-GB']) {
      const format: DateFormat = { style, locale };
      expect(formatDay('2024-04-15', format)).toBe(formatDayText('2024-04-15', format));
      const days = daysIn(everythingWritten(format));
      expect(days.length).toBeGreaterThan(20);
      expect(new Set(days.map(shapeOf))).toEqual(new Set([shape]));
    }
  });

  it('offers exactly the four styles Settings lists, with the locale as the default', () => {
    expect(DATE_STYLES).toEqual(['locale', 'd MMM yyyy', 'MMM d, yyyy', 'yyyy-MM-dd']);
    expect(defaultSettings('UTC').dateFormat).toBe('locale');
  });
});

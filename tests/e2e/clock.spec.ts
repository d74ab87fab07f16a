// Issue 12, items 6 and 7: screens follow one clock. A window left open past midnight
// moves Attention and the Portfolio to the new day without a reload, and over a week of
// the sample portfolio (a weekend and a night in quiet hours included) every relative
// phrase agrees with the date beside it, nothing "next" or "due soon" is in the past, and
// no reminder prepares for a meeting that has already started. The context is en-GB in
// Europe/London (fixtures.ts); in January London is on UTC, so wall times are UTC here.
import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_TEXT = /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})/;
const HOUR = 3_600_000;

/** "14 Jan 2027" (the en-GB locale format) as yyyy-MM-dd. */
function dayOf(text: string): string {
  const m = DAY_TEXT.exec(text);
  if (!m) throw new Error(`no date in "${text}"`);
  return `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (24 * HOUR);
}

/** What the phrase beside `day` must say on `today`. */
function phrase(day: string, today: string): string {
  const diff = daysBetween(today, day);
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  return diff > 0 ? `in ${diff} days` : `${-diff} days ago`;
}

async function show(page: Page, hash: string): Promise<void> {
  // A hash change: the same document, never a reload.
  await page.evaluate((h) => ((globalThis as unknown as { location: { hash: string } }).location.hash = h), hash);
}

/** The day Attention's header says it is, after checking it is the expected one. */
async function expectAttentionDay(page: Page, today: string): Promise<void> {
  await show(page, '#/attention');
  await expect.poll(async () => dayOf((await page.locator('.screen-sub').textContent()) ?? '')).toBe(today);
}

/** Portfolio: each next cadence ahead (or plainly overdue), its phrase agreeing with its date. */
async function checkPortfolio(page: Page, today: string): Promise<string[]> {
  await show(page, '#/portfolio');
  const cells = page.locator('.next-cadence .cell-sub:not(.unrecorded-count):not(.cell-prepare)');
  await expect(cells.first()).toBeVisible();
  const texts = await cells.allTextContents();
  const problems: string[] = [];
  for (const text of texts) {
    // An overdue one, or a flexible window already open, says so in words rather than as a date ahead.
    if (text.startsWith('Overdue since') || text.startsWith('Due since')) continue;
    const day = dayOf(text);
    if (day < today) problems.push(`next cadence "${text}" is before today ${today}`);
    if (!text.endsWith(`, ${phrase(day, today)}`)) problems.push(`next cadence "${text}" should say "${phrase(day, today)}" on ${today}`);
  }
  for (const text of await page.locator('.renewal').allTextContents()) {
    const day = dayOf(text);
    if (!text.endsWith(phrase(day, today))) problems.push(`renewal "${text}" should say "${phrase(day, today)}" on ${today}`);
  }
  return problems;
}

/** Attention: a "due soon" meeting is next on a day still ahead. */
async function checkAttention(page: Page, today: string): Promise<string[]> {
  await expectAttentionDay(page, today);
  const problems: string[] = [];
  for (const item of await page.locator('.attention-item').all()) {
    const text = (await item.textContent()) ?? '';
    const next = /Next on (\d{1,2} \w{3} \d{4})/.exec(text);
    if (next && dayOf(next[1]!) < today) problems.push(`Attention: "${text}" is next before today ${today}`);
  }
  return problems;
}

/** The bell's items: no preparation for a meeting already started, "due today" only on the day. */
async function checkBell(page: Page, today: string, nowMs: number): Promise<string[]> {
  await page.getByRole('button', { name: /^Reminders/ }).click();
  const centre = page.getByRole('dialog');
  await expect(centre).toBeVisible();
  const problems: string[] = [];
  for (const item of await centre.locator('.reminders-item').all()) {
    const text = (await item.textContent()) ?? '';
    const starts = /starts on (\d{1,2} \w{3} \d{4}) at (\d{2}):(\d{2})\. Send the agenda/.exec(text);
    if (starts && Date.parse(`${dayOf(starts[1]!)}T${starts[2]}:${starts[3]}:00Z`) <= nowMs) problems.push(`bell on ${today}: "${text}" prepares for a meeting that has started`);
    const dueToday = /due today \((\d{1,2} \w{3} \d{4})\)/.exec(text);
    if (dueToday && dayOf(dueToday[1]!) !== today) problems.push(`bell on ${today}: "${text}" says due today`);
  }
  await page.keyboard.press('Escape');
  await expect(centre).toBeHidden();
  return problems;
}

async function loadSample(page: Page): Promise<void> {
  await page.goto(`${APP_URL}#/portfolio`);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(page.locator('.next-cadence').first()).toBeVisible();
}

test('a window left open past midnight shows the new day on Attention and the Portfolio without a reload', async ({ page }) => {
  await page.clock.install({ time: new Date('2027-01-13T23:58:00Z') });
  await loadSample(page);
  // This test is about the clock: every phrase agrees with its date (a past "next" is the unrecorded-meetings rule, checked by the week below).
  const disagreeing = (problems: readonly string[]) => problems.filter((p) => p.includes('should say'));
  expect(disagreeing(await checkPortfolio(page, '2027-01-13'))).toEqual([]);
  const before = await page.locator('.renewal, .next-cadence .cell-sub:not(.unrecorded-count)').allTextContents();
  await expectAttentionDay(page, '2027-01-13');
  // A reload would start a new page: a marker set on this one must survive the night.
  await page.evaluate(() => ((globalThis as unknown as { stewardNight: boolean }).stewardNight = true));
  await page.clock.runFor('03:00');
  // The midnight timer, not a reload, moved the day.
  await expectAttentionDay(page, '2027-01-14');
  expect(disagreeing(await checkPortfolio(page, '2027-01-14'))).toEqual([]);
  const after = await page.locator('.renewal, .next-cadence .cell-sub:not(.unrecorded-count)').allTextContents();
  expect(after).toHaveLength(before.length);
  expect(after).not.toEqual(before);
  expect(await page.evaluate(() => (globalThis as unknown as { stewardNight?: boolean }).stewardNight)).toBe(true);
});

test('a week with the sample portfolio: every phrase agrees with its date, nothing next is past, no stale preparation', async ({ page }) => {
  test.setTimeout(240_000);
  // Friday 15 Jan 2027, 09:30; the week runs to Thursday, with Saturday night in quiet hours.
  const start = Date.parse('2027-01-15T09:30:00Z');
  await page.clock.install({ time: new Date(start) });
  await loadSample(page);
  const problems: string[] = [];
  const moments = [0, 1, 2, 3, 4, 5, 6].flatMap((d) => (d === 1 ? [d * 24 * HOUR, d * 24 * HOUR + 13.5 * HOUR] : [d * 24 * HOUR]));
  let at = start;
  for (const offset of moments) {
    const target = start + offset;
    // Jumps to the moment, firing due timers once (the midnight timer and the heartbeat), like a machine waking.
    if (target > at) await page.clock.fastForward(target - at);
    at = target;
    const today = new Date(at).toISOString().slice(0, 10);
    problems.push(...(await checkAttention(page, today)), ...(await checkPortfolio(page, today)), ...(await checkBell(page, today, at)));
  }
  expect(problems).toEqual([]);
});

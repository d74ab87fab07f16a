// The quarterly review tab, the roll-up and their exports, over the sample portfolio
// loaded on first run, with the page's clock fixed so the quarters are known.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';
import { openScreen } from './helpers';
import { expectNoSeriousViolations } from './axe';

const PARTNERSHIP = 'Brandt & Vogel reseller — DACH';

async function loadSample(page: Page) {
  await page.clock.setFixedTime(new Date('2027-01-14T10:00:00Z'));
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(page.getByRole('list', { name: 'Ranked by urgency' })).toBeVisible();
}

async function openReview(page: Page) {
  await openScreen(page, 'Portfolio');
  await page.getByRole('link', { name: PARTNERSHIP }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Review' }).click();
  return page.getByRole('region', { name: 'Review' });
}

async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('the Review tab shows the quarter with charts, switches quarter and edition, and exports', async ({ page }) => {
  await loadSample(page);
  const tab = await openReview(page);
  const quarter = tab.getByLabel('Quarter', { exact: true });
  await expect(quarter).toHaveValue('2027-Q1');
  await tab.getByRole('button', { name: 'Previous quarter' }).click();
  await expect(page).toHaveURL(/\/review\/2026-Q4$/);
  await expect(quarter).toHaveValue('2026-Q4');

  for (const heading of ['Cadence adherence', 'Commitments due this quarter', 'Health', 'Goals', 'Decisions', 'What changed in the charter', 'Next quarter (2027 Q1)']) {
    await expect(tab.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  // Three charts before the value section; its pipeline chart (and a chart per measured goal) in it.
  const notValue = tab.locator('section:not([aria-labelledby="review-value"])');
  await expect(notValue.locator('.recharts-cartesian-grid')).toHaveCount(3);
  await expect(tab.getByRole('img', { name: /by source: 2026-Q4 so far against 2026-Q3/ })).toBeVisible();
  await expect(tab.getByText(/^(Not reciprocal|Reciprocal)/)).toBeVisible();
  await expect(tab.getByText('Internal — do not share')).toBeVisible();
  await expect(notValue.getByRole('columnheader', { name: 'Source' }).first()).toBeVisible();
  await expectNoSeriousViolations(page, 'review tab');

  // The executive summary: edited, saved with the quarter, shown and exported; its internal line stays internal.
  await tab.getByRole('button', { name: 'Edit summary' }).click();
  await tab.getByLabel('Wins').fill('Closed the Initech deal together\n[internal] Margin was thin');
  await tab.getByRole('button', { name: 'Save summary' }).click();
  await expect(tab.getByText('Closed the Initech deal together')).toBeVisible();
  await expect(tab.getByText(/^Saved /)).toBeVisible();

  await tab.getByRole('button', { name: 'Partner-safe' }).click();
  await expect(tab.getByText('Partner-safe: internal fields left out')).toBeVisible();
  await expect(notValue.getByRole('columnheader', { name: 'Source' })).toHaveCount(0);
  await expect(tab.getByText('Closed the Initech deal together')).toBeVisible();
  await expect(tab.getByText(/Margin was thin/)).toHaveCount(0);
  await expect(tab.getByText(/Rationale \(internal\)/)).toHaveCount(0);

  const markdown = await downloadedText(page, () => tab.getByRole('button', { name: 'Export Markdown' }).click());
  expect(markdown.name).toBe(`${PARTNERSHIP} – 2026-Q4 review (partner).md`);
  expect(markdown.text).toContain(`# ${PARTNERSHIP} — quarterly review 2026-Q4`);
  expect(markdown.text).toContain('**Partner edition**');
  expect(markdown.text).toContain('- Closed the Initech deal together');
  expect(markdown.text).toContain('## Value');
  expect(markdown.text).not.toContain('Margin was thin');

  await quarter.selectOption('2026-Q2');
  await expect(page).toHaveURL(/\/review\/2026-Q2$/);
  await expect(tab.locator('.review-period')).toContainText('2026 Q2');
});

test('mid-quarter, the review and the roll-up count only what came due by now and show the rest apart', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-05T10:00:00Z'));
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(page.getByRole('list', { name: 'Ranked by urgency' })).toBeVisible();
  const tab = await openReview(page);
  await expect(tab.getByLabel('Quarter', { exact: true })).toHaveValue('2026-Q4');
  await expect(tab.locator('.review-as-at')).toHaveText(/^As at .+, 10:00 \(.+\)\. The quarter runs to .+: what comes due after this moment is shown apart and not counted\.$/);
  await expect(tab.getByText(/held: \d+ of \d+ planned meetings so far\./)).toBeVisible();
  await expect(tab.getByText(/^\d+ more meetings? planned before the quarter ends on /)).toBeVisible();
  await expect(tab.getByText('Not enough was due yet to compare.')).toBeVisible();
  await expect(tab.getByText(/due later, not counted yet/).first()).toBeVisible();
  await expect(tab.getByText(/^Perception gap as at /)).not.toContainText('31');

  const markdown = await downloadedText(page, () => tab.getByRole('button', { name: 'Export Markdown' }).click());
  expect(markdown.text).toContain('Not enough was due yet to compare.');
  expect(markdown.text).toMatch(/Overall: \d+ held of \d+ planned so far \(\d+%\)\. \d+ more meetings? planned before the quarter ends on 31 Dec 2026\./);
  expect(markdown.text).not.toContain('Reciprocal: both sides');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quarterly roll-up' }).click();
  await expect(page.locator('.rollup-as-at')).toHaveText(/^As at .+, 10:00 \(.+\)\. The quarter runs to /);
  await expect(page.getByText('average of planned so far')).toBeVisible();
});

test('Export PDF opens a clean print view of the review that leads back to it', async ({ page }) => {
  await loadSample(page);
  const tab = await openReview(page);
  await tab.getByRole('button', { name: 'Partner-safe' }).click();
  await tab.getByRole('link', { name: 'Export PDF…' }).click();
  await expect(page).toHaveURL(/#\/print\/review\/[^/]+\/2027-Q1\/partner$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${PARTNERSHIP} — quarterly review 2027 Q1`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByText('Partner-safe: internal fields left out')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toBeEnabled();
  await expectNoSeriousViolations(page, 'print view');
  // On paper: white to the end of the last page (the screen's grey background once filled
  // it below the text), and no toast printed over the document.
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate('getComputedStyle(document.documentElement).backgroundColor')).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(`getComputedStyle(document.querySelector('.toasts')).display`)).toBe('none');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\/review\/2027-Q1$/);
});

test('the intent summary for the partner exports as Markdown and opens as a print view', async ({ page }) => {
  await loadSample(page);
  await openReview(page);
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Intent' }).click();
  const exports = page.getByRole('group', { name: 'Intent summary for partner' });
  const markdown = await downloadedText(page, () => exports.getByRole('button', { name: 'Markdown' }).click());
  expect(markdown.name).toBe(`${PARTNERSHIP} – intent summary (partner).md`);
  expect(markdown.text).toContain(`# ${PARTNERSHIP} — partnership charter`);
  expect(markdown.text).not.toMatch(/weight/i);
  await exports.getByRole('link', { name: 'PDF…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${PARTNERSHIP} — partnership charter`);
  await expect(page.getByRole('heading', { name: 'Shared goals' })).toBeVisible();
});

test('the roll-up lists every partnership, exports Markdown and links to each review', async ({ page }) => {
  await loadSample(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quarterly roll-up' }).click();
  await expect(page.getByRole('heading', { name: 'Quarterly roll-up', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Quarter', { exact: true })).toHaveValue('2027-Q1');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(7);
  await page.getByRole('button', { name: 'Previous quarter' }).click();
  await expect(page).toHaveURL(/#\/rollup\/2026-Q4$/);
  await expect(rows).toHaveCount(7);
  await expectNoSeriousViolations(page, 'roll-up');

  const markdown = await downloadedText(page, () => page.getByRole('button', { name: 'Export Markdown' }).click());
  expect(markdown.name).toBe('Portfolio roll-up – 2026-Q4.md');
  expect(markdown.text).toContain('# Portfolio roll-up 2026-Q4');
  for (const name of await page.getByRole('table').locator('tbody th a').allInnerTexts()) expect(markdown.text).toContain(name);

  await page.getByRole('link', { name: PARTNERSHIP }).click();
  await expect(page).toHaveURL(/\/review\/2026-Q4$/);
  await expect(page.getByRole('region', { name: 'Review' }).getByLabel('Quarter', { exact: true })).toHaveValue('2026-Q4');
});

// The meeting brief, from an Attention item about a meeting due soon: what each side owes
// and what changed since the last meeting, the agenda edited and reordered from the
// keyboard and saved, and the partner pre-read exported without our private notes.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';

const PARTNERSHIP = 'Skyline Cloud co-sell — North America';
const NOTE = 'INTERNAL-NOTE: they will push on the rebate';

async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('prepare a meeting from Attention: the brief, the agenda reordered and saved, the partner pre-read', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-14T10:00:00Z'));
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(page.getByRole('list', { name: 'Ranked by urgency' })).toBeVisible();

  await page.locator('li', { hasText: PARTNERSHIP }).getByRole('group', { name: 'Actions: Monthly steering committee is due soon' }).getByRole('button', { name: 'Prepare' }).click();
  await expect(page).toHaveURL(/\/brief\//);
  const brief = page.getByRole('article', { name: /Brief: Monthly steering committee/ });
  await expect(brief.getByRole('heading', { name: 'Brief: Monthly steering committee' })).toBeVisible();

  // Open items by side, and what happened since the last meeting.
  for (const side of ['We owe', 'They owe', 'We owe together']) await expect(brief.getByRole('group', { name: side, exact: true })).toBeVisible();
  await expect(brief.getByRole('heading', { name: /^Since the last meeting \(/ })).toBeVisible();
  await expect(brief.getByRole('heading', { name: /^The previous meeting: / })).toBeVisible();

  // The draft agenda starts from the cadence's template; reorder it with the keyboard, edit, add notes, save.
  const item = (n: number) => brief.getByRole('textbox', { name: `Agenda item ${n}`, exact: true });
  await expect(item(1)).toHaveValue('Scorecard against goals');
  await expect(item(2)).toHaveValue('Escalations');
  await brief.getByRole('button', { name: 'Move item 2 up', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(item(1)).toHaveValue('Escalations');
  await expect(item(2)).toHaveValue('Scorecard against goals');
  await item(1).fill('Escalations: the rebate dispute');
  await brief.getByLabel(/Preparation notes/).fill(NOTE);
  await expectNoSeriousViolations(page, 'brief');
  await brief.getByRole('button', { name: 'Save agenda and notes' }).click();
  await expect(page.getByText('Agenda and notes saved.')).toBeVisible();
  await expect(brief.getByText('Saved with this meeting')).toBeVisible();

  // Saved with the occurrence: it is still there after a reload.
  await page.reload();
  await expect(item(1)).toHaveValue('Escalations: the rebate dispute');
  await expect(brief.getByLabel(/Preparation notes/)).toHaveValue(NOTE);

  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.screenshot({ path: `/tmp/brief-${width}.png`, fullPage: true });
  }

  // The partner pre-read: the saved agenda, no private notes, on screen and in the file.
  await brief.getByRole('button', { name: 'Partner-safe' }).click();
  await expect(brief.getByText(NOTE)).toHaveCount(0);
  await expect(brief.getByRole('group', { name: 'They owe', exact: true })).toBeVisible();
  const preRead = await downloadedText(page, () => brief.getByRole('button', { name: 'Pre-read (Markdown)' }).click());
  expect(preRead.name).toBe(`${PARTNERSHIP} – Monthly steering committee 2027-01-14 pre-read.md`);
  expect(preRead.text).toContain('# Pre-read: Monthly steering committee');
  expect(preRead.text).toContain('1. Escalations: the rebate dispute\n2. Scorecard against goals');
  expect(preRead.text).not.toContain('INTERNAL');
  expect(preRead.text).not.toContain('Preparation notes');

  const internal = await downloadedText(page, () => brief.getByRole('button', { name: 'Internal brief (Markdown)' }).click());
  expect(internal.text).toContain(NOTE);

  const calendar = await downloadedText(page, () => brief.getByRole('button', { name: 'Add to calendar (.ics)' }).click());
  expect(calendar.text.replace(/\r\n /g, '')).toContain('1. Escalations: the rebate dispute\\n2. Scorecard against goals');
});

test('prepare an ad-hoc meeting from the workspace header: its brief, an agenda saved with it', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-14T10:00:00Z'));
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click();
  await page.getByRole('link', { name: PARTNERSHIP }).click();
  await page.getByRole('button', { name: 'Prepare a meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Prepare a meeting' });
  await dialog.getByRole('button', { name: 'Prepare' }).click();
  await expect(dialog.getByText('Give the meeting a title.')).toBeVisible();
  await dialog.getByLabel('Title').fill('Pricing escalation');
  await dialog.getByLabel(/^Starts/).fill('2027-01-18T16:00');
  await dialog.getByRole('button', { name: 'Prepare' }).click();
  const brief = page.getByRole('article', { name: 'Brief: Pricing escalation' });
  await expect(brief).toBeVisible();
  // No cadence template: the draft holds what the partnership's record raises (its overdue items).
  await expect(brief.getByText('Drafted from the template and the items below — not saved yet')).toBeVisible();
  const items = brief.getByRole('textbox', { name: /^Agenda item \d+$/ });
  await brief.getByRole('button', { name: 'Add an item' }).click();
  await items.last().fill('Rebate terms');
  await brief.getByRole('button', { name: 'Save agenda and notes' }).click();
  await expect(page.getByText('Agenda and notes saved.')).toBeVisible();
  await page.reload();
  await expect(items.last()).toHaveValue('Rebate terms');
  await expect(brief.getByText('Saved with this meeting')).toBeVisible();
  await expectNoSeriousViolations(page, 'ad-hoc brief');
});

// Issue 12, unrecorded meetings: with the clock moved past a weekly meeting nobody
// recorded, Attention asks "was it held?" (never "due soon" about the past), answers
// open the same dialogs as the Cadences tab, and several can be settled at once there.
import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';
import { createPartnership } from './helpers';

const NAME = 'Acme co-sell';
// Monday 11 January 2027, 08:00 in London (the profile's zone, UTC in winter).
const START = new Date('2027-01-11T08:00:00Z');

async function addWeeklySync(page: Page) {
  await page.getByRole('link', { name: NAME }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Cadences' }).click();
  await page.getByRole('button', { name: 'Add the first cadence' }).click();
  const dialog = page.getByRole('dialog', { name: 'New cadence' });
  await dialog.getByLabel('Name').fill('Weekly ops sync');
  await dialog.getByLabel('Repeats').selectOption('weekly');
  await dialog.getByLabel('Weekday', { exact: true }).selectOption('MO');
  await expect(dialog.getByLabel('Starts on')).toHaveValue('2027-01-11');
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByLabel('Time zone').selectOption('Europe/London');
  await dialog.getByRole('button', { name: 'Add cadence' }).click();
  await expect(dialog).toBeHidden();
}

const attentionItem = (page: Page) => page.locator('.attention-item[data-key^="unrecorded:"]');

async function openAttention(page: Page) {
  await page.goto(`${APP_URL}#/`);
  await expect(page.getByRole('heading', { name: 'Attention', level: 1 })).toBeVisible();
}

async function portfolioRow(page: Page) {
  await page.goto(`${APP_URL}#/portfolio`);
  return page.getByRole('row', { name: new RegExp(NAME) });
}

test('a past meeting nobody recorded is asked about, answered from Attention, and never shown as next', async ({ page }) => {
  await page.clock.install({ time: START });
  await createPartnership(page, NAME, 'Acme');
  await addWeeklySync(page);
  await expect(await portfolioRow(page)).toContainText('11 Jan 2027, today');

  // Tuesday 09:00: Monday's 10:00 meeting is over and nobody recorded it.
  await page.clock.fastForward('25:00:00');
  await openAttention(page);
  const item = attentionItem(page);
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Was “Weekly ops sync” on 11 Jan 2027 held?');
  await expect(page.locator('main')).not.toContainText('due soon');
  await expect(await portfolioRow(page)).toContainText('18 Jan 2027, in 6 days');
  await expect((await portfolioRow(page)).getByLabel('1 past meeting not recorded yet')).toHaveText('1 not recorded');

  // Held, from the keyboard: "Record this meeting" opens prefilled for that occurrence, then the recap.
  await openAttention(page);
  await attentionItem(page).getByRole('button', { name: 'Held' }).focus();
  await page.keyboard.press('Enter');
  const log = page.getByRole('dialog', { name: 'Record “Weekly ops sync”' });
  await expect(log.getByLabel('Title')).toHaveValue('Weekly ops sync');
  await expect(log.getByLabel('Date')).toHaveValue('2027-01-11');
  await expect(log.getByText(/records the meeting of Mon, 11 Jan 2027, 10:00 as held/)).toBeVisible();
  await log.getByLabel('Summary').fill('Went through the pipeline.');
  await log.getByRole('button', { name: 'Save meeting' }).click();
  const recap = page.getByRole('dialog', { name: 'Recap of “Weekly ops sync”' });
  await expect(recap.getByRole('heading', { name: 'Send the recap' })).toBeFocused();
  await expect(attentionItem(page)).toHaveCount(0);
  await recap.getByRole('button', { name: 'Done' }).click();
  await expect(recap).toBeHidden();
  const row = await portfolioRow(page);
  await expect(row).toContainText('18 Jan 2027, in 6 days');
  await expect(row).not.toContainText('not recorded');

  // Three more Mondays pass unrecorded: one question, the oldest first, saying how many wait.
  await page.clock.fastForward(21 * 24 * 3_600_000);
  await openAttention(page);
  await expect(attentionItem(page)).toContainText('Was “Weekly ops sync” on 18 Jan 2027 held?');
  await expect(attentionItem(page)).toContainText('2 more meetings since then are not recorded either (the last on 1 Feb 2027)');
  await attentionItem(page).getByRole('button', { name: 'Skipped' }).click();
  const skip = page.getByRole('dialog', { name: 'Skip “Weekly ops sync”' });
  await skip.getByLabel('Note').fill('Team offsite');
  await skip.getByRole('button', { name: 'Skip occurrence' }).click();
  await expect(skip).toBeHidden();
  await expect(attentionItem(page)).toContainText('Was “Weekly ops sync” on 25 Jan 2027 held?');

  // The Cadences tab settles the other two at once; Undo puts them back; each stays editable.
  await page.getByRole('link', { name: /Was “Weekly ops sync” on 25 Jan 2027 held\?/ }).click();
  const card = page.getByRole('article', { name: /^Weekly ops sync/ });
  const table = card.getByRole('table', { name: 'Occurrences of Weekly ops sync' });
  await expect(table.getByRole('rowgroup').filter({ hasText: 'Not recorded yet (2)' })).toBeVisible();
  await expect(card.getByRole('definition').first()).toContainText('Mon, 8 Feb 2027, 10:00');
  await card.getByRole('checkbox', { name: 'Select all' }).check();
  await card.getByRole('button', { name: 'Mark held', exact: true }).first().click();
  await expect(page.getByText('Marked 2 occurrences of “Weekly ops sync” held.')).toBeVisible();
  await expect(table).not.toContainText('Not recorded yet');
  await expect(table.getByRole('row', { name: /25 Jan 2027/ })).toContainText('Held');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('rowgroup').filter({ hasText: 'Not recorded yet (2)' })).toBeVisible();

  await table.getByRole('checkbox', { name: /Select Mon, 1 Feb 2027/ }).check();
  await card.getByRole('button', { name: 'Mark skipped' }).click();
  await expect(table.getByRole('rowgroup').filter({ hasText: 'Not recorded yet (1)' })).toBeVisible();
  const skipped = table.getByRole('row', { name: /1 Feb 2027/ });
  await expect(skipped).toContainText('Skipped');
  await skipped.getByRole('button', { name: /^Mark held/ }).click();
  await expect(page.getByRole('dialog', { name: 'Log “Weekly ops sync”' })).toBeVisible();
});

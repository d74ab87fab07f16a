// Proving value (issue 16): a goal with numbers gets measured three times, and its status
// follows the projection of those measurements to its due date.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { createPartnership } from './helpers';

async function writeMeasurableGoal(page: Page) {
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Intent', exact: true }).click();
  await page.getByRole('button', { name: 'Write the intent' }).click();
  await page.getByLabel('Purpose').fill('Sell the joint solution together');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const goal = page.getByRole('group', { name: 'Goal 1' });
  await goal.getByLabel('Statement').fill('Close joint deals');
  await goal.getByLabel('Metric').fill('Closed-won joint deals');
  await goal.getByLabel('Due by').fill('2027-12-31');
  await goal.getByLabel('Unit').selectOption('count');
  await goal.getByLabel('Baseline').fill('0');
  await goal.getByLabel('Value to reach').fill('forty');
  await goal.getByLabel('Measure every (days)').fill('30');
  await page.getByRole('button', { name: 'Save draft' }).click();
  // A word where a number belongs is named, and what was typed stays.
  await expect(goal.getByText('The value to reach must be a number.')).toBeVisible();
  await expect(goal.getByLabel('Value to reach')).toHaveValue('forty');
  await goal.getByLabel('Value to reach').fill('40');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { name: 'Partnership charter' })).toBeVisible();
}

async function measure(page: Page, value: string, asOf: string) {
  const form = page.getByRole('form', { name: 'Add a measurement of Close joint deals' });
  await form.getByLabel('Value').fill(value);
  await form.getByLabel('As of').fill(asOf);
  await form.getByRole('button', { name: 'Add measurement' }).click();
  await expect(page.getByRole('table', { name: 'Measurements of Close joint deals' }).getByRole('cell', { name: value, exact: true })).toBeVisible();
}

test('three measurements of a goal move its status as their projection to the due date changes', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-04-14T10:00:00Z'));
  await createPartnership(page, 'Kestrel co-sell');
  await page.getByRole('link', { name: 'Kestrel co-sell' }).click();
  await writeMeasurableGoal(page);

  const card = page.getByRole('article', { name: 'Close joint deals' });
  await expect(card.getByText('Not enough data')).toBeVisible();
  await expect(page.getByText(/projects a straight line fitted through the measurements to the due date/)).toBeVisible();

  // A blank value is refused by name; nothing is recorded.
  await card.getByRole('button', { name: 'Add measurement' }).click();
  await expect(card.getByText('Enter the value as a number.')).toBeVisible();

  await measure(page, '2', '2027-01-31');
  await expect(card.getByText('Not enough data')).toBeVisible();
  // Two in two months: about a dozen by December, far short of 40.
  await measure(page, '4', '2027-03-31');
  await expect(card.getByText('Off track')).toBeVisible();
  // A big month: the line now reaches 40 by the due date.
  await measure(page, '14', '2027-04-10');
  await expect(card.getByText('On track')).toBeVisible();
  await expect(card.getByText(/Latest 14 on 10 Apr 2027, 35% of the way/)).toBeVisible();
  await expectNoSeriousViolations(page, 'intent with goal progress');

  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/value-goal-${width}.png`, fullPage: true });
  }
});

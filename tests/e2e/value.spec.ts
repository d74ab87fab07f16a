// Proving value (issue 16): a goal with numbers gets measured three times, and its status
// follows the projection of those measurements to its due date.
import type { Page } from '@playwright/test';
import { expect, lookAt, test } from './fixtures';
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
  // The charter points to where its goals are measured.
  await page.getByRole('link', { name: /on the Value tab/ }).click();
  await expect(page.getByRole('heading', { name: 'Goals and their actuals' })).toBeVisible();

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
  await expectNoSeriousViolations(page, 'value tab with goal progress');

  // A measurement can be corrected and deleted (with Undo); the status follows.
  await card.getByRole('button', { name: 'Edit: measurement 14 on 10 Apr 2027' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit the measurement of Close joint deals' });
  await edit.getByLabel('Value').fill('lots');
  await edit.getByRole('button', { name: 'Save measurement' }).click();
  await expect(edit.getByText('Enter the value as a number.')).toBeVisible();
  await expect(edit.getByLabel('Value')).toHaveValue('lots');
  await edit.getByLabel('Value').fill('5');
  await edit.getByRole('button', { name: 'Save measurement' }).click();
  await expect(edit).toHaveCount(0);
  await expect(card.getByText('Off track')).toBeVisible();
  await card.getByRole('button', { name: 'Delete: measurement 5 on 10 Apr 2027' }).click();
  await expect(card.getByText(/Latest 4 on 31 Mar 2027/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card.getByText('Off track')).toBeVisible();
  await expect(card.getByText(/Latest 5 on 10 Apr 2027/)).toBeVisible();

  // A commitment names the goal it serves, and the goal's card lists it.
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Commitments', exact: true }).click();
  await page.getByRole('button', { name: 'New commitment' }).first().click();
  const commitment = page.getByRole('dialog', { name: 'New commitment' });
  await commitment.getByLabel('Title').fill('Run the joint pipeline review');
  await commitment.getByLabel('Serves the goal').selectOption({ label: 'Close joint deals' });
  await commitment.getByRole('button', { name: 'Add commitment' }).click();
  await expect(commitment).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Value', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Commitments serving Close joint deals' })).toContainText('Run the joint pipeline review');

  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await card.scrollIntoViewIfNeeded();
    await lookAt(page, `/tmp/valuetab-goal-${width}.png`, { fullPage: true });
  }
});

async function openValueTab(page: Page, name: string) {
  await createPartnership(page, name);
  await page.getByRole('link', { name }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Value', exact: true }).click();
}

async function addOpportunity(page: Page, fields: { account: string; amount: string; currency?: string; stage?: string; sourced?: string; closedOn?: string; expectedClose?: string; openedOn?: string }) {
  await page.getByRole('button', { name: 'New opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: 'New opportunity' });
  await dialog.getByLabel('Account').fill(fields.account);
  await dialog.getByLabel('Amount').fill(fields.amount);
  if (fields.currency) await dialog.getByLabel('Currency').fill(fields.currency);
  if (fields.stage) await dialog.getByLabel('Stage').selectOption(fields.stage);
  if (fields.sourced) await dialog.getByLabel('Sourced').selectOption(fields.sourced);
  if (fields.openedOn) await dialog.getByLabel('Opened on').fill(fields.openedOn);
  if (fields.expectedClose) await dialog.getByLabel('Expected close').fill(fields.expectedClose);
  if (fields.closedOn) await dialog.getByLabel(/^(Won|Lost) on/).fill(fields.closedOn);
  await dialog.getByRole('button', { name: 'Add opportunity' }).click();
  await expect(dialog).toHaveCount(0);
}

test('opportunities are added, edited, sorted and deleted with Undo, and totalled in the reporting currency', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-04-14T10:00:00Z'));
  await openValueTab(page, 'Osprey co-sell');
  await expect(page.getByText(/No opportunities yet/)).toBeVisible();
  await expect(page.getByText(/No value events yet/)).toBeVisible();
  await expect(page.getByText(/No measurable goals yet/)).toBeVisible();

  // A word for the amount is named beside its field, and what was typed stays.
  await page.getByRole('button', { name: 'New opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: 'New opportunity' });
  await dialog.getByLabel('Account').fill('Northwind Bank');
  await dialog.getByLabel('Amount').fill('a lot');
  await dialog.getByRole('button', { name: 'Add opportunity' }).click();
  await expect(dialog.getByText('Enter the amount as a number.')).toBeVisible();
  await expect(dialog.getByLabel('Account')).toHaveValue('Northwind Bank');
  await expect(dialog.getByLabel('Amount')).toHaveValue('a lot');
  await dialog.getByLabel('Amount').fill('120,000');
  await dialog.getByLabel('Expected close').fill('2027-06-30');
  await dialog.getByRole('button', { name: 'Add opportunity' }).click();
  await expect(dialog).toHaveCount(0);

  await addOpportunity(page, { account: 'Contoso Retail', amount: '50000', currency: 'EUR', stage: 'Closed won', sourced: 'partner', openedOn: '2026-11-02', closedOn: '2027-02-10' });
  await addOpportunity(page, { account: 'Fabrikam', amount: '9000', sourced: 'us', expectedClose: '2027-05-15' });

  const totals = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Won this year' }) });
  // No EUR rate yet: the EUR deal is left out of the totals and the missing rate is named.
  await expect(page.getByText('No EUR→USD rate on or before 10 Feb 2027: amounts in EUR are left out of these totals.')).toBeVisible();
  await expect(totals.getByRole('row', { name: /All sources/ })).toContainText('$129,000');

  const table = page.getByRole('table', { name: /Opportunities, sorted by/ });
  const accounts = () => table.getByRole('rowheader').allInnerTexts();
  // Default: by expected close, those without one last.
  await expect.poll(accounts).toEqual(['Fabrikam', 'Northwind Bank', 'Contoso Retail']);
  await table.getByRole('button', { name: 'Account' }).click();
  await expect(table.getByRole('columnheader', { name: 'Account' })).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(accounts).toEqual(['Contoso Retail', 'Fabrikam', 'Northwind Bank']);
  await table.getByRole('button', { name: 'Account' }).click();
  await expect.poll(accounts).toEqual(['Northwind Bank', 'Fabrikam', 'Contoso Retail']);

  // Edit: the Fabrikam deal is won.
  await page.getByRole('button', { name: 'Edit: Fabrikam' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Fabrikam' });
  await expect(edit.getByLabel('Amount')).toHaveValue('9000');
  await edit.getByLabel('Stage').selectOption('Closed won');
  await edit.getByLabel('Won on').fill('2027-04-14');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toHaveCount(0);
  await expect(totals.getByRole('row', { name: /By us/ })).toContainText('$9,000');

  // Delete with Undo from the toast, then with Ctrl+Z.
  await page.getByRole('button', { name: 'Delete: Northwind Bank' }).click();
  await expect(table.getByRole('rowheader', { name: 'Northwind Bank' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('rowheader', { name: 'Northwind Bank' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete: Northwind Bank' }).click();
  await expect(table.getByRole('rowheader', { name: 'Northwind Bank' })).toHaveCount(0);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(table.getByRole('rowheader', { name: 'Northwind Bank' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table', { name: /Opportunities, sorted by/ }).getByRole('rowheader')).toHaveCount(3);

  // A value event without an amount, then one with.
  await page.getByRole('button', { name: 'New value event' }).click();
  const eventDialog = page.getByRole('dialog', { name: 'New value event' });
  await eventDialog.getByLabel('Kind').selectOption('reference won');
  await eventDialog.getByLabel('What happened').fill('Northwind spoke at our summit');
  await eventDialog.getByRole('button', { name: 'Add value event' }).click();
  await expect(eventDialog).toHaveCount(0);
  await page.getByRole('button', { name: 'New value event' }).click();
  await eventDialog.getByLabel('What happened').fill('Support cost down after the joint runbook');
  await eventDialog.getByLabel('Amount').fill('cheap');
  await eventDialog.getByRole('button', { name: 'Add value event' }).click();
  await expect(eventDialog.getByText('Enter the amount as a number.')).toBeVisible();
  await eventDialog.getByLabel('Amount').fill('15000');
  await eventDialog.getByRole('button', { name: 'Add value event' }).click();
  await expect(eventDialog).toHaveCount(0);
  const events = page.getByRole('table', { name: /Value events/ });
  await expect(events.getByRole('row', { name: /Support cost down/ })).toContainText('$15,000');
  await expect(events.getByRole('row', { name: /Northwind spoke/ })).toContainText('Reference won');
  await page.getByRole('button', { name: 'Delete: Northwind spoke at our summit' }).click();
  await expect(events.getByRole('row', { name: /Northwind spoke/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(events.getByRole('row', { name: /Northwind spoke/ })).toBeVisible();

  await expectNoSeriousViolations(page, 'value tab');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 1100 });
    await lookAt(page, `/tmp/valuetab-tab-${width}.png`, { fullPage: true });
  }
});

test('Settings change the stages and rates the Value tab and the Portfolio columns use', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-04-14T10:00:00Z'));
  await openValueTab(page, 'Heron co-sell');
  await addOpportunity(page, { account: 'Globex EU', amount: '10000', currency: 'EUR', stage: 'Proposal', sourced: 'joint', openedOn: '2027-03-01' });
  await createPartnership(page, 'Ibis reseller');
  await page.getByRole('link', { name: 'Ibis reseller' }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Value', exact: true }).click();
  await addOpportunity(page, { account: 'Initech', amount: '5000', stage: 'Closed won', sourced: 'us', openedOn: '2027-01-05', closedOn: '2027-03-20' });

  await page.getByRole('link', { name: 'Settings' }).click();
  const pipeline = page.getByRole('form', { name: 'Pipeline and currency' });
  await expect(pipeline.getByLabel('Reporting currency')).toHaveValue('USD');
  // Removing a stage a deal is in is refused, saying how many; the list typed stays.
  await pipeline.getByRole('button', { name: 'Remove Proposal' }).click();
  await pipeline.getByRole('button', { name: 'Save pipeline settings' }).click();
  await expect(pipeline.getByText('1 opportunity is in “Proposal”: move it to another stage before removing this one.')).toBeVisible();
  await page.reload();
  // Renamed and moved up instead: the deal follows its stage.
  await pipeline.getByLabel('Stage 3', { exact: true }).fill('Proposal sent');
  await pipeline.getByRole('button', { name: 'Move Proposal sent up' }).click();
  await expect(pipeline.getByLabel('Stage 2', { exact: true })).toHaveValue('Proposal sent');
  await pipeline.getByRole('button', { name: 'Add a stage' }).click();
  await pipeline.getByLabel('Stage 7', { exact: true }).fill('Verbal yes');
  await pipeline.getByRole('button', { name: 'Save pipeline settings' }).click();
  await expect(page.getByText('Pipeline settings saved.')).toBeVisible();
  await expect(pipeline.getByRole('listitem').nth(1)).toContainText('1 opportunity');

  // A rate: added, deleted, and back with Undo.
  const rateForm = page.getByRole('form', { name: 'Add an exchange rate' });
  await rateForm.getByLabel('From currency').selectOption('EUR');
  await rateForm.getByLabel('To currency').selectOption('USD');
  await rateForm.getByLabel('Rate').fill('1.1');
  await rateForm.getByLabel('From day').fill('2027-01-01');
  await rateForm.getByRole('button', { name: 'Add rate' }).click();
  const rates = page.getByRole('table', { name: 'Exchange rates' });
  await expect(rates.getByRole('cell', { name: '1 EUR = 1.1 USD' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete the EUR to USD rate from 1 Jan 2027' }).click();
  await expect(rates).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('table', { name: 'Exchange rates' }).getByRole('cell', { name: '1 EUR = 1.1 USD' })).toBeVisible();
  await expectNoSeriousViolations(page, 'settings with pipeline and rates');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.getByRole('heading', { name: 'Pipeline and currency' }).scrollIntoViewIfNeeded();
    await lookAt(page, `/tmp/valuetab-settings-${width}.png`, { fullPage: true });
  }
  await page.setViewportSize({ width: 1600, height: 1000 });

  // The Portfolio: both value columns chosen, in USD, sortable.
  await page.getByRole('link', { name: 'Portfolio' }).first().click();
  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Won this year' }).check();
  await page.getByRole('checkbox', { name: 'Open pipeline' }).check();
  await page.locator('summary', { hasText: 'Columns' }).click();
  const heron = page.getByRole('row', { name: /Heron co-sell/ });
  const ibis = page.getByRole('row', { name: /Ibis reseller/ });
  await expect(heron).toContainText('$11,000');
  await expect(ibis).toContainText('$5,000');
  await page.getByLabel('Sort').selectOption('pipeline');
  await expect.poll(() => page.locator('.portfolio-row .cell-title').allInnerTexts()).toEqual(['Heron co-sell', 'Ibis reseller']);
  await page.getByLabel('Sort').selectOption('won');
  await expect.poll(() => page.locator('.portfolio-row .cell-title').allInnerTexts()).toEqual(['Ibis reseller', 'Heron co-sell']);
  await expectNoSeriousViolations(page, 'portfolio with value columns');
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await lookAt(page, `/tmp/valuetab-portfolio-${width}.png`);
  }

  // The Value tab shows the renamed stage and the converted total.
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.getByRole('link', { name: 'Heron co-sell' }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Value', exact: true }).click();
  await expect(page.getByRole('table', { name: /Opportunities/ }).getByRole('cell', { name: 'Proposal sent' })).toBeVisible();
  await expect(page.getByRole('row', { name: /All sources/ })).toContainText('$11,000');
});

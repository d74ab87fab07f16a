import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { createPartnership } from './helpers';

// Thursday 14 January 2027, 12:00 in London (the test profile's zone): the 2nd Thursday
// of the month, three hours after a 10:00 Berlin meeting would have started.
const NOW = new Date('2027-01-14T12:00:00Z');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

async function openNewPartnership(page: Page, name: string) {
  await createPartnership(page, name, 'Acme');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function openTab(page: Page, tab: 'Cadences' | 'Touchpoints') {
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: tab }).click();
  await expect(page.getByRole('heading', { name: tab, level: 2 })).toBeVisible();
}

function cadenceCard(page: Page, name: string): Locator {
  return page.getByRole('article', { name: new RegExp(`^${name}`) });
}

async function addMonthlySteering(page: Page) {
  await page.getByRole('button', { name: 'Add the first cadence' }).click();
  const dialog = page.getByRole('dialog', { name: 'New cadence' });
  await dialog.getByLabel('Name').fill('Monthly steering');
  await dialog.getByLabel('Kind').selectOption('steering committee');
  await dialog.getByLabel('Repeats').selectOption('monthly');
  await dialog.getByLabel('Week of the month').selectOption('2');
  await dialog.getByLabel('Weekday', { exact: true }).selectOption('TH');
  await expect(dialog.getByLabel('Starts on')).toHaveValue('2027-01-14');
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByLabel('Time zone').selectOption('Europe/Berlin');
  await dialog.getByLabel('Agenda template').fill('1. Pipeline\n2. Blockers');
  await expect(dialog.getByText('Every month on the 2nd Thursday at 10:00 Europe/Berlin')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add cadence' }).click();
  await expect(dialog).toBeHidden();
}

test('a monthly cadence on the 2nd Thursday in Berlin shows its rhythm and upcoming dates in the user’s time', async ({ page }) => {
  await openNewPartnership(page, 'Acme co-sell');
  await openTab(page, 'Cadences');
  await expect(page.getByRole('heading', { name: 'Set the rhythm of this partnership' })).toBeVisible();
  await addMonthlySteering(page);

  const card = cadenceCard(page, 'Monthly steering');
  await expect(card.getByText('Every month on the 2nd Thursday at 10:00 Europe/Berlin')).toBeVisible();
  const upcoming = card.getByRole('table', { name: 'Occurrences of Monthly steering' });
  // Shown in London time, with Berlin's wall time beside it.
  for (const day of ['Thu, 14 Jan 2027, 09:00', 'Thu, 11 Feb 2027, 09:00', 'Thu, 11 Mar 2027, 09:00', 'Thu, 8 Apr 2027, 09:00', 'Thu, 13 May 2027, 09:00', 'Thu, 10 Jun 2027, 09:00']) {
    await expect(upcoming.getByRole('row', { name: new RegExp(day) })).toContainText('10:00 Europe/Berlin');
  }
  // Today's meeting started three hours ago: not recorded yet, and never "next" or "due soon".
  await expect(upcoming.getByRole('row', { name: /14 Jan 2027/ })).toContainText('Not recorded yet');
  await expect(card.getByText('1 past not recorded yet')).toBeVisible();
  await expect(card.getByText('Due soon', { exact: true })).toHaveCount(0);
  await expect(card.getByRole('definition').first()).toContainText('Thu, 11 Feb 2027, 09:00');
  await expectNoSeriousViolations(page, 'cadences tab');
});

test('marking an occurrence held logs a meeting with its decision and follow-up, and skipping records the skip', async ({ page }) => {
  await openNewPartnership(page, 'Globex reseller');
  await openTab(page, 'Cadences');
  await addMonthlySteering(page);
  const card = cadenceCard(page, 'Monthly steering');

  await card.getByRole('row', { name: /14 Jan 2027/ }).getByRole('button', { name: 'Mark held' }).click();
  const log = page.getByRole('dialog', { name: 'Log “Monthly steering”' });
  await expect(log.getByLabel('Title')).toHaveValue('Monthly steering');
  await expect(log.getByLabel('Date')).toHaveValue('2027-01-14');
  await expect(log.getByLabel('Kind')).toHaveValue('meeting');
  await expect(log.getByLabel('Summary')).toHaveValue('1. Pipeline\n2. Blockers');
  await log.getByRole('button', { name: '+ Add decision' }).click();
  await log.getByLabel('Statement').fill('Launch the joint offer in April');
  await log.getByLabel('Rationale').fill('Their fiscal year starts in April');
  await log.getByRole('button', { name: '+ Add follow-up' }).click();
  await log.getByLabel('What').fill('Send the pricing sheet');
  await log.getByLabel('Owed by').selectOption('partner');
  await log.getByRole('button', { name: 'Log touchpoint' }).click();
  await expect(log).toBeHidden();

  await expect(card.getByRole('row', { name: /14 Jan 2027/ })).toContainText('Held');
  await expect(card.getByText('1 of 1 held')).toBeVisible();

  await card.getByRole('row', { name: /11 Feb 2027/ }).getByRole('button', { name: 'Skip' }).click();
  const skip = page.getByRole('dialog', { name: 'Skip “Monthly steering”' });
  await skip.getByLabel('Note').fill('Partner at their sales kick-off');
  await skip.getByRole('button', { name: 'Skip occurrence' }).click();
  await expect(skip).toBeHidden();
  const skipped = card.getByRole('row', { name: /11 Feb 2027/ });
  await expect(skipped).toContainText('Skipped');
  await expect(skipped).toContainText('Partner at their sales kick-off');
  await skipped.getByRole('button', { name: 'Clear mark' }).click();
  await expect(skipped).toContainText('Upcoming');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(skipped).toContainText('Skipped');

  await card.getByRole('row', { name: /11 Mar 2027/ }).getByRole('button', { name: 'Move' }).click();
  const move = page.getByRole('dialog', { name: 'Move “Monthly steering”' });
  await expect(move.getByLabel('New time (Europe/Berlin)')).toHaveValue('10:00');
  await move.getByLabel('New date').fill('2027-03-12');
  await move.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(move).toBeHidden();
  const moved = card.getByRole('row', { name: /Fri, 12 Mar 2027, 09:00/ });
  await expect(moved).toContainText('Moved');
  await expect(moved).toContainText('Planned for Thu, 11 Mar 2027, 09:00');

  await openTab(page, 'Touchpoints');
  const entry = page.getByRole('article', { name: 'Monthly steering' });
  await expect(entry).toContainText('Meeting · 14 Jan 2027 · Monthly steering');
  await expect(entry).toContainText('Launch the joint offer in April');
  await expect(entry).toContainText('Send the pricing sheet');
  await expect(entry).toContainText('Acme owes');
  await expect(entry).toContainText('due 21 Jan 2027');

  const decisionLog = page.getByRole('region', { name: 'Decision log' });
  await expect(decisionLog).toContainText('Launch the joint offer in April');
  await expect(decisionLog).toContainText('Internal Their fiscal year starts in April');
  await decisionLog.getByRole('button', { name: /From the meeting “Monthly steering”/ }).click();
  await expect(entry).toBeFocused();
  await expectNoSeriousViolations(page, 'cadences tab');
});

test('a custom RRULE that cannot be expanded shows why beside the field and keeps what was typed', async ({ page }) => {
  await openNewPartnership(page, 'Initech supplier');
  await openTab(page, 'Cadences');
  await page.getByRole('button', { name: 'Add the first cadence' }).click();
  const dialog = page.getByRole('dialog', { name: 'New cadence' });
  await dialog.getByLabel('Name').fill('Triweekly ops');
  await dialog.getByLabel('Repeats').selectOption('custom');
  await dialog.getByLabel('Custom RRULE').fill('FREQ=SOMETIMES;BYDAY=TU');
  await dialog.getByRole('button', { name: 'Add cadence' }).click();

  await expect(dialog.getByText(/FREQ must be one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY \(not "SOMETIMES"\)/)).toBeVisible();
  await expect(dialog.getByLabel('Custom RRULE')).toBeFocused();
  await expect(dialog.getByLabel('Custom RRULE')).toHaveValue('FREQ=SOMETIMES;BYDAY=TU');
  await expect(dialog.getByLabel('Name')).toHaveValue('Triweekly ops');

  await dialog.getByLabel('Custom RRULE').fill('FREQ=WEEKLY;INTERVAL=3;BYDAY=TU');
  await dialog.getByRole('button', { name: 'Add cadence' }).click();
  await expect(dialog).toBeHidden();
  await expect(cadenceCard(page, 'Triweekly ops').getByText('Every 3 weeks on Tuesday at 10:00 Europe/London')).toBeVisible();
});

test('a custom RRULE is checked as it is typed: the reason shows beside the field before submit, and the preview hides', async ({ page }) => {
  await openNewPartnership(page, 'Hooli tech');
  await openTab(page, 'Cadences');
  await page.getByRole('button', { name: 'Add the first cadence' }).click();
  const dialog = page.getByRole('dialog', { name: 'New cadence' });
  await dialog.getByLabel('Name').fill('Weekly sync');
  await dialog.getByLabel('Repeats').selectOption('custom');
  const rule = dialog.getByLabel('Custom RRULE');
  await rule.pressSequentially('FREQ=WEEKLY;BYDAY=XX');

  const reason = dialog.getByText(/BYDAY/).filter({ hasText: /XX/ });
  await expect(reason).toBeVisible();
  await expect(rule).toHaveAttribute('aria-invalid', 'true');
  await expect(rule).toHaveAccessibleDescription(/XX/);
  await expect(dialog.locator('.rhythm-preview')).toHaveCount(0);
  await expect(rule).toBeFocused();

  await rule.fill('FREQ=WEEKLY;BYDAY=TU');
  await expect(reason).toHaveCount(0);
  await expect(rule).toHaveAttribute('aria-invalid', 'false');
  await expect(dialog.locator('.rhythm-preview')).toContainText('Tuesday');
  await dialog.getByRole('button', { name: 'Add cadence' }).click();
  await expect(dialog).toBeHidden();
});

test('a flexible cadence shows its due band, and logging a meeting resets it', async ({ page }) => {
  await openNewPartnership(page, 'Umbrella JV');
  await openTab(page, 'Cadences');
  await page.getByRole('button', { name: 'Add the first cadence' }).click();
  const dialog = page.getByRole('dialog', { name: 'New cadence' });
  await dialog.getByLabel('Name').fill('Exec check-in');
  await dialog.getByLabel('Kind').selectOption('executive review');
  await dialog.getByRole('radio', { name: /Flexible/ }).check();
  await dialog.getByLabel('Ideal interval (days)').fill('14');
  await dialog.getByLabel('Maximum interval (days)').fill('21');
  await dialog.getByLabel('Starts on').fill('2026-12-28');
  await dialog.getByRole('button', { name: 'Add cadence' }).click();
  await expect(dialog).toBeHidden();

  const card = cadenceCard(page, 'Exec check-in');
  await expect(card.getByText('Flexible: ideally every 14 days, at most 21')).toBeVisible();
  await expect(card.getByText('Due soon', { exact: true })).toBeVisible();
  await expect(card).toContainText('Ideally by 11 Jan 2027');

  await card.getByRole('button', { name: 'Log meeting: Exec check-in' }).click();
  const log = page.getByRole('dialog', { name: 'Log “Exec check-in”' });
  await log.getByRole('button', { name: 'Log touchpoint' }).click();
  await expect(log).toBeHidden();
  await expect(card.getByText('OK', { exact: true })).toBeVisible();
  await expect(card).toContainText('last held 14 Jan 2027');
  await expectNoSeriousViolations(page, 'cadences tab');
});

test('logging a touchpoint with mistakes names them beside the right row, keeps the input, then saves all in one step', async ({ page }) => {
  await openNewPartnership(page, 'Hooli tech');
  await openTab(page, 'Touchpoints');
  await page.getByRole('button', { name: 'Log the first touchpoint' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log touchpoint' });
  await dialog.getByLabel('Kind').selectOption('call');
  await dialog.getByLabel('Summary').fill('Quick call about the renewal.');
  await dialog.getByRole('button', { name: '+ Add decision' }).click();
  await dialog.getByRole('button', { name: '+ Add decision' }).click();
  await dialog.getByRole('group', { name: 'Decision 1' }).getByLabel('Statement').fill('Renew for two years');
  await dialog.getByRole('group', { name: 'Decision 2' }).getByLabel('Rationale').fill('A reason without a decision');
  await dialog.getByRole('button', { name: '+ Add follow-up' }).click();
  await dialog.getByRole('group', { name: 'Follow-up 1' }).getByLabel('What').fill('Draft the renewal');
  await dialog.getByRole('group', { name: 'Follow-up 1' }).getByLabel('Due on').fill('');
  await dialog.getByRole('button', { name: 'Log touchpoint' }).click();

  await expect(dialog.getByText('Title is required.')).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Decision 2' }).getByText('Decision is required.')).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Follow-up 1' }).getByText('Enter a date as YYYY-MM-DD.')).toBeVisible();
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await expect(dialog.getByLabel('Summary')).toHaveValue('Quick call about the renewal.');
  await expect(dialog.getByRole('group', { name: 'Decision 1' }).getByLabel('Statement')).toHaveValue('Renew for two years');

  await dialog.getByLabel('Title').fill('Renewal call');
  await dialog.getByRole('button', { name: 'Remove decision 2' }).click();
  await dialog.getByRole('group', { name: 'Follow-up 1' }).getByLabel('Due on').fill('2027-02-01');
  await dialog.getByRole('button', { name: 'Log touchpoint' }).click();
  await expect(dialog).toBeHidden();

  const entry = page.getByRole('article', { name: 'Renewal call' });
  await expect(entry).toContainText('Call · 14 Jan 2027');
  await expect(entry).toContainText('Renew for two years');
  await expect(entry).toContainText('Draft the renewal');
  await expect(entry).toContainText('We owe');
  await expect(page.getByRole('region', { name: 'Decision log' })).toContainText('Renew for two years');
});

test('touchpoints and standalone decisions can be edited, and deleted with Undo', async ({ page }) => {
  await openNewPartnership(page, 'Stark distribution');
  await openTab(page, 'Touchpoints');
  await page.getByRole('button', { name: 'Log the first touchpoint' }).click();
  const logDialog = page.getByRole('dialog', { name: 'Log touchpoint' });
  await logDialog.getByLabel('Kind').selectOption('email');
  await logDialog.getByLabel('Title').fill('Sent the Q1 plan');
  await logDialog.getByLabel('Internal notes').fill('They seemed lukewarm');
  await logDialog.getByRole('button', { name: 'Log touchpoint' }).click();
  await expect(logDialog).toBeHidden();
  const entry = page.getByRole('article', { name: 'Sent the Q1 plan' });
  await expect(entry.getByText('Internal', { exact: true })).toBeVisible();

  await entry.getByRole('button', { name: 'Edit Sent the Q1 plan' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Sent the Q1 plan' });
  await edit.getByLabel('Title').fill('Sent the Q1 joint plan');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('article', { name: 'Sent the Q1 joint plan' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Sent the Q1 joint plan' }).click();
  await expect(page.getByRole('article', { name: 'Sent the Q1 joint plan' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('article', { name: 'Sent the Q1 joint plan' })).toBeVisible();

  const decisionLog = page.getByRole('region', { name: 'Decision log' });
  await decisionLog.getByRole('button', { name: 'Add decision' }).click();
  const add = page.getByRole('dialog', { name: 'Add a decision' });
  await add.getByRole('button', { name: 'Add decision' }).click();
  await expect(add.getByText('Decision is required.')).toBeVisible();
  await add.getByRole('textbox', { name: 'Decision', exact: true }).fill('Stark handles EMEA logistics');
  await add.getByLabel('Rationale').fill('They own the warehouses');
  await add.getByRole('button', { name: 'Add decision' }).click();
  await expect(add).toBeHidden();
  await expect(decisionLog).toContainText('Stark handles EMEA logistics');

  await decisionLog.getByRole('button', { name: 'Delete decision: Stark handles EMEA logistics' }).click();
  await expect(decisionLog).not.toContainText('Stark handles EMEA logistics');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(decisionLog).toContainText('Stark handles EMEA logistics');
  await expectNoSeriousViolations(page, 'cadences tab');
});

// The alliance manager's whole journey with a new partnership, as issue 3 lays it
// out: intent written, agreed and revised; both sides mapped; a monthly cadence;
// a meeting logged with a decision and a follow-up; health from both sides; and,
// once the clock passes the follow-up's due date, Attention names who owes it.
import type { Locator, Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';
import { chooseRoles } from './helpers';

const NAME = 'Initech co-sell';

function tab(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name, exact: true });
}

async function createPartnership(page: Page) {
  await page.goto(`${APP_URL}#/portfolio`);
  await page.getByRole('button', { name: 'New partnership' }).click();
  const dialog = page.getByRole('dialog', { name: 'New partnership' });
  await dialog.getByLabel('Name').fill(NAME);
  await dialog.getByLabel('Partner organisation').fill('Initech');
  await dialog.getByLabel('Type').selectOption('co-sell');
  await dialog.getByRole('button', { name: 'Create partnership' }).click();
  // A new partnership opens in its workspace.
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
}

async function writeAgreeAndReviseIntent(page: Page) {
  await tab(page, 'Intent').click();
  await page.getByRole('button', { name: 'Write the intent' }).click();
  await page.getByLabel('Purpose').fill('Sell the joint analytics bundle to mid-market banks');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page.getByRole('group', { name: 'Goal 1' }).getByLabel('Statement').fill('Close joint deals');
  await page.getByRole('group', { name: 'Goal 1' }).getByLabel('Target').fill('10');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('button', { name: 'Agree v1…' }).click();
  const agree = page.getByRole('dialog', { name: 'Agree version 1' });
  await agree.getByLabel('Agreed on').fill('2027-01-12');
  await agree.getByLabel('Agreed by us').fill('Dana Scully');
  await agree.getByLabel('Agreed by the partner').fill('Bill Lumbergh');
  await agree.getByRole('button', { name: 'Agree version 1' }).click();
  await expect(page.getByText('Agreed v1 on 12 Jan 2027 by Dana Scully (us) and Bill Lumbergh (partner)')).toBeVisible();

  await page.getByRole('button', { name: 'Start a new draft from v1' }).click();
  await page.getByRole('group', { name: 'Goal 1' }).getByLabel('Target').fill('15');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft v2 — changed since the agreed version')).toBeVisible();
  const goalChange = page.getByRole('region', { name: 'What changed' }).getByRole('listitem').filter({ hasText: 'Close joint deals' }).last();
  await expect(goalChange.locator('del')).toHaveText('[deleted: 10]');
  await expect(goalChange.locator('ins')).toHaveText('[inserted: 15]');
}

async function mapBothSides(page: Page) {
  await tab(page, 'Stakeholders').click();
  await page.getByRole('button', { name: 'Add the first person' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill('Dana Scully');
  await dialog.getByLabel('Side').selectOption('us');
  await chooseRoles(dialog, ['day-to-day lead']);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('button', { name: 'Add person on the partner side' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill('Bill Lumbergh');
  await chooseRoles(dialog, ['sponsor']);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('button', { name: 'Edit Bill Lumbergh' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Dana Scully' })).toBeVisible();
}

async function setMonthlyCadenceAndLogMeeting(page: Page) {
  await tab(page, 'Cadences').click();
  await page.getByRole('button', { name: 'Add the first cadence' }).click();
  const dialog = page.getByRole('dialog', { name: 'New cadence' });
  await dialog.getByLabel('Name').fill('Monthly pipeline review');
  await dialog.getByLabel('Repeats').selectOption('monthly');
  await dialog.getByLabel('Week of the month').selectOption('2');
  await dialog.getByLabel('Weekday', { exact: true }).selectOption('TH');
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByRole('button', { name: 'Add cadence' }).click();
  await expect(page.getByText('Every month on the 2nd Thursday at 10:00')).toBeVisible();

  await page.getByRole('row', { name: /14 Jan 2027/ }).getByRole('button', { name: 'Mark held' }).click();
  const log = page.getByRole('dialog', { name: 'Log “Monthly pipeline review”' });
  await log.getByRole('button', { name: '+ Add decision' }).click();
  await log.getByLabel('Statement').fill('Target regional banks first');
  await log.getByRole('button', { name: '+ Add follow-up' }).click();
  await log.getByLabel('What').fill('Share the list of target accounts');
  await log.getByLabel('Owed by').selectOption('partner');
  await log.getByLabel('Due on').fill('2027-01-20');
  await log.getByRole('button', { name: 'Log touchpoint' }).click();
  await expect(log).toBeHidden();

  await tab(page, 'Touchpoints').click();
  await expect(page.getByRole('region', { name: 'Decision log' }).getByText('Target regional banks first')).toBeVisible();
  await tab(page, 'Commitments').click();
  await page.getByRole('button', { name: /They owe/ }).click();
  await expect(page.getByText('Share the list of target accounts')).toBeVisible();
}

async function recordHealthFromBothSides(page: Page) {
  await tab(page, 'Health').click();
  const scores = async (perspective: 'ours' | 'partner', trust: number) => {
    await page.getByRole('button', { name: /Record (a|the first) health check/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a health check' });
    await dialog.getByLabel('Perspective').selectOption(perspective);
    for (const dimension of ['strategic value', 'trust', 'communication', 'execution', 'executive sponsorship']) {
      const value = dimension === 'trust' ? trust : 4;
      await dialog.getByRole('group', { name: `Score for ${dimension}` }).getByRole('radio', { name: new RegExp(`^${value} `) }).check();
    }
    await dialog.getByRole('button', { name: 'Record health check' }).click();
    await expect(dialog).toBeHidden();
  };
  await scores('ours', 5);
  await scores('partner', 2);
  await expect(page.getByRole('figure', { name: /Widest gap on trust/ })).toContainText('we score 5, the partner 2');
}

test('from a new partnership to an overdue commitment ranked on the Attention screen with the side that owes it', async ({ page }) => {
  test.slow(); // the whole journey through six tabs
  await page.clock.setFixedTime(new Date('2027-01-14T12:00:00Z'));
  await createPartnership(page);
  await writeAgreeAndReviseIntent(page);
  await mapBothSides(page);
  await setMonthlyCadenceAndLogMeeting(page);
  await recordHealthFromBothSides(page);

  await page.clock.setFixedTime(new Date('2027-01-25T09:00:00Z'));
  await page.goto(APP_URL);
  const list = page.getByRole('list', { name: 'Ranked by urgency' });
  const overdue = list.getByRole('link', { name: /The partner owes: Share the list of target accounts/ });
  await expect(overdue).toContainText(NAME);
  await expect(overdue).toContainText('Overdue by 5 days (due 20 Jan 2027). Chase it with the partner.');
  await expect(list.getByRole('link', { name: /Intent changed since it was agreed/ })).toBeVisible();
  await overdue.click();
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  await expect(tab(page, 'Commitments')).toHaveAttribute('aria-current', 'page');
});

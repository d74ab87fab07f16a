import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { createPartnership } from './helpers';

async function openIntentOfNewPartnership(page: Page, name: string) {
  await createPartnership(page, name);
  await page.getByRole('link', { name }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Intent', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Write down what this partnership is for' })).toBeVisible();
}

async function writeFirstDraft(page: Page) {
  await page.getByRole('button', { name: 'Write the intent' }).click();
  await page.getByLabel('Purpose').fill('Grow joint revenue in EMEA mid-market');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const goal = page.getByRole('group', { name: 'Goal 1' });
  await expect(goal.getByLabel('Statement')).toBeFocused();
  await goal.getByLabel('Statement').fill('Launch the integration');
  await goal.getByLabel('Metric').fill('customers live');
  await goal.getByLabel('Target').fill('20');
  await goal.getByLabel('Due by').fill('2027-06-30');
  await page.getByRole('button', { name: 'Add a tradeoff' }).click();
  const tradeoff = page.getByRole('group', { name: 'Tradeoff 1' });
  await tradeoff.getByLabel('Term').fill('Exclusivity');
  await tradeoff.getByLabel('Weight for us').selectOption('4');
  await tradeoff.getByLabel('Weight for them').selectOption('2');
  await tradeoff.getByLabel('Agreed position').fill('Exclusive in DACH only');
  await page.getByLabel('Internal notes').fill('Their VP of alliances is leaving in Q3');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { name: 'Partnership charter' })).toBeVisible();
}

async function agree(page: Page, version: number, us: string, partner: string) {
  await page.getByRole('button', { name: `Agree v${version}…` }).click();
  const dialog = page.getByRole('dialog', { name: `Agree version ${version}` });
  await dialog.getByLabel('Agreed on').fill('2027-03-03');
  await dialog.getByLabel('Agreed by us').fill(us);
  await dialog.getByLabel('Agreed by the partner').fill(partner);
  await dialog.getByRole('button', { name: `Agree version ${version}` }).click();
  await expect(dialog).toBeHidden();
}

test('an intent is written, agreed by both sides, revised, and the revision shows in the comparison', async ({ page }) => {
  await openIntentOfNewPartnership(page, 'Acme co-sell EMEA');
  await writeFirstDraft(page);
  await expect(page.getByText('Never agreed')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Launch the integration' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Exclusive in DACH only' })).toBeVisible();

  await agree(page, 1, 'Dana Scully', 'Raj Patel');
  await expect(page.getByText('Agreed v1 on 3 Mar 2027 by Dana Scully (us) and Raj Patel (partner)')).toBeVisible();

  await page.getByRole('button', { name: 'Start a new draft from v1' }).click();
  await expect(page.getByRole('heading', { name: 'Edit draft v2' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Goal 1' }).getByLabel('Statement')).toHaveValue('Launch the integration');
  await page.getByLabel('Purpose').fill('Grow joint revenue in EMEA and APAC');
  await page.getByRole('group', { name: 'Goal 1' }).getByLabel('Target').fill('30');
  await page.getByRole('button', { name: 'Save draft' }).click();

  await expect(page.getByText('Draft v2 — changed since the agreed version')).toBeVisible();
  const comparison = page.getByRole('region', { name: 'What changed' });
  await expect(comparison.getByLabel('From')).toHaveValue(/.+/);
  await expect(comparison.getByText('2 changes from v1 to v2')).toBeVisible();
  // Only the changed words are marked, inside the text they belong to.
  const purpose = comparison.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Purpose' }) });
  await expect(purpose).toContainText('Grow joint revenue in EMEA');
  await expect(purpose.locator('del')).toHaveText(['[deleted: mid-market]']);
  await expect(purpose.locator('ins')).toHaveText(['[inserted: and APAC]']);
  const goals = comparison.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Shared goals' }) });
  await expect(goals).toContainText('Launch the integration — customers live:');
  await expect(goals.locator('del')).toHaveText(['[deleted: 20]']);
  await expect(goals.locator('ins')).toHaveText(['[inserted: 30]']);

  await page.reload();
  await expect(page.getByText('Draft v2 — changed since the agreed version')).toBeVisible();
});

test('one changed number in a three-line field marks that one word, also in the partner-safe view', async ({ page }) => {
  await openIntentOfNewPartnership(page, 'Soylent co-sell');
  await writeFirstDraft(page);
  const lines = (share: string) => `No exclusivity outside DACH.\nRevenue share stays at ${share} for two years.\nEither side may leave with 90 days notice.`;
  await page.getByRole('button', { name: 'Edit draft v1' }).click();
  await page.getByLabel('Non-negotiables').fill(lines('25%'));
  await page.getByLabel('Success criteria').fill(lines('25%'));
  await page.getByRole('button', { name: 'Save draft' }).click();
  await agree(page, 1, 'Dana Scully', 'Raj Patel');
  await page.getByRole('button', { name: 'Start a new draft from v1' }).click();
  // The editor replaces the reading view (whose section is also named Non-negotiables) once the draft is made.
  await expect(page.getByRole('button', { name: 'Save draft' })).toBeVisible();
  await page.getByLabel('Non-negotiables').fill(lines('20%'));
  await page.getByLabel('Success criteria').fill(lines('20%'));
  await page.getByRole('button', { name: 'Save draft' }).click();

  const comparison = page.getByRole('region', { name: 'What changed' });
  await expect(comparison.getByText('2 changes from v1 to v2')).toBeVisible();
  for (const section of ['Non-negotiables', 'Success criteria']) {
    const change = comparison.getByRole('listitem').filter({ has: page.getByRole('heading', { name: section }) });
    await expect(change.locator('del')).toHaveText(['[deleted: 25%]']);
    await expect(change.locator('ins')).toHaveText(['[inserted: 20%]']);
    await expect(change).toContainText('No exclusivity outside DACH.');
  }
  await comparison.getByLabel('Partner-safe view').check();
  await expect(comparison.getByText('1 change from v1 to v2')).toBeVisible();
  await expect(comparison.getByRole('heading', { name: 'Non-negotiables' })).toHaveCount(0);
  await expect(comparison.locator('del')).toHaveText(['[deleted: 25%]']);
  await expect(comparison.locator('ins')).toHaveText(['[inserted: 20%]']);
});

test('the partner-safe comparison hides internal sections and tradeoff weights', async ({ page }) => {
  await openIntentOfNewPartnership(page, 'Globex reseller');
  await writeFirstDraft(page);
  await agree(page, 1, 'Dana Scully', 'Raj Patel');
  await page.getByRole('button', { name: 'Start a new draft from v1' }).click();
  await expect(page.getByRole('heading', { name: 'Edit draft v2' })).toBeVisible();
  await page.getByLabel('Internal notes').fill('Their VP stays after all');
  await page.getByRole('group', { name: 'Tradeoff 1' }).getByLabel('Weight for us').selectOption('5');
  await page.getByRole('button', { name: 'Save draft' }).click();

  const comparison = page.getByRole('region', { name: 'What changed' });
  await expect(comparison.getByRole('heading', { name: 'Internal notes' })).toBeVisible();
  const tradeoffs = comparison.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Agreed tradeoffs' }) });
  await expect(tradeoffs).toContainText('(weights us');
  await expect(tradeoffs.locator('del')).toHaveText(['[deleted: 4]']);
  await expect(tradeoffs.locator('ins')).toHaveText(['[inserted: 5]']);
  await comparison.getByLabel('Partner-safe view').check();
  await expect(comparison.getByRole('heading', { name: 'Internal notes' })).toHaveCount(0);
  await expect(comparison.getByText(/weights us/)).toHaveCount(0);
  await expect(comparison.getByText('Nothing the partner would see differs between v1 and v2.')).toBeVisible();
});

test('an agreement without partner names is refused and keeps what was typed', async ({ page }) => {
  await openIntentOfNewPartnership(page, 'Initech supplier');
  await writeFirstDraft(page);
  await page.getByRole('button', { name: 'Agree v1…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Agree version 1' });
  await dialog.getByLabel('Agreed on').fill('2027-03-03');
  await dialog.getByLabel('Agreed by us').fill('Dana Scully, Walter Skinner');
  await dialog.getByRole('button', { name: 'Agree version 1' }).click();

  await expect(dialog.getByText("Name who agreed on the partner's side.")).toBeVisible();
  await expect(dialog.getByLabel('Agreed by the partner')).toBeFocused();
  await expect(dialog.getByLabel('Agreed on')).toHaveValue('2027-03-03');
  await expect(dialog.getByLabel('Agreed by us')).toHaveValue('Dana Scully, Walter Skinner');

  await dialog.getByLabel('Agreed by the partner').fill('Raj Patel');
  await dialog.getByRole('button', { name: 'Agree version 1' }).click();
  await expect(page.getByText('Agreed v1 on 3 Mar 2027 by Dana Scully, Walter Skinner (us) and Raj Patel (partner)')).toBeVisible();
});

test('a goal without a statement is refused beside the field, keeping the rest of the draft', async ({ page }) => {
  await openIntentOfNewPartnership(page, 'Hooli tech');
  await page.getByRole('button', { name: 'Write the intent' }).click();
  await page.getByLabel('Purpose').fill('Ship the connector');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page.getByRole('group', { name: 'Goal 1' }).getByLabel('Metric').fill('installs');
  await page.getByRole('button', { name: 'Save draft' }).click();

  const goal = page.getByRole('group', { name: 'Goal 1' });
  await expect(goal.getByText('Describe the goal.')).toBeVisible();
  await expect(goal.getByLabel('Statement')).toBeFocused();
  await expect(goal.getByLabel('Metric')).toHaveValue('installs');
  await expect(page.getByLabel('Purpose')).toHaveValue('Ship the connector');
});

test('a discarded draft comes back with Undo', async ({ page }) => {
  await openIntentOfNewPartnership(page, 'Umbrella JV');
  await writeFirstDraft(page);
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByRole('heading', { name: 'Write down what this partnership is for' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Draft v1 is waiting for both sides to agree it.')).toBeVisible();
});

test('the intent tab has no serious accessibility problems, reading or editing', async ({ page }) => {
  await openIntentOfNewPartnership(page, 'Stark distribution');
  await expectNoSeriousViolations(page, 'intent tab');
  await writeFirstDraft(page);
  await agree(page, 1, 'Dana Scully', 'Raj Patel');
  await page.getByRole('button', { name: 'Start a new draft from v1' }).click();
  await expect(page.getByRole('heading', { name: 'Edit draft v2' })).toBeVisible();
  await page.getByLabel('Purpose').fill('A wider purpose');
  await expectNoSeriousViolations(page, 'intent tab');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('1 change from v1 to v2')).toBeVisible();
  await expectNoSeriousViolations(page, 'intent tab');
});

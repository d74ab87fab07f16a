import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { createPartnership } from './helpers';

const TODAY = new Date('2027-03-01T10:00:00Z');

type Scores = Readonly<Record<string, number>>;

async function openHealth(page: Page, name: string) {
  await page.clock.setFixedTime(TODAY);
  await createPartnership(page, name);
  await page.getByRole('link', { name }).click();
  await tab(page, 'Health').click();
}

function tab(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name });
}

async function score(dialog: Locator, dimension: string, value: number) {
  await dialog.getByRole('group', { name: `Score for ${dimension}` }).getByRole('radio', { name: new RegExp(`^${value} `) }).check();
}

async function recordCheck(page: Page, perspective: 'ours' | 'partner', respondent: string, scores: Scores, assessedOn?: string) {
  await page.getByRole('button', { name: /Record (a|the first) health check/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a health check' });
  await expect(dialog.getByLabel('Date')).toHaveValue('2027-03-01');
  if (assessedOn) await dialog.getByLabel('Date').fill(assessedOn);
  await dialog.getByLabel('Perspective').selectOption(perspective);
  await dialog.getByLabel('Respondent').fill(respondent);
  for (const [dimension, value] of Object.entries(scores)) await score(dialog, dimension, value);
  await dialog.getByRole('button', { name: 'Record health check' }).click();
  await expect(dialog).toBeHidden();
}

const OURS = { 'strategic value': 4, trust: 4, communication: 3, execution: 4, 'executive sponsorship': 3 };
const THEIRS = { 'strategic value': 4, trust: 2, communication: 3, execution: 3, 'executive sponsorship': 3 };

test('an empty health tab explains the two perspectives and the gap', async ({ page }) => {
  await openHealth(page, 'Acme co-sell');
  await expect(page.getByRole('heading', { name: 'No health checks yet' })).toBeVisible();
  await expect(page.getByText('perception gap')).toBeVisible();
});

test('checks from both sides give overall scores, a gap on trust, and an action that becomes a joint commitment', async ({ page }) => {
  test.slow(); // two checks through the form, then across to the Commitments tab
  await openHealth(page, 'Acme co-sell');
  await recordCheck(page, 'ours', 'Dana Scully', OURS);
  await recordCheck(page, 'partner', 'Fox Mulder', THEIRS);

  const current = page.getByRole('region', { name: 'Health' }).locator('.health-current');
  await expect(current).toContainText('Our view3.6 / 5');
  await expect(current).toContainText('Partner’s view3.0 / 5');

  const gap = page.getByRole('figure', { name: /Widest gap on trust/ });
  await expect(gap).toContainText('Widest gap on trust: we score 4, the partner 2');
  await expect(gap.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(gap.getByRole('row', { name: /Trust/ })).toContainText('We rate it 2 higher');
  await expect(page.getByRole('figure', { name: /Since the previous check|Only one check/ })).toBeVisible();

  const actions = page.getByRole('region', { name: 'Suggested actions' });
  const trustAction = 'Hold a candid 1:1 with the partner';
  await expect(actions.getByText('Perception gap: trust')).toBeVisible();
  await actions.getByRole('checkbox', { name: new RegExp(trustAction) }).check();
  await actions.getByRole('button', { name: 'Create commitment' }).click();
  await expect(page.getByText('Created 1 commitment.')).toBeVisible();
  await expect(actions.getByRole('checkbox', { name: new RegExp(trustAction) })).toHaveCount(0);
  await expect(actions.getByRole('heading', { name: 'Already commitments' })).toBeVisible();

  await tab(page, 'Commitments').click();
  await expect(page.getByLabel('Open commitments by side')).toContainText('Joint 1 open');
  await page.getByRole('button', { name: 'Joint 1 open' }).click();
  const item = page.getByRole('listitem', { name: new RegExp(trustAction) });
  await expect(item).toContainText('health check action');
  await expect(item).toContainText('Due 15 Mar 2027');
});

test('a check scoring a comment without a score names the row and keeps the input', async ({ page }) => {
  await openHealth(page, 'Globex reseller');
  await page.getByRole('button', { name: 'Record the first health check' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a health check' });
  await dialog.getByRole('button', { name: 'Record health check' }).click();
  await expect(dialog.getByText('Score at least one dimension.')).toBeVisible();

  await score(dialog, 'trust', 5);
  await dialog.getByLabel('Comment on execution').fill('Two deliverables late');
  await dialog.getByRole('button', { name: 'Add a dimension' }).click();
  await dialog.getByLabel('Dimension name').fill('Joint pipeline');
  await dialog.getByRole('button', { name: 'Record health check' }).click();
  await expect(dialog.getByRole('group', { name: 'Score for execution' })).toContainText('Score from 1 to 5.');
  await expect(dialog.getByRole('group', { name: 'Score for Joint pipeline' })).toContainText('Score from 1 to 5.');
  await expect(dialog.getByLabel('Comment on execution')).toHaveValue('Two deliverables late');
  await expect(dialog.getByRole('group', { name: 'Score for trust' }).getByRole('radio', { name: /^5 / })).toBeChecked();

  await score(dialog, 'execution', 2);
  await score(dialog, 'Joint pipeline', 3);
  await dialog.getByRole('button', { name: 'Record health check' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'History' }).getByRole('row', { name: /1 Mar 2027/ })).toContainText('3.3');
});

test('a deleted health check comes back with Undo', async ({ page }) => {
  await openHealth(page, 'Initech supplier');
  await recordCheck(page, 'ours', 'Dana Scully', OURS, '2027-01-15');
  await recordCheck(page, 'ours', 'Dana Scully', { ...OURS, trust: 2 });
  await expect(page.locator('.health-current')).toContainText('Down 0.4 since the previous check');
  await page.getByRole('button', { name: 'Delete our check of 1 Mar 2027' }).click();
  await expect(page.locator('.health-current')).toContainText('First check from this side');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.health-current')).toContainText('Down 0.4 since the previous check');
});

test('the health tab has no serious accessibility problems', async ({ page }) => {
  test.slow(); // three checks through the form and two full axe scans
  await openHealth(page, 'Hooli tech');
  await recordCheck(page, 'ours', 'Dana Scully', OURS, '2027-01-10');
  await recordCheck(page, 'ours', 'Dana Scully', { ...OURS, trust: 3 });
  await recordCheck(page, 'partner', 'Fox Mulder', THEIRS);
  await expectNoSeriousViolations(page, 'tab');
  await page.getByRole('button', { name: 'Record a health check' }).click();
  await expectNoSeriousViolations(page, 'dialog', 'dialog');
});

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { createPartnership } from './helpers';

// A fixed "today" so due dates and the overdue count are predictable: 1 March 2027.
const TODAY = new Date('2027-03-01T10:00:00Z');

async function openCommitments(page: Page, name: string) {
  await page.clock.setFixedTime(TODAY);
  await createPartnership(page, name);
  await page.getByRole('link', { name }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Commitments' }).click();
}

async function addCommitment(page: Page, title: string, owedBy: 'us' | 'partner' | 'joint', dueOn?: string) {
  await page.getByRole('button', { name: 'New commitment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New commitment' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Owed by').selectOption(owedBy);
  if (dueOn) await dialog.getByLabel('Due on').fill(dueOn);
  await dialog.getByRole('button', { name: 'Add commitment' }).click();
  await expect(dialog).toBeHidden();
}

const summary = (page: Page) => page.getByLabel('Open commitments by side');

test('an empty commitments tab explains the sides and offers the first commitment', async ({ page }) => {
  await openCommitments(page, 'Acme co-sell');
  await expect(page.getByRole('heading', { name: 'No commitments yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Add the first commitment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New commitment' });
  await expect(dialog.getByLabel('Due on')).toHaveValue('2027-03-15');
  await expect(dialog.getByLabel('Owed by')).toHaveValue('us');
});

test('commitments are counted per side, one is marked done, and one turns overdue once its day has passed', async ({ page }) => {
  await openCommitments(page, 'Acme co-sell');
  await addCommitment(page, 'Send the joint pricing sheet', 'us', '2027-03-10');
  await addCommitment(page, 'Share the Q2 pipeline', 'partner', '2027-03-20');
  await addCommitment(page, 'Introduce us to their CISO', 'partner');
  await expect(summary(page)).toHaveText('We owe 1 open · They owe 2 open');

  // After adding, the list shows the side that owes the new commitment.
  await expect(page.getByRole('button', { name: 'They owe 2 open' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Mark done: Share the Q2 pipeline' }).click();
  const done = page.getByRole('dialog', { name: 'Mark “Share the Q2 pipeline” done' });
  await expect(done.getByLabel('Done on')).toHaveValue('2027-03-01');
  await done.getByRole('button', { name: 'Mark done' }).click();
  await expect(summary(page)).toHaveText('We owe 1 open · They owe 1 open');
  await expect(page.getByRole('listitem', { name: 'Share the Q2 pipeline' })).toHaveCount(0);
  await page.getByLabel('Show').selectOption('done');
  await expect(page.getByRole('listitem', { name: 'Share the Q2 pipeline' })).toContainText('Done on time');

  await page.clock.setFixedTime(new Date('2027-03-13T10:00:00Z'));
  await page.reload();
  await expect(summary(page)).toHaveText('We owe 1 open (1 overdue) · They owe 1 open');
  await page.getByRole('button', { name: 'We owe 1 open, 1 overdue' }).click();
  await expect(page.getByRole('listitem', { name: 'Send the joint pricing sheet' })).toContainText('Overdue by 3 days');
  await page.getByRole('button', { name: /They owe/ }).click();
  await expect(page.getByRole('listitem', { name: 'Introduce us to their CISO' })).toContainText('Due in 2 days');
});

test('a deleted commitment comes back with Undo, and an edit can move it to the other side', async ({ page }) => {
  await openCommitments(page, 'Globex reseller');
  await addCommitment(page, 'Run the enablement session', 'us');
  await addCommitment(page, 'Publish the joint case study', 'us');
  await page.getByRole('button', { name: 'Delete: Run the enablement session' }).click();
  await expect(page.getByRole('listitem', { name: 'Run the enablement session' })).toHaveCount(0);
  await expect(summary(page)).toHaveText('We owe 1 open · They owe 0 open');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('listitem', { name: 'Run the enablement session' })).toBeVisible();
  await page.reload();
  await expect(summary(page)).toHaveText('We owe 2 open · They owe 0 open');

  await page.getByRole('button', { name: 'Edit: Publish the joint case study' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit commitment' });
  await expect(dialog.getByLabel('Title')).toHaveValue('Publish the joint case study');
  await dialog.getByLabel('Owed by').selectOption('partner');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(summary(page)).toHaveText('We owe 1 open · They owe 1 open');
  await expect(page.getByRole('button', { name: 'They owe 1 open' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('listitem', { name: 'Publish the joint case study' })).toBeVisible();
});

test('an invalid commitment names the wrong fields and keeps everything typed', async ({ page }) => {
  await openCommitments(page, 'Initech supplier');
  await page.getByRole('button', { name: 'New commitment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New commitment' });
  await dialog.getByLabel('Detail').fill('Both legal teams need to sign off first.');
  await dialog.getByLabel('Owed by').selectOption('joint');
  await dialog.getByLabel('Due on').fill('');
  await dialog.getByLabel('Status').selectOption('done');
  await dialog.getByLabel('Done on').fill('');
  await dialog.getByRole('button', { name: 'Add commitment' }).click();

  await expect(dialog.getByText('Title is required.')).toBeVisible();
  await expect(dialog.getByText('Enter a date as YYYY-MM-DD.')).toBeVisible();
  await expect(dialog.getByText('Say when it was done.')).toBeVisible();
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await expect(dialog.getByLabel('Detail')).toHaveValue('Both legal teams need to sign off first.');
  await expect(dialog.getByLabel('Owed by')).toHaveValue('joint');

  await dialog.getByLabel('Title').fill('Agree the data processing addendum');
  await dialog.getByLabel('Due on').fill('2027-04-01');
  await dialog.getByLabel('Done on').fill('2027-04-03');
  await dialog.getByRole('button', { name: 'Add commitment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('listitem', { name: 'Agree the data processing addendum' })).toContainText('Done 2 days late');
});

test('the commitments tab has no serious accessibility problems', async ({ page }) => {
  test.slow(); // two full axe scans
  await openCommitments(page, 'Hooli tech');
  await addCommitment(page, 'Send the joint pricing sheet', 'us', '2027-02-20');
  await addCommitment(page, 'Share the Q2 pipeline', 'partner');
  await expectNoSeriousViolations(page, 'tab');
  await page.getByRole('button', { name: 'New commitment' }).click();
  await expectNoSeriousViolations(page, 'dialog', 'dialog');
});

test('the CSV export works out each state on the user’s day, not the UTC day', async ({ page }) => {
  // 12:00 UTC on 1 March is 01:00 on 2 March in Auckland: a commitment due on 1 March is overdue there.
  await page.clock.setFixedTime(new Date('2027-03-01T12:00:00Z'));
  await page.goto(`${APP_URL}#/settings`);
  await page.getByLabel('Time zone').selectOption('Pacific/Auckland');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText(/saved/i);
  await createPartnership(page, 'Acme co-sell');
  await page.getByRole('link', { name: 'Acme co-sell' }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Commitments' }).click();
  await addCommitment(page, 'Send the joint pricing sheet', 'us', '2027-03-01');
  await expect(summary(page)).toContainText(/1 overdue/);
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export commitments as CSV' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save CSV' }).click()]);
  const rows = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(rows[1]).toMatch(/^Acme co-sell,Send the joint pricing sheet,,us,,2027-03-01,open,,overdue,/);
});

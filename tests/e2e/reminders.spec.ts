// Reminders end to end, under Playwright's clock: the heartbeat delivers at the due
// time, a snooze comes back after its hour and not before, a reload delivers nothing
// twice, and quiet hours hold a reminder until they end. The browser runs in
// Europe/London, which is on GMT (UTC) in early March 2027.
import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';

const TITLE = 'Send the joint pricing sheet';

async function saveSettings(page: Page, fields: Readonly<Record<string, string>>) {
  await page.goto(`${APP_URL}#/settings`);
  const form = page.getByRole('form', { name: 'Settings' });
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

/** Portfolio → New partnership → its Commitments tab → a commitment due on `dueOn`, all through the UI. */
async function addCommitmentDue(page: Page, dueOn: string) {
  await page.goto(`${APP_URL}#/portfolio`);
  await page.getByRole('button', { name: 'New partnership' }).click();
  const dialog = page.getByRole('dialog', { name: 'New partnership' });
  await dialog.getByLabel('Name').fill('Acme co-sell');
  await dialog.getByLabel('Partner organisation').fill('Acme Corp');
  await dialog.getByRole('button', { name: 'Create partnership' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Acme co-sell', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Commitments' }).click();
  await page.getByRole('button', { name: /commitment/i }).first().click();
  const form = page.getByRole('dialog', { name: 'New commitment' });
  await form.getByLabel('Title').fill(TITLE);
  await form.getByLabel('Due on').fill(dueOn);
  await form.getByRole('button', { name: 'Add commitment' }).click();
  await expect(form).toBeHidden();
}

const bell = (page: Page) => page.getByRole('button', { name: /^Reminders, \d+ unread$/ });
const centre = (page: Page) => page.getByRole('dialog', { name: 'Reminders' });
const delivered = (page: Page) => centre(page).getByRole('list', { name: 'Delivered reminders' }).getByRole('listitem');
const snoozed = (page: Page) => centre(page).getByRole('list', { name: 'Snoozed reminders' }).getByRole('listitem');

test('a commitment due tomorrow is delivered at its time, snoozes for an hour, and is never delivered twice', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await page.clock.install({ time: new Date('2027-03-01T08:30:00Z') });
  await saveSettings(page, { 'Remind before commitments are due (days)': '1' });
  await addCommitmentDue(page, '2027-03-02');
  await expect(bell(page)).toHaveAccessibleName('Reminders, 0 unread');

  // Its reminder is due at the start of the working day before: 09:00.
  await page.clock.fastForward('30:00');
  await expect(bell(page)).toHaveAccessibleName('Reminders, 1 unread');
  await bell(page).click();
  await expect(delivered(page)).toHaveCount(1);
  const item = delivered(page).first();
  await expect(item).toHaveAccessibleName(`Unread: Due tomorrow: ${TITLE}`);
  await expect(item).toContainText('Acme co-sell');
  await expect(item).toContainText('Today, 09:00');

  await item.getByRole('button', { name: 'Snooze' }).click();
  await page.getByRole('menuitem', { name: /1 hour/ }).click();
  await expect(delivered(page)).toHaveCount(0);
  await expect(snoozed(page)).toHaveCount(1);
  await expect(snoozed(page).first()).toContainText('Snoozed until Today, 10:00');
  await expect(bell(page)).toHaveAccessibleName('Reminders, 0 unread');

  // Not before the hour is up: several heartbeats pass without it.
  await page.clock.fastForward('59:00');
  await page.clock.runFor(30_000);
  await expect(bell(page)).toHaveAccessibleName('Reminders, 0 unread');
  await expect(delivered(page)).toHaveCount(0);
  // Back once it is.
  await page.clock.fastForward('01:00');
  await expect(bell(page)).toHaveAccessibleName('Reminders, 1 unread');
  await expect(delivered(page)).toHaveCount(1);
  await expect(delivered(page).first()).toContainText('Today, 10:00');
  await expect(snoozed(page)).toHaveCount(0);

  await page.reload();
  await expect(bell(page)).toHaveAccessibleName('Reminders, 1 unread');
  await page.clock.runFor(2 * 60_000);
  await bell(page).click();
  await expect(delivered(page)).toHaveCount(1);
  await expect(delivered(page).first()).toContainText('Today, 10:00');
  await expect(bell(page)).toHaveAccessibleName('Reminders, 1 unread');
});

test('the notification centre is keyboard operable, accessible, and its actions work', async ({ page }) => {
  await page.clock.install({ time: new Date('2027-03-01T10:00:00Z') });
  await addCommitmentDue(page, '2027-03-01');
  await expect(bell(page)).toHaveAccessibleName('Reminders, 1 unread');
  await bell(page).focus();
  await page.keyboard.press('Enter');
  await expect(centre(page)).toBeVisible();
  await expect(centre(page).getByRole('heading', { name: 'Reminders' })).toBeFocused();

  const item = delivered(page).first();
  await item.getByRole('button', { name: 'Snooze' }).click();
  await expect(page.getByRole('menuitem', { name: /1 hour/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /Tomorrow morning/ })).toBeFocused();
  await expectNoSeriousViolations(page, 'notification centre');
  // Escape closes the menu only, then the centre, and focus goes back where it was.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(item.getByRole('button', { name: 'Snooze' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(centre(page)).toBeHidden();
  await expect(bell(page)).toBeFocused();

  await bell(page).click();
  await centre(page).getByRole('button', { name: 'Mark all read' }).click();
  await expect(bell(page)).toHaveAccessibleName('Reminders, 0 unread');
  await expect(delivered(page).first()).toHaveAccessibleName(`Due today: ${TITLE}`);
  await delivered(page).first().getByRole('button', { name: 'Mark done' }).click();
  await expect(page.getByText('Marked the commitment done (Acme co-sell).')).toBeVisible();
  await expect(centre(page).getByRole('heading', { name: 'You’re all caught up' })).toBeVisible();
  await centre(page).getByRole('button', { name: 'Close reminders' }).click();
  await page.getByLabel('Show').selectOption('done');
  await expect(page.getByRole('listitem', { name: TITLE })).toContainText('Done');
});

test('a reminder that falls due in quiet hours waits until they end', async ({ page }) => {
  await page.clock.install({ time: new Date('2027-03-01T06:00:00Z') });
  // Quiet hours run 20:00–08:00 by default; the working day (and day reminders) start at 07:00.
  await saveSettings(page, { 'Remind before commitments are due (days)': '1', 'Workday starts': '07:00' });
  await addCommitmentDue(page, '2027-03-02');
  await page.clock.fastForward('01:30:00');
  await page.clock.runFor(30_000);
  await expect(bell(page)).toHaveAccessibleName('Reminders, 0 unread');
  await bell(page).click();
  await expect(centre(page).getByText('Quiet hours: 1 reminder is waiting until 08:00.')).toBeVisible();
  await expect(centre(page).getByRole('heading', { name: 'You’re all caught up' })).toBeVisible();

  await page.clock.fastForward('30:00');
  await expect(bell(page)).toHaveAccessibleName('Reminders, 1 unread');
  await expect(delivered(page)).toHaveCount(1);
  await expect(delivered(page).first()).toContainText('Today, 08:00');
  await expect(centre(page).getByText(/Quiet hours/)).toHaveCount(0);
});

test('a muted partnership does not remind until it is unmuted', async ({ page }) => {
  await page.clock.install({ time: new Date('2027-03-01T08:30:00Z') });
  await addCommitmentDue(page, '2027-03-10');
  await page.getByRole('button', { name: 'Mute reminders' }).click();
  await expect(page.getByRole('button', { name: 'Unmute reminders' })).toBeVisible();
  await saveSettings(page, { 'Remind before commitments are due (days)': '9' });
  await page.clock.fastForward('31:00');
  await page.clock.runFor(30_000);
  await expect(bell(page)).toHaveAccessibleName('Reminders, 0 unread');
  await page.goBack();
  await page.getByRole('button', { name: 'Unmute reminders' }).click();
  await expect(bell(page)).toHaveAccessibleName('Reminders, 1 unread');
});

test('on a Saturday evening reminders wait for Monday’s working hours, and the next day the centre says how long ago it was due', async ({ page }) => {
  // Saturday 6 Mar 2027, 21:00 in London (GMT): quiet hours (20:00–08:00) on a day off (Monday–Friday).
  await page.clock.install({ time: new Date('2027-03-06T21:00:00Z') });
  await saveSettings(page, { 'Remind before commitments are due (days)': '0' });
  await addCommitmentDue(page, '2027-03-06');
  await page.clock.runFor(60_000);
  await expect(bell(page)).toHaveAccessibleName('Reminders, 0 unread');
  await bell(page).click();
  // The promise is the real release: Monday at the end of quiet hours, not "tomorrow" (a Sunday).
  await expect(centre(page).getByText('Not a working day: 1 reminder is waiting until Mon, 8 Mar 2027 at 08:00.')).toBeVisible();
  await centre(page).getByRole('button', { name: 'Close reminders' }).click();

  // Sunday noon: still a day off, still waiting.
  await page.clock.fastForward('15:00:00');
  await page.clock.runFor(60_000);
  await expect(bell(page)).toHaveAccessibleName('Reminders, 0 unread');

  // Monday 08:00: released once, saying what is true that morning.
  await page.clock.fastForward('19:59:00');
  await page.clock.runFor(2 * 60_000);
  await expect(bell(page)).toHaveAccessibleName('Reminders, 1 unread');
  await bell(page).click();
  await expect(delivered(page)).toHaveCount(1);
  const item = delivered(page).first();
  await expect(item).toHaveAccessibleName(`Unread: Overdue: ${TITLE}`);
  await expect(item).toContainText('it was due on 6 Mar 2027 (2 days ago)');
  await expect(item).toContainText('Today, 08:0');
  await expect(centre(page).getByText(/Not a working day|Quiet hours/)).toHaveCount(0);
  await centre(page).getByRole('button', { name: 'Close reminders' }).click();

  // Tuesday: nothing new is delivered, and the same reminder now reads "3 days ago".
  await page.clock.fastForward('24:00:00');
  await page.clock.runFor(2 * 60_000);
  await bell(page).click();
  await expect(delivered(page)).toHaveCount(1);
  await expect(delivered(page).first()).toContainText('it was due on 6 Mar 2027 (3 days ago)');
  await expect(delivered(page).first()).toContainText('Yesterday, 08:0');
});

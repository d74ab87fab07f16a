// A brief for an ad-hoc meeting, prepared from the workspace header. The brief of a cadence's
// meeting, prepared from Attention, is walked end to end in meetingLoop.spec.ts.
import { APP_URL, expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';

const PARTNERSHIP = 'Skyline Cloud co-sell — North America';

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

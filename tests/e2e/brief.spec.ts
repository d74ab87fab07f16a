// Briefs outside a fixed schedule: a flexible cadence's next meeting (from Attention and from
// its card), and an ad-hoc meeting prepared from the workspace header. The brief of a fixed
// cadence's meeting is walked end to end in meetingLoop.spec.ts.
import { APP_URL, expect, test } from './fixtures';
import { openScreen } from './helpers';
import { expectNoSeriousViolations } from './axe';

const PARTNERSHIP = 'Skyline Cloud co-sell — North America';

test('prepare a flexible cadence’s next meeting, and an ad-hoc meeting from the workspace header: its brief, an agenda saved with it', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-14T10:00:00Z'));
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();

  // A flexible cadence (no fixed schedule) is prepared too: Attention's overdue check-in, and
  // its card on the Cadences tab, open the brief of its next meeting, at its usual 17:00 Singapore.
  await page.locator('li', { hasText: 'Meridian distribution' }).getByRole('group', { name: 'Actions: Executive sponsor check-in is overdue' }).getByRole('button', { name: 'Prepare' }).click();
  const flexible = page.getByRole('article', { name: 'Brief: Executive sponsor check-in' });
  await expect(flexible.getByText(/^15 Jan 2027, 0?9:00 \(Europe\/London\); 15 Jan 2027, 17:00 \(Asia\/Singapore\)$/)).toBeVisible();
  await expect(flexible.getByRole('textbox', { name: 'Agenda item 1', exact: true })).toHaveValue('Relationship temperature');
  await flexible.getByRole('link', { name: '← Cadences' }).click();
  await page.getByRole('link', { name: 'Prepare the next Executive sponsor check-in' }).click();
  await expect(flexible.getByText(/^15 Jan 2027, 0?9:00 \(Europe\/London\); 15 Jan 2027, 17:00 \(Asia\/Singapore\)$/)).toBeVisible();

  await openScreen(page, 'Portfolio');
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

// An axe-core scan of every primary screen, empty and full: no serious or
// critical accessibility violations.
import { APP_URL, expect, test } from './fixtures';
import { openScreen } from './helpers';
import { expectNoSeriousViolations } from './axe';

test('the empty screens have no serious accessibility violations', async ({ page }) => {
  for (const screen of ['attention', 'portfolio', 'settings']) {
    await page.goto(`${APP_URL}#/${screen}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, screen);
  }
});

test('the screens full of the sample portfolio have no serious accessibility violations', async ({ page }) => {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(page.getByRole('list', { name: 'Ranked by urgency' })).toBeVisible();
  await expectNoSeriousViolations(page, 'attention');
  await openScreen(page, 'Portfolio');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousViolations(page, 'portfolio');
  await page.getByRole('button', { name: 'New partnership' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Create partnership' }).click();
  await expect(page.getByText('Name is required.')).toBeVisible();
  await expectNoSeriousViolations(page, 'partnership form with errors');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Brandt & Vogel reseller — DACH' }).click();
  await expect(page.getByRole('heading', { name: 'Needs attention' })).toBeVisible();
  await expectNoSeriousViolations(page, 'partnership overview');
});

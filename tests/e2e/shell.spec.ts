import { APP_URL, expect, test } from './fixtures';
import { openScreen } from './helpers';

test('the navigation reaches every screen and marks the current one', async ({ page }) => {
  await page.goto(APP_URL);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('heading', { name: 'Attention', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Attention' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByRole('heading', { name: 'Portfolio', level: 1 })).toBeVisible();
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
});

test('the page carries a strict content security policy', async ({ page }) => {
  await page.goto(APP_URL);
  await expect(page.getByRole('heading', { name: 'Attention', level: 1 })).toBeVisible();
  const policies = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
  // Without a team, the page's first module narrows connections to the page itself (renderer/src/team/narrowConnections.ts).
  expect(policies).toContain("connect-src 'self'");
  const csp: string | undefined = policies.find((p: string) => p.includes('default-src'));
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp?.split(';').find((d: string) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
});

test('settings are saved, survive a reload, and a wrong value is named without losing input', async ({ page }) => {
  await page.goto(`${APP_URL}#/settings`);
  const form = page.getByRole('form', { name: 'Settings' });
  await form.getByLabel('Your name').fill('Dana Scully');
  await form.getByLabel('Backups to keep').fill('lots');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.getByText('Enter a whole number.')).toBeVisible();
  await expect(form.getByLabel('Your name')).toHaveValue('Dana Scully');
  await form.getByLabel('Backups to keep').fill('12');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Settings' }).getByLabel('Your name')).toHaveValue('Dana Scully');
  await expect(page.getByRole('form', { name: 'Settings' }).getByLabel('Backups to keep')).toHaveValue('12');
});

test('the attention screen lists a renewal within 90 days and opens the partnership', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-10T10:00:00Z'));
  await page.goto(`${APP_URL}#/portfolio`);
  await page.getByRole('button', { name: 'New partnership' }).click();
  const dialog = page.getByRole('dialog', { name: 'New partnership' });
  await dialog.getByLabel('Name').fill('Wayne reseller');
  await dialog.getByLabel('Partner organisation').fill('Wayne Enterprises');
  await dialog.getByLabel('Term ends on').fill('2027-02-09');
  await dialog.getByRole('button', { name: 'Create partnership' }).click();
  await openScreen(page, 'Attention');
  const item = page.getByRole('link', { name: /Renewal: the term ends in 30 days/ });
  await expect(item).toContainText('Wayne reseller');
  await expect(page.getByRole('link', { name: /Intent never agreed/ })).toContainText('Wayne reseller');
  await item.click();
  await expect(page.getByRole('heading', { name: 'Wayne reseller' })).toBeVisible();
});

test('a first-run user can load the sample portfolio and see ranked reasons', async ({ page }) => {
  await page.goto(APP_URL);
  await expect(page.getByRole('heading', { name: 'Welcome to Steward' })).toBeVisible();
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(page.getByText(/things need you, most urgent first/)).toBeVisible();
  const list = page.getByRole('list', { name: 'Ranked by urgency' });
  await expect(list.getByRole('link', { name: /We owe:/ }).first()).toBeVisible();
  await expect(list.getByRole('link', { name: /The partner owes:/ }).first()).toBeVisible();
  await page.getByRole('button', { name: /^Renewal/ }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await openScreen(page, 'Portfolio');
  await expect(page.getByText('7 partnerships you look after')).toBeVisible();
});

import { APP_URL, expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function openPortfolio(page: Page) {
  await page.goto(`${APP_URL}#/portfolio`);
  await expect(page.getByRole('heading', { name: 'Portfolio', level: 1 })).toBeVisible();
}

async function createPartnership(page: Page, name: string, org: string) {
  await page.getByRole('button', { name: 'New partnership' }).click();
  const dialog = page.getByRole('dialog', { name: 'New partnership' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Partner organisation').fill(org);
  await dialog.getByLabel('Type').selectOption('co-sell');
  await dialog.getByLabel('Term ends on').fill('2028-03-31');
  await dialog.getByLabel('Tags').fill('emea, cloud');
  await dialog.getByRole('button', { name: 'Create partnership' }).click();
  await expect(dialog).toBeHidden();
  // A new partnership opens in its workspace; these tests carry on from the Portfolio.
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await openPortfolio(page);
}

test('a new user sees an empty portfolio that says what to do', async ({ page }) => {
  await openPortfolio(page);
  await expect(page.getByRole('heading', { name: 'Your portfolio is empty' })).toBeVisible();
  await page.getByRole('button', { name: 'Add your first partnership' }).click();
  await expect(page.getByRole('dialog', { name: 'New partnership' })).toBeVisible();
});

test('a created partnership is still there after a reload', async ({ page }) => {
  await openPortfolio(page);
  await createPartnership(page, 'Acme co-sell EMEA', 'Acme Corp');
  const row = page.getByRole('row', { name: /Acme co-sell EMEA/ });
  await expect(row).toContainText('Co-sell');
  await expect(row).toContainText('31 Mar 2028');
  await page.reload();
  await expect(page.getByRole('row', { name: /Acme co-sell EMEA/ })).toContainText('Acme Corp');
  await expect(page.getByText('1 partnership you look after')).toBeVisible();
});

test('an invalid form names the wrong fields and keeps everything typed', async ({ page }) => {
  await openPortfolio(page);
  await page.getByRole('button', { name: 'New partnership' }).click();
  const dialog = page.getByRole('dialog', { name: 'New partnership' });
  await dialog.getByLabel('Partner organisation').fill('Globex');
  await dialog.getByLabel('Signed on').fill('2027-06-01');
  await dialog.getByLabel('Term ends on').fill('2027-01-01');
  await dialog.getByLabel('Our owner').fill('Dana Scully');
  await dialog.getByLabel('Tags').fill('apac, strategic');
  await dialog.getByRole('button', { name: 'Create partnership' }).click();

  await expect(dialog.getByText('Name is required.')).toBeVisible();
  await expect(dialog.getByText('The term must end on or after the day it was signed.')).toBeVisible();
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await expect(dialog.getByLabel('Partner organisation')).toHaveValue('Globex');
  await expect(dialog.getByLabel('Signed on')).toHaveValue('2027-06-01');
  await expect(dialog.getByLabel('Term ends on')).toHaveValue('2027-01-01');
  await expect(dialog.getByLabel('Our owner')).toHaveValue('Dana Scully');
  await expect(dialog.getByLabel('Tags')).toHaveValue('apac, strategic');

  await dialog.getByLabel('Name').fill('Globex reseller');
  await dialog.getByLabel('Term ends on').fill('2029-01-01');
  await dialog.getByRole('button', { name: 'Create partnership' }).click();
  await expect(page.getByRole('heading', { name: 'Globex reseller', level: 1 })).toBeVisible();
});

test('archive then undo restores the partnership', async ({ page }) => {
  await openPortfolio(page);
  await createPartnership(page, 'Initech supplier', 'Initech');
  await page.getByRole('button', { name: 'Archive Initech supplier' }).click();
  await expect(page.getByRole('row', { name: /Initech supplier/ })).toHaveCount(0);
  await expect(page.getByText('Archived “Initech supplier”.')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /Initech supplier/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row', { name: /Initech supplier/ })).toBeVisible();
});

test('an archived partnership can be restored from the Archived view', async ({ page }) => {
  await openPortfolio(page);
  await createPartnership(page, 'Umbrella JV', 'Umbrella');
  await page.getByRole('button', { name: 'Archive Umbrella JV' }).click();
  await page.getByRole('button', { name: 'Archived', exact: true }).click();
  const row = page.getByRole('row', { name: /Umbrella JV/ });
  await row.getByRole('button', { name: 'Restore' }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('button', { name: 'Current', exact: true }).click();
  await expect(page.getByRole('row', { name: /Umbrella JV/ })).toBeVisible();
});

test('editing a partnership updates it and records the change in its activity', async ({ page }) => {
  await openPortfolio(page);
  await createPartnership(page, 'Hooli tech', 'Hooli');
  await page.getByRole('button', { name: 'Edit Hooli tech' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Hooli tech' });
  await dialog.getByLabel('Status').selectOption('at risk');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('row', { name: /Hooli tech/ })).toContainText('At risk');
  await page.getByRole('link', { name: 'Hooli tech' }).click();
  await expect(page.getByRole('heading', { name: 'Hooli tech' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('list', { name: 'Change history' })).toContainText('status: active → at risk');
});

test('Ctrl+Z undoes an archive while its message shows', async ({ page }) => {
  await openPortfolio(page);
  await createPartnership(page, 'Stark distribution', 'Stark');
  await page.getByRole('button', { name: 'Archive Stark distribution' }).click();
  await expect(page.getByRole('row', { name: /Stark distribution/ })).toHaveCount(0);
  await page.locator('body').press('Control+z');
  await expect(page.getByRole('row', { name: /Stark distribution/ })).toBeVisible();
});

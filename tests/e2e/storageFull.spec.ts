// A full disk (issue 11): a write the browser refuses for lack of space is told in words,
// the form keeps everything typed, and the same save works once space is back.
import { APP_URL, expect, test } from './fixtures';
import { countRecords } from './helpers';

const DISK_FULL = 'Steward could not save because the disk is full. Nothing was lost — free some space and try again.';

/** Makes every IndexedDB write throw what Chromium throws when the quota is used up. (A string: no DOM types here.) */
const FILL_THE_DISK = `(() => {
  const full = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  window.__realWrites = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };
  IDBObjectStore.prototype.put = full;
  IDBObjectStore.prototype.add = full;
})()`;
const FREE_SOME_SPACE = `(() => {
  IDBObjectStore.prototype.put = window.__realWrites.put;
  IDBObjectStore.prototype.add = window.__realWrites.add;
})()`;

test('a write refused for lack of space says the disk is full, keeps what was typed, and saves once space is freed', async ({ page }) => {
  await page.goto(`${APP_URL}#/portfolio`);
  await page.getByRole('button', { name: 'New partnership' }).click();
  const dialog = page.getByRole('dialog', { name: 'New partnership' });
  await dialog.getByLabel('Name').fill('Initech reseller');
  await dialog.getByLabel('Partner organisation').fill('Initech');

  await page.evaluate(FILL_THE_DISK);
  await dialog.getByRole('button', { name: 'Create partnership' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(DISK_FULL);
  await expect(dialog.getByLabel('Name')).toHaveValue('Initech reseller');
  await expect(dialog.getByLabel('Partner organisation')).toHaveValue('Initech');
  await expect(page.getByText('QuotaExceededError')).toHaveCount(0);

  await page.evaluate(FREE_SOME_SPACE);
  await dialog.getByRole('button', { name: 'Create partnership' }).click();
  await expect(dialog).toBeHidden();
  expect(await countRecords(page, 'partnerships')).toBe(1);
});

// A full disk (issue 11): a write the browser refuses for lack of space is told in words,
// the form keeps everything typed, and the same save works once space is back.
import { APP_URL, expect, lookAt, test } from './fixtures';
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

test.describe('on an on-disk profile', () => {
  // The storage meter reads the browser's real estimate: an on-disk profile's quota, as a user
  // has. (The full disk above is thrown by the test itself: a fresh context shows it the same.)
  test.use({ onDiskProfile: true });

  test('Settings → Your data shows storage used of the quota, and warns from 80%', async ({ page }) => {
    await page.goto(`${APP_URL}#/settings`);
    const data = page.getByRole('region', { name: 'Your data' });
    const meter = data.getByRole('meter', { name: 'Storage used' });
    await expect(meter).toBeVisible();
    // The real estimate of a fresh profile: a little of a large quota, and no warning.
    await expect(meter).toHaveAttribute('aria-valuetext', /^[\d.]+ (bytes|KB|MB) of [\d.]+ (MB|GB|TB) \((<1|\d+)%\)$/);
    await expect(data.getByText('Storage is nearly full', { exact: false })).toHaveCount(0);
    await lookAt(page, '/tmp/validation-storage-normal.png', { fullPage: true });

    // The same screen on a nearly full disk: the browser's estimate says 85 MB of 100 MB.
    await page.addInitScript(`navigator.storage.estimate = () => Promise.resolve({ usage: 85 * 1024 * 1024, quota: 100 * 1024 * 1024 });`);
    await page.reload();
    await expect(meter).toHaveAttribute('aria-valuenow', '85');
    await expect(data.getByText('85.0 MB of 100.0 MB (85%)')).toBeVisible();
    await expect(data.getByRole('alert')).toHaveText(
      'Storage is nearly full. Free some space on this disk soon: when it is full, Steward cannot save your changes. Back up your data now.',
    );
    for (const width of [900, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await data.scrollIntoViewIfNeeded();
      await lookAt(data, `/tmp/validation-storage-${width}.png`);
    }
  });
});

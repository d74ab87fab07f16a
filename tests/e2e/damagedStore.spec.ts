// Damaged profiles, for real: Chromium on an on-disk profile writes the sample portfolio,
// closes, and the test damages the LevelDB files of the origin's IndexedDB the way a bad
// disk, a crash mid-write or a sync tool does. Then Chromium starts again on that profile.
// - A flipped byte in an .ldb or garbage in the .log: Chromium deletes the database and
//   makes a new empty one. Steward must say its data was not found, never offer a sample.
// - A bad CURRENT or a missing MANIFEST: the origin's store will not open at all, not even
//   another database name. Restoring must still work and keep the damaged store.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, expect } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { emptyBackupData, serializeBackup } from '../../shared/backup/format';
import { samplePortfolio } from '../../shared/sample/portfolioGenerator';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT } from '../../playwright.config';
import { APP_URL, lookAt } from './fixtures';
import { openScreen } from './helpers';

const TODAY = new Date().toISOString().slice(0, 10);
const SAMPLE_BACKUP = serializeBackup(
  { ...emptyBackupData(), ...samplePortfolio(TODAY) },
  { exportedAt: '2027-01-14T09:00:00.000Z', app: { name: 'Steward', version: '0.1.0' } },
);
const backupFile = { name: 'steward-backup-2027-01-14.json', mimeType: 'application/json', buffer: Buffer.from(SAMPLE_BACKUP) };

// Each test launches Chromium two or three times on a shared, busy machine.
base.describe.configure({ timeout: 240_000 });

type Damage = 'flipped .ldb bytes and garbage in the .log' | 'a bad CURRENT file' | 'a missing MANIFEST';

/**
 * One profile on disk for the whole test, launched on more than once: a copy of a profile
 * in which Chromium wrote the sample portfolio through the app and closed. The worker
 * writes that profile once and each test damages its own copy: writing the sample is a
 * Chromium launch and some seconds of CPU that every test would otherwise repeat.
 */
const test = base.extend<{ profile: string }, { sampleProfile: string }>({
  sampleProfile: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies, and this one has none
    async ({}, use) => {
      const profile = mkdtempSync(join(tmpdir(), 'steward-sample-'));
      await writeDataAndClose(profile);
      await use(profile);
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  profile: async ({ sampleProfile }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'steward-damage-'));
    cpSync(sampleProfile, profile, { recursive: true });
    await use(profile);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  },
});

async function launch(profile: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** What Steward remembers outside the database: the partnerships it last counted. */
function markedPartnerships(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const text = localStorage.getItem('steward.dataMarker');
    return text ? JSON.parse(text).counts.partnerships : -1;
  })()`);
}

/** Writes the sample portfolio through the app, then closes Chromium. */
async function writeDataAndClose(profile: string): Promise<void> {
  const { context, page, errors } = await launch(profile);
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(page.getByText(/things need you, most urgent first/)).toBeVisible();
  await expect.poll(() => markedPartnerships(page)).toBe(7);
  await context.close();
  expect(errors).toEqual([]);
}

const storeDir = (profile: string) => join(profile, 'Default', 'IndexedDB', `http_127.0.0.1_${E2E_PORT}.indexeddb.leveldb`);

function flipBytes(path: string, every: number): void {
  const bytes = readFileSync(path);
  for (let i = 0; i < bytes.length; i += every) bytes[i] = bytes[i]! ^ 0xff;
  writeFileSync(path, bytes);
}

function damage(profile: string, how: Damage): void {
  const dir = storeDir(profile);
  const files = readdirSync(dir);
  if (how === 'a bad CURRENT file') writeFileSync(join(dir, 'CURRENT'), 'MANIFEST-999999\n');
  if (how === 'a missing MANIFEST') for (const name of files.filter((f) => f.startsWith('MANIFEST-'))) rmSync(join(dir, name));
  if (how === 'flipped .ldb bytes and garbage in the .log') {
    const tables = files.filter((f) => f.endsWith('.ldb'));
    const logs = files.filter((f) => f.endsWith('.log'));
    // The sample portfolio is large enough for LevelDB to have written a table file.
    expect(tables.length, `an .ldb in ${files.join(', ')}`).toBeGreaterThan(0);
    for (const name of tables) flipBytes(join(dir, name), 997);
    for (const name of logs) flipBytes(join(dir, name), 7);
  }
}

async function restoreFileAndLand(page: Page, confirm: string): Promise<void> {
  await page.getByLabel('Restore from a backup file…').setInputFiles(backupFile);
  const preview = page.getByRole('region', { name: 'Restore this backup?' });
  await expect(preview.getByRole('listitem').filter({ hasText: /^Partnerships/ })).toHaveText('Partnerships7');
  await preview.getByRole('button', { name: confirm }).click();
  await expect(page.getByRole('heading', { name: 'Attention', level: 1 })).toBeVisible();
  await openScreen(page, 'Portfolio');
  await expect(page.getByText('7 partnerships you look after')).toBeVisible();
}

test('a database Chromium wiped after damage shows “Steward’s data was not found”, never the sample, and a backup file brings it back', async ({ profile }) => {
  damage(profile, 'flipped .ldb bytes and garbage in the .log');
  const { context, page, errors } = await launch(profile);
  await page.goto(APP_URL);
  await expect(page.getByRole('heading', { name: 'Steward’s data was not found', level: 1 })).toBeVisible();
  await expect(page.getByText(/7 partnerships/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load a sample portfolio' })).toHaveCount(0);
  await restoreFileAndLand(page, 'Restore this backup');
  await page.reload();
  await expect(page.getByText('7 partnerships you look after')).toBeVisible();
  await context.close();
  expect(errors).toEqual([]);
});

test('starting afresh after a wipe is an explicit choice, and then the first-run screen is offered', async ({ profile }) => {
  damage(profile, 'flipped .ldb bytes and garbage in the .log');
  const { context, page, errors } = await launch(profile);
  await page.goto(APP_URL);
  await expect(page.getByRole('heading', { name: 'Steward’s data was not found', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Start afresh…' }).click();
  await page.getByRole('button', { name: 'Start afresh with no data' }).click();
  await expect(page.getByRole('button', { name: 'Load a sample portfolio' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Load a sample portfolio' })).toBeVisible();
  await context.close();
  expect(errors).toEqual([]);
});

for (const how of ['a bad CURRENT file', 'a missing MANIFEST'] as const) {
  test(`a store that will not open (${how}) is restored from a backup file into a fresh database, and the damaged one is kept`, async ({ profile }) => {
      damage(profile, how);
    const first = await launch(profile);
    await first.page.goto(APP_URL);
    await expect(first.page.getByRole('heading', { name: 'Steward could not open your data', level: 1 })).toBeVisible();
    await expect(first.page.getByText(/Restoring puts the backup in a new database/)).toBeVisible();
    await restoreFileAndLand(first.page, 'Restore into a new database');
    // Settings says the damaged store is kept.
    await first.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const kept = first.page.getByRole('region', { name: 'Damaged data kept' });
    await expect(kept).toContainText('The damaged files were kept, not deleted');
    await expect(kept).toContainText('This browser’s storage for this site');
    await lookAt(first.page, `/tmp/recovery-settings-kept-${how.replace(/\W+/g, '-')}.png`, { fullPage: true });
    // Removing it: the browser refuses to delete a store it cannot open, and says so; the record stays.
    await kept.getByRole('button', { name: 'Remove…' }).click();
    await kept.getByRole('button', { name: 'Remove for good' }).click();
    await expect(kept.getByRole('alert')).toContainText('It could not be removed');
    await first.context.close();
    expect(first.errors).toEqual([]);
    // A new launch opens the restored database, not the damaged one.
    const second = await launch(profile);
    await second.page.goto(`${APP_URL}#/portfolio`);
    await expect(second.page.getByText('7 partnerships you look after')).toBeVisible();
    await second.context.close();
    expect(second.errors).toEqual([]);
  });
}

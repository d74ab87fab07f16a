// Backups through the UI in real Chromium on an on-disk profile: Back up now, the restore
// preview with Merge and Replace, refusals of bad files with nothing written, and the
// recovery screen when the database will not open.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { autoBackupName } from '../../shared/backup/autoBackupName';
import { emptyBackupData, serializeBackup } from '../../shared/backup/format';
import { samplePortfolio } from '../../shared/sample/portfolioGenerator';
import { APP_URL, expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { countRecords, openScreen } from './helpers';

const TODAY = new Date().toISOString().slice(0, 10);
const SAMPLE = samplePortfolio(TODAY);
const SAMPLE_BACKUP = serializeBackup({ ...emptyBackupData(), ...SAMPLE }, { exportedAt: '2027-01-14T09:00:00.000Z', app: { name: 'Steward', version: '0.1.0' } });

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

async function loadSampleAndOpenSettings(page: Page) {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(page.getByText(/things need you, most urgent first/)).toBeVisible();
  await openScreen(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
}

test('Back up now saves the whole database as a dated JSON file; the browser says automatic backups need the desktop app', async ({ page }) => {
  await loadSampleAndOpenSettings(page);
  await expect(page.getByText(/Automatic backups to a folder run in the desktop app\./)).toBeVisible();
  // The file picker is a real input, next in the tab order after Back up now.
  await page.getByRole('button', { name: 'Back up now…' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Restore from a backup…')).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up now…' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^steward-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; data: { partnerships: unknown[] } };
  expect(saved.format).toBe('steward-backup');
  expect(saved.data.partnerships).toHaveLength(7);
  await expect(page.getByText(/Backup saved to Downloads\/steward-backup-/)).toBeVisible();
});

/** The sample (same ids as the in-app sample) with one partnership renamed later and one new. */
function mergeBackup(): { text: string; total: number } {
  const later = new Date(Date.now() + 86_400_000).toISOString();
  const [first, ...rest] = SAMPLE.partnerships;
  // A new id for a copy of the first: ids are branded strings in the domain types.
  const extra = { ...first!, id: 'p-merged-in' as (typeof SAMPLE.partnerships)[number]['id'], name: 'Merged-in partnership', updatedAt: later };
  const data = { ...emptyBackupData(), ...SAMPLE, partnerships: [{ ...first!, name: 'Renamed in the backup', updatedAt: later }, ...rest, extra] };
  const total = Object.values(data).reduce((n, rows) => n + rows.length, 0);
  return { text: serializeBackup(data, { exportedAt: '2027-01-14T09:00:00.000Z', app: { name: 'Steward', version: '0.1.0' } }), total };
}

test('restore previews the file against the database, then merges: missing records added, newer copies win', async ({ page }) => {
  await loadSampleAndOpenSettings(page);
  const { text, total } = mergeBackup();
  await page.getByLabel('Restore from a backup…').setInputFiles(file('colleague.json', text));
  const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
  await expect(dialog.getByText('colleague.json')).toBeVisible();
  await expect(dialog.getByText(/by Steward 0\.1\.0/)).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: /^Partnerships/ })).toHaveText('Partnerships8Steward has 7');
  await expect(dialog.getByRole('radio', { name: /Merge/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Merge into my data' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Merged the backup: 1 added, 1 updated, ${total - 2} already up to date.`)).toBeVisible();
  expect(await countRecords(page, 'partnerships')).toBe(8);
  await openScreen(page, 'Portfolio');
  await expect(page.getByRole('link', { name: 'Renamed in the backup', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Merged-in partnership', exact: true })).toBeVisible();
});

test('Replace asks for an explicit yes, downloads a copy of the current data first, and leaves exactly the backup', async ({ page }) => {
  await loadSampleAndOpenSettings(page);
  await page.getByLabel('Restore from a backup…').setInputFiles(file('colleague.json', SAMPLE_BACKUP));
  const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
  await dialog.getByRole('radio', { name: /Replace everything/ }).check();
  await expect(dialog.getByText(/Replace deletes everything Steward holds now/)).toBeVisible();
  const replace = dialog.getByRole('button', { name: 'Replace everything' });
  await expect(replace).toBeDisabled();
  await expectNoSeriousViolations(page, 'restore dialog, replace');
  await dialog.getByLabel('I understand that my current data will be replaced').check();
  const [copy] = await Promise.all([page.waitForEvent('download'), replace.click()]);
  expect(copy.suggestedFilename()).toMatch(/before-restore\.json$/);
  expect((JSON.parse(readFileSync(await copy.path(), 'utf8')) as { data: { partnerships: unknown[] } }).data.partnerships).toHaveLength(7);
  await expect(page.getByText(/Restored the backup: 7 partnerships/)).toBeVisible();
  expect(await countRecords(page, 'partnerships')).toBe(7);
  await openScreen(page, 'Portfolio');
  await expect(page.getByRole('link', { name: SAMPLE.partnerships[0]!.name, exact: true })).toBeVisible();
});

const truncated = SAMPLE_BACKUP.slice(0, Math.floor(SAMPLE_BACKUP.length / 2));
const newer = SAMPLE_BACKUP.replace('"formatVersion": 1', '"formatVersion": 2');
// One record per line: the first partnership's line is the first with a status.
const badRecord = SAMPLE_BACKUP.replace(`"status":"${SAMPLE.partnerships[0]!.status}"`, '"status":"thriving"');

for (const [label, name, text, message] of [
  ['malformed JSON', 'broken.json', '{ "format": "steward-backup", oops }', /The file is not JSON/],
  ['a truncated file', 'half.json', truncated, /The file is incomplete JSON: it ends too early/],
  ['another format', 'calendar.json', '{ "format": "ical", "events": [] }', /This is not a Steward backup: its format is "ical"/],
  ['a newer version', 'future.json', newer, /made by a newer Steward \(backup format version 2/],
  ['a bad record', 'edited.json', badRecord, /Table partnerships, record 0 \(id ".+"\), field status/],
] as const) {
  test(`refuses ${label} with a clear message and writes nothing`, async ({ page }) => {
    await loadSampleAndOpenSettings(page);
    const before = [await countRecords(page, 'partnerships'), await countRecords(page, 'activity')];
    await page.getByLabel('Restore from a backup…').setInputFiles(file(name, text));
    const alert = page.getByRole('alert').filter({ hasText: `“${name}” can’t be restored` });
    await expect(alert).toContainText('Nothing was changed.');
    await expect(alert).toContainText(message);
    await expect(page.getByRole('dialog')).toBeHidden();
    if (name === 'edited.json') await expectNoSeriousViolations(page, 'refused file');
    expect([await countRecords(page, 'partnerships'), await countRecords(page, 'activity')]).toEqual(before);
  });
}

/**
 * A database named steward at Dexie version 1's native number (1 × 10) whose partnerships
 * are keyed by another field: Dexie can neither open nor upgrade it, for real. (A database
 * at a much higher version would not do: Dexie 4 opens it as it is.) Written from a page of
 * the same origin that does not run the app.
 */
async function breakTheDatabase(page: Page) {
  await page.goto(APP_URL.replace('index.html', 'favicon.svg'));
  await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('steward', 10);
    open.onupgradeneeded = () => open.result.createObjectStore('partnerships', { keyPath: 'uuid' });
    open.onsuccess = () => { open.result.close(); resolve(); };
    open.onerror = () => reject(open.error);
  })`);
}

test('when the database will not open, the recovery screen restores a backup file and lands in the app', async ({ page }) => {
  await breakTheDatabase(page);
  await page.goto(APP_URL);
  await expect(page.getByRole('heading', { name: 'Steward could not open your data', level: 1 })).toBeVisible();
  await expect(page.getByText(/does not match what this version of Steward expects/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectNoSeriousViolations(page, 'recovery screen');
  // A bad file first: refused, and the screen stays.
  await page.getByLabel('Restore from a backup file…').setInputFiles(file('half.json', truncated));
  await expect(page.getByRole('alert').filter({ hasText: '“half.json” can’t be restored' })).toBeVisible();
  await page.getByLabel('Restore from a backup file…').setInputFiles(file('steward-backup.json', SAMPLE_BACKUP));
  const preview = page.getByRole('region', { name: 'Restore this backup?' });
  await expect(preview.getByRole('listitem').filter({ hasText: /^Partnerships/ })).toHaveText('Partnerships7');
  // A browser with storage buckets keeps the database that will not open and restores into a new one.
  await expect(preview.getByText(/Restoring opens a new database with this backup in it/)).toBeVisible();
  await expectNoSeriousViolations(page, 'recovery preview');
  await preview.getByRole('button', { name: 'Restore into a new database' }).click();
  await expect(page.getByRole('heading', { name: 'Attention', level: 1 })).toBeVisible();
  await openScreen(page, 'Portfolio');
  await expect(page.getByText('7 partnerships you look after')).toBeVisible();
  await page.reload();
  await expect(page.getByText('7 partnerships you look after')).toBeVisible();
});

/**
 * The desktop app's preload cannot run here (no Electron binary), so this stands in for
 * window.steward with a backups folder in page memory: the newest file is cut short, the
 * one before it is the sample. Everything behind the bridge (the Electron platform
 * adapter, the recovery screen, the restore) is the real app.
 */
const DESKTOP_BRIDGE = `(() => {
  const ok = (value) => Promise.resolve({ ok: true, value });
  const files = [
    { name: 'steward-backup-20270114-100000.json', takenAt: '2027-01-14T10:00:00.000Z', modifiedAt: '2027-01-14T10:00:00.000Z', size: 30, text: '{"format": "steward-backup", "fo' },
    { name: 'steward-backup-20270114-090000.json', takenAt: '2027-01-14T09:00:00.000Z', modifiedAt: '2027-01-14T09:00:00.000Z', size: 1, text: ${JSON.stringify(SAMPLE_BACKUP)} },
  ];
  const listed = () => files.map(({ text, ...file }) => file);
  // The marker file, kept across reloads as main's file would be.
  let marker = sessionStorage.getItem('marker-file') ? JSON.parse(sessionStorage.getItem('marker-file')) : null;
  window.steward = {
    getInfo: () => ok({ name: 'Steward', version: '0.1.0', platform: 'linux', userDataPath: '/home/dana/.config/Steward', backupFolder: '/home/dana/Documents/Steward Backups' }),
    openExternal: () => ok(undefined), showNotification: () => ok(undefined), saveFile: () => ok({ saved: false }), printToPdf: () => ok({ saved: false }),
    setLoginItem: () => ok(undefined), setUnreadCount: () => ok(undefined), setCloseToTray: () => ok(undefined), setBackupKeep: () => ok(undefined),
    writeBackup: ({ content }) => { const file = { name: 'steward-backup-20270115-090000.json', takenAt: '2027-01-15T09:00:00.000Z', modifiedAt: '2027-01-15T09:00:00.000Z', size: content.length, text: content }; files.unshift(file); return ok({ file: listed()[0] }); },
    listBackups: () => ok(listed()),
    readBackup: (name) => ok(files.find((file) => file.name === name).text),
    readDataMarker: () => ok(marker), writeDataMarker: (next) => { marker = next; sessionStorage.setItem('marker-file', JSON.stringify(next)); return ok(undefined); },
    moveDamagedStoreAside: () => ok(undefined), listDamagedStores: () => ok([]), removeDamagedStore: () => ok(undefined),
    on: () => () => undefined,
  };
})();`;

test('in the desktop app, the recovery screen offers the newest automatic backup that reads, and restores it', async ({ page, context }) => {
  await context.addInitScript({ content: DESKTOP_BRIDGE });
  await breakTheDatabase(page);
  await page.goto(APP_URL);
  const latest = page.getByRole('region', { name: 'Latest automatic backup' });
  await expect(latest).toContainText(/Taken .+: 7 partnerships, \d+ stakeholders/);
  await expect(latest.getByText('One newer file was skipped')).toBeVisible();
  await latest.getByRole('button', { name: 'Restore the latest automatic backup…' }).click();
  const preview = page.getByRole('region', { name: 'Restore this backup?' });
  await expect(preview).toContainText('steward-backup-20270114-090000.json');
  await preview.getByRole('button', { name: 'Replace the database with this backup' }).click();
  await expect(page.getByRole('heading', { name: 'Attention', level: 1 })).toBeVisible();
  expect(await countRecords(page, 'partnerships')).toBe(7);
  // Settings now shows the folder and the automatic backups, not the browser's advice.
  await openScreen(page, 'Settings');
  const panel = page.getByRole('group', { name: 'Backups' });
  await expect(panel).toContainText('/home/dana/Documents/Steward Backups');
  await expect(panel.getByText('Last automatic backup')).toBeVisible();
  await expect(panel).not.toContainText('run in the desktop app');
});

/** Two automatic backups an hour and a day old: the newest holds 3 records, the one before 1,204. */
const SHRUNK = [
  { at: new Date(Date.now() - 3_600_000), records: 3 },
  { at: new Date(Date.now() - 25 * 3_600_000), records: 1204 },
].map(({ at, records }) => ({ name: autoBackupName(at, 1, records), takenAt: at.toISOString(), modifiedAt: at.toISOString(), size: 300 * records, records }));

/** window.steward whose backups folder says the newest automatic backup shrank to under half of the one before. */
const SHRUNK_FOLDER_BRIDGE = `(() => {
  const ok = (value) => Promise.resolve({ ok: true, value });
  const files = ${JSON.stringify(SHRUNK)};
  window.steward = {
    getInfo: () => ok({ name: 'Steward', version: '0.1.0', platform: 'linux', userDataPath: '/home/dana/.config/Steward', backupFolder: '/home/dana/Documents/Steward Backups' }),
    openExternal: () => ok(undefined), showNotification: () => ok(undefined), saveFile: () => ok({ saved: false }), printToPdf: () => ok({ saved: false }),
    setLoginItem: () => ok(undefined), setUnreadCount: () => ok(undefined), setCloseToTray: () => ok(undefined), setBackupKeep: () => ok(undefined),
    writeBackup: () => Promise.resolve({ ok: false, error: { code: 'failed', message: 'backup:write: not in this test' } }),
    listBackups: () => ok(files),
    readBackup: () => Promise.resolve({ ok: false, error: { code: 'failed', message: 'backup:read: not in this test' } }),
    readDataMarker: () => ok(null), writeDataMarker: () => ok(undefined),
    moveDamagedStoreAside: () => ok(undefined), listDamagedStores: () => ok([]), removeDamagedStore: () => ok(undefined),
    on: () => () => undefined,
  };
})();`;

test('in the desktop app, Settings says every automatic backup is being kept when the newest holds under half the records of the one before', async ({ page, context }) => {
  await context.addInitScript({ content: SHRUNK_FOLDER_BRIDGE });
  await loadSampleAndOpenSettings(page);
  const panel = page.getByRole('group', { name: 'Backups' });
  const warning = panel.getByRole('alert').filter({ hasText: 'Steward is keeping every automatic backup' });
  await expect(warning).toContainText('holds 3 records, under half the 1,204 records in the one before it');
  await expect(warning).toContainText(SHRUNK[1]!.name);
  await expect(panel).toContainText('The last 10, and one a day for a week, one a week for 8 weeks and one a month for a year');
  await expect(panel).not.toContainText('in the future');
  await expectNoSeriousViolations(page, 'Settings with the shrink warning');
});

test('in the desktop app, “Steward’s data was not found” lists the newest automatic backups with what each holds, writes none meanwhile, and restores the chosen one', async ({ page, context }) => {
  // The marker file says a database that is gone held the sample; this profile's database is new.
  const lost = { instanceId: 'the-lost-database', counts: { partnerships: 7, stakeholders: 63, activity: 120 }, updatedAt: '2027-01-14T09:30:00.000Z' };
  await context.addInitScript({ content: DESKTOP_BRIDGE.replace(': null;', `: ${JSON.stringify(lost)};`) });
  await page.goto(APP_URL);
  await expect(page.getByRole('heading', { name: 'Steward’s data was not found', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('it held 7 partnerships, 63 stakeholders');
  await expect(page.getByRole('button', { name: 'Load a sample portfolio' })).toHaveCount(0);
  const recent = page.getByRole('region', { name: 'Automatic backups' });
  await expect(recent.getByRole('listitem')).toHaveCount(2);
  await expect(recent.getByRole('listitem').nth(0)).toContainText('Does not read');
  await expect(recent.getByRole('listitem').nth(1)).toContainText(/7 partnerships, \d+ stakeholders/);
  await expectNoSeriousViolations(page, 'data not found');
  // Automatic backups are paused: the folder still holds only the two files.
  expect(await page.evaluate(`window.steward.listBackups().then((r) => r.value.length)`)).toBe(2);
  await recent.getByRole('button', { name: /^Restore the backup taken/ }).click();
  const preview = page.getByRole('region', { name: 'Restore this backup?' });
  await expect(preview).toContainText('steward-backup-20270114-090000.json');
  await preview.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('heading', { name: 'Attention', level: 1 })).toBeVisible();
  expect(await countRecords(page, 'partnerships')).toBe(7);
  // The marker now names this database, so the next start opens the app.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Attention', level: 1 })).toBeVisible();
});

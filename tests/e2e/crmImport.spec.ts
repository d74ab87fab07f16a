// Import from CRM: a 50-row Salesforce opportunity report, chosen through the real file
// chooser, imported, imported again with a few deals changed (updates only), undone
// (back to the first import's values), and a file with one bad row refused whole.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { APP_URL, expect, lookAt, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { createPartnership } from './helpers';

const HEADER = 'Opportunity Owner,Account Name,Opportunity Name,Stage,Amount,Opportunity Currency,Close Date,Created Date,Lead Source,Opportunity ID';
const STAGES = ['Prospecting', 'Qualification', 'Negotiation/Review', 'Closed Won', 'Closed Lost', 'Discovery'];

interface Deal {
  readonly id: string;
  readonly account: string;
  readonly stage: string;
  readonly amount: number;
}

const DEALS: readonly Deal[] = Array.from({ length: 50 }, (_, i) => ({
  id: `0065g00000Q${String(i + 1).padStart(4, '0')}`,
  account: `Account ${i + 1}`,
  stage: STAGES[i % STAGES.length]!,
  amount: 1000 * (i + 1) + 0.5,
}));

/** A Salesforce-style report: "$1,234.50" amounts, month-first dates, the report's column names. */
function reportCsv(deals: readonly Deal[], badRow?: number): string {
  const rows = deals.map((d, i) => {
    const amount = badRow === i ? 'about ten grand' : `"$${d.amount.toLocaleString('en-US', { minimumFractionDigits: 2 })}"`;
    return `Dana Reyes,${d.account},${d.account} renewal,${d.stage},${amount},USD,6/${(i % 28) + 1}/2027,1/${(i % 28) + 1}/2027,Partner Referral,${d.id}`;
  });
  return `${[HEADER, ...rows].join('\r\n')}\r\n`;
}

function writeReport(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'steward-crm-')), name);
  writeFileSync(path, text);
  return path;
}

interface StoredDeal {
  readonly id: string;
  readonly externalId: string;
  readonly amount: number;
  readonly stage: string;
  readonly deletedAt?: string;
}

/** Every opportunity in IndexedDB, deleted ones included, by external id. */
async function storedDeals(page: Page): Promise<StoredDeal[]> {
  const rows = await page.evaluate<StoredDeal[]>(`new Promise((resolve, reject) => {
    const open = indexedDB.open('steward');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('opportunities', 'readonly').objectStore('opportunities').getAll();
      all.onsuccess = () => { db.close(); resolve(all.result); };
      all.onerror = () => reject(all.error);
    };
  })`);
  return rows.sort((a, b) => a.externalId.localeCompare(b.externalId));
}

async function shoot(page: Page, step: string): Promise<void> {
  for (const width of [900, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await lookAt(page, `/tmp/crm-${step}-${width}.png`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function openCrmImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import from CRM…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import opportunities from a CRM export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Chooses the file through the browser's file chooser, as a user does. */
async function chooseFile(page: Page, dialog: Locator, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByLabel('CSV file').click();
  await (await chooser).setFiles(path);
}

/** File step to preview: the report recognised, the one unknown stage matched by hand. */
async function toPreview(page: Page, dialog: Locator, path: string, name: string, shots?: string): Promise<void> {
  await chooseFile(page, dialog, path);
  await expect(dialog.getByText(`✓ ${name}: 50 rows, 10 columns.`)).toBeVisible();
  await expect(dialog.getByText('The columns look like a Salesforce opportunity report.')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Salesforce opportunity report/ })).toBeChecked();
  await expectNoSeriousViolations(page, 'CRM import: file', 'dialog');
  if (shots) await shoot(page, `${shots}-1-file`);
  await dialog.getByRole('button', { name: 'Next: match columns' }).click();

  await expect(dialog.getByRole('heading', { name: `Match the columns of “${name}”` })).toBeFocused();
  await expect(dialog.getByRole('combobox', { name: /^Account/ })).toHaveValue('1');
  await expect(dialog.getByRole('combobox', { name: /^External id/ })).toHaveValue('9');
  await expect(dialog.getByRole('combobox', { name: 'Negotiation/Review' })).toHaveValue('Negotiation');
  await expect(dialog.getByRole('combobox', { name: 'Closed Won' })).toHaveValue('Closed won');
  await expect(dialog.getByRole('combobox', { name: 'Discovery' })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Next: check the rows' }).click();
  // Refused until the unknown stage is matched: the focus goes to it.
  await expect(dialog.getByRole('combobox', { name: 'Discovery' })).toBeFocused();
  await expect(dialog.getByText('Not matched: choose the stage it means.')).toBeVisible();
  await expectNoSeriousViolations(page, 'CRM import: mapping', 'dialog');
  if (shots) await shoot(page, `${shots}-2-mapping`);
  await dialog.getByRole('combobox', { name: 'Discovery' }).selectOption('Qualified');
  await dialog.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(dialog.getByRole('heading', { name: `Check the rows of “${name}”` })).toBeFocused();
}

test('a Salesforce report is imported, re-imported as updates only, undone back to the first import, and a bad file refused whole', async ({ page }) => {
  await createPartnership(page, 'Acme co-sell');
  await page.getByRole('link', { name: 'Acme co-sell' }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Value', exact: true }).click();

  // First import: 50 new.
  let dialog = await openCrmImport(page);
  await toPreview(page, dialog, writeReport('pipeline.csv', reportCsv(DEALS)), 'pipeline.csv', 'first');
  await expect(dialog.getByText('50 new', { exact: true })).toBeVisible();
  await expect(dialog.getByText('0 updated', { exact: true })).toBeVisible();
  await expect(dialog.getByText('0 unchanged', { exact: true })).toBeVisible();
  const preview = dialog.getByRole('region', { name: 'Preview of the rows' });
  await expect(preview.getByRole('row').nth(1)).toContainText('New');
  await expectNoSeriousViolations(page, 'CRM import: preview', 'dialog');
  await shoot(page, 'first-3-preview');
  await dialog.getByRole('button', { name: 'Import: 50 new' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported “pipeline.csv”: 50 new, 0 updated, 0 unchanged.')).toBeVisible();
  const first = await storedDeals(page);
  expect(first).toHaveLength(50);
  expect(first[0]).toMatchObject({ externalId: '0065g00000Q0001', amount: 1000.5, stage: 'Prospecting' });
  expect(first[5]).toMatchObject({ externalId: '0065g00000Q0006', stage: 'Qualified' });

  // Second import of the same report with three amounts and two stages changed: updates only.
  const changed = DEALS.map((d, i) => (i === 0 || i === 7 || i === 20 ? { ...d, amount: d.amount + 500 } : i === 1 || i === 2 ? { ...d, stage: 'Closed Won' } : d));
  dialog = await openCrmImport(page);
  await toPreview(page, dialog, writeReport('pipeline.csv', reportCsv(changed)), 'pipeline.csv', 'second');
  await expect(dialog.getByText('0 new', { exact: true })).toBeVisible();
  await expect(dialog.getByText('5 updated', { exact: true })).toBeVisible();
  await expect(dialog.getByText('45 unchanged', { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'CRM import: re-import preview', 'dialog');
  await shoot(page, 'second-3-preview');
  await dialog.getByRole('button', { name: 'Import: 5 updated' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported “pipeline.csv”: 0 new, 5 updated, 45 unchanged.')).toBeVisible();
  const second = await storedDeals(page);
  expect(second).toHaveLength(50);
  expect(second.map((d) => d.id)).toEqual(first.map((d) => d.id));
  expect(second[0]!.amount).toBe(1500.5);
  expect(second[20]!.amount).toBe(21500.5);
  expect(second[1]!.stage).toBe('Closed won');
  expect(second[3]).toEqual(first[3]);

  // Undo puts the five back exactly as the first import left them.
  await page.getByRole('button', { name: 'Undo' }).last().click();
  await expect(page.getByText('Undid the import: removed 0 opportunities and put 5 opportunities back as they were.')).toBeVisible();
  expect(await storedDeals(page)).toEqual(first);

  // A report with one bad row: refused whole, the row and the column named, nothing written.
  dialog = await openCrmImport(page);
  await toPreview(page, dialog, writeReport('pipeline-bad.csv', reportCsv(changed, 16)), 'pipeline-bad.csv');
  await expect(dialog.getByText('1 with errors', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Problems in the file' }).getByRole('listitem')).toHaveText([
    'Row 18, Amount: “about ten grand” is not an amount: write it as a number, e.g. 125000 or $125,000.00.',
  ]);
  await expect(dialog.getByRole('button', { name: /^Import: / })).toBeDisabled();
  await expectNoSeriousViolations(page, 'CRM import: refused file', 'dialog');
  await shoot(page, 'bad-3-preview');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await storedDeals(page)).toEqual(first);
});

test('the CRM import is reachable from a partnership, in its own dialog', async ({ page }) => {
  await createPartnership(page, 'Acme co-sell');
  await page.goto(`${APP_URL}#/portfolio`);
  await page.getByRole('link', { name: 'Acme co-sell' }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Value', exact: true }).click();
  const dialog = await openCrmImport(page);
  await expect(dialog.getByRole('radio', { name: /Salesforce opportunity report/ })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /HubSpot deals export/ })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /^Partnerships/ })).toHaveCount(0);
});

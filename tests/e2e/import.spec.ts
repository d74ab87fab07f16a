import type { Locator, Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { countRecords, createPartnership } from './helpers';

const csvFile = (name: string, text: string | Buffer) => ({ name, mimeType: 'text/csv', buffer: typeof text === 'string' ? Buffer.from(text) : text });

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from a CSV file' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const PARTNERS = [
  'Partnership,Organisation,Type,Renewal date,Owner,Tags',
  'Initech reseller,Initech,Reseller,31/03/2028,Dana Reyes,"emea, cloud"',
  'Umbrella co-sell,Umbrella Corp,co_sell,2028-06-30,@Dana,',
  '"Hooli ""Nucleus"" JV",Hooli,jv,,,',
].join('\r\n');

test('a valid partnerships CSV is mapped, previewed and imported onto the Portfolio, and Undo archives it', async ({ page }) => {
  await page.goto(`${APP_URL}#/portfolio`);
  const dialog = await openImport(page);
  await expect(dialog.getByRole('radio', { name: /Partnerships/ })).toBeChecked();
  await dialog.getByLabel('CSV file').setInputFiles(csvFile('partners.csv', `\uFEFF${PARTNERS}\r\n`));
  await expect(dialog.getByText('✓ partners.csv: 3 rows, 6 columns.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Next: match columns' }).click();

  await expect(dialog.getByRole('heading', { name: 'Match the columns of “partners.csv”' })).toBeFocused();
  await expect(dialog.getByRole('combobox', { name: /^Name/ })).toHaveValue('0');
  await expect(dialog.getByRole('combobox', { name: /^Partner organisation/ })).toHaveValue('1');
  await expect(dialog.getByRole('combobox', { name: /^Term ends on/ })).toHaveValue('3');
  await expect(dialog.getByLabel('Dates like 03/04/2027 mean')).toHaveValue('dmy');
  await dialog.getByRole('button', { name: 'Next: check the rows' }).click();

  await expect(dialog.getByText('3 valid')).toBeVisible();
  await expect(dialog.getByText('1 cell starts with =, +, - or @.', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Preview of the rows' }).getByRole('cell', { name: '2028-03-31' })).toBeVisible();
  await expectNoSeriousViolations(page, 'import dialog', 'dialog');
  await dialog.getByRole('button', { name: 'Import 3 partnerships' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 3 partnerships from “partners.csv”.')).toBeVisible();
  for (const name of ['Initech reseller', 'Umbrella co-sell', 'Hooli "Nucleus" JV']) await expect(page.getByRole('link', { name })).toBeVisible();
  expect(await countRecords(page, 'partnerships')).toBe(3);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Initech reseller' })).toBeHidden();
  await expect(page.getByText('Archived the 3 partnerships just imported.')).toBeVisible();
});

test('a commitments CSV with a bad date and an unknown partnership shows row-level errors and writes nothing', async ({ page }) => {
  await createPartnership(page, 'Acme co-sell');
  await page.getByRole('link', { name: 'Acme co-sell' }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Commitments' }).click();
  const before = await countRecords(page, 'commitments');
  const activityBefore = await countRecords(page, 'activity');

  const dialog = await openImport(page);
  await expect(dialog.getByRole('radio', { name: /Commitments/ })).toBeChecked();
  const text = ['Partnership,Title,Owed by,Due date', 'Acme co-sell,Send the deck,us,2027-03-14', 'acme CO-SELL,Share roadmap,them,2027-02-30', 'Initech,Kick-off,we,2027-04-01'].join('\n');
  await dialog.getByLabel('CSV file').setInputFiles(csvFile('commitments.csv', text));
  await dialog.getByRole('button', { name: 'Next: match columns' }).click();
  await expect(dialog.getByLabel('Partnership', { exact: true })).toHaveValue(/.+/);
  await dialog.getByLabel('Partnership', { exact: true }).selectOption({ label: 'Named in a column of the file' });
  await dialog.getByRole('button', { name: 'Next: check the rows' }).click();

  await expect(dialog.getByText('1 valid')).toBeVisible();
  await expect(dialog.getByText('2 with errors')).toBeVisible();
  const problems = dialog.getByRole('region', { name: 'Problems in the file' });
  await expect(problems.getByRole('listitem')).toHaveText(['Row 3, Due date: Enter a date as YYYY-MM-DD.', 'Row 4, Partnership: No partnership is named “Initech”.']);
  const preview = dialog.getByRole('region', { name: 'Preview of the rows' });
  await expect(preview.locator('.import-cell-invalid')).toHaveText(['2027-02-30 (problem: Enter a date as YYYY-MM-DD.)', 'Initech (problem: No partnership is named “Initech”.)']);
  await expect(dialog.getByRole('button', { name: 'Import 1 commitment' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Rows with errors' }).click();
  await expect(preview.getByRole('row')).toHaveCount(3);
  await expectNoSeriousViolations(page, 'import dialog', 'dialog');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(await countRecords(page, 'commitments')).toBe(before);
  expect(await countRecords(page, 'activity')).toBe(activityBefore);
});

test('malformed, oversized and non-UTF-8 files are refused with a clear message before any mapping', async ({ page }) => {
  await page.goto(`${APP_URL}#/portfolio`);
  const dialog = await openImport(page);
  const input = dialog.getByLabel('CSV file');
  const next = dialog.getByRole('button', { name: 'Next: match columns' });

  await input.setInputFiles(csvFile('broken.csv', 'Name,Partner\nAcme,Acme Corp\n"Globex,Globex Inc\nInitech,Initech\n'));
  await expect(dialog.getByRole('alert')).toHaveText(
    'Line 3: a quoted field is never closed (a closing " is missing), so the file may be cut short. Nothing was imported.',
  );
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(next).toBeDisabled();

  await input.setInputFiles(csvFile('huge.csv', Buffer.alloc(6 * 1024 * 1024, 'a')));
  await expect(dialog.getByRole('alert')).toHaveText(/^The file is 6\.0 MB; Steward imports CSV files up to 5\.0 MB\./);

  await input.setInputFiles(csvFile('latin1.csv', Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a])));
  await expect(dialog.getByRole('alert')).toHaveText('The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” and try again. Nothing was imported.');

  // Two "name" columns: only one could be imported, so the file is refused, naming both (issue 11).
  await input.setInputFiles(csvFile('twice.csv', 'name,partner,type,name\nAcme,Acme Corp,reseller,Acme EMEA\n'));
  await expect(dialog.getByRole('alert')).toHaveText(
    'The file has two columns named "name" (columns 1 and 4). Rename or remove one and choose the file again. Nothing was imported.',
  );
  await expect(next).toBeDisabled();

  await input.setInputFiles(csvFile('ok.csv', 'Name,Partner\nAcme,Acme Corp\n'));
  await expect(dialog.getByRole('alert')).toBeHidden();
  await expect(next).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await countRecords(page, 'partnerships')).toBe(0);
});

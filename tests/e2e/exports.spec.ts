import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';
import { openScreen } from './helpers';

const PARTNERSHIP = 'Brandt & Vogel reseller — DACH';

async function openTab(page: Page, tab: string) {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
  await expect(page.getByRole('list', { name: 'Ranked by urgency' })).toBeVisible();
  await openScreen(page, 'Portfolio');
  await page.getByRole('link', { name: PARTNERSHIP }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: tab }).click();
}

async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('the cadences tab saves the partnership’s cadences as an .ics calendar', async ({ page }) => {
  await openTab(page, 'Cadences');
  const { name, text } = await downloadedText(page, () => page.getByRole('button', { name: 'Add to calendar (.ics)' }).click());
  expect(name).toBe('Brandt & Vogel reseller — DACH cadences.ics');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text).toContain('X-WR-CALNAME:Steward: Brandt & Vogel reseller — DACH');
  expect(text).toMatch(/\r\nRRULE:FREQ=/);
  expect(text).toMatch(/\r\nBEGIN:VTIMEZONE\r\n/);
  expect(text).not.toContain('ATTENDEE');
  await expect(page.getByRole('status')).toContainText('Saved');
});

test('the commitments tab exports CSV in the edition chosen, partner-safe without internal columns', async ({ page }) => {
  await openTab(page, 'Commitments');
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export commitments as CSV' });
  await dialog.getByLabel(/Partner-safe/).check();
  const partner = await downloadedText(page, () => dialog.getByRole('button', { name: 'Save CSV' }).click());
  await expect(dialog).toBeHidden();
  expect(partner.name).toBe('Brandt & Vogel reseller — DACH commitments (partner).csv');
  const [header, ...rows] = partner.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(header).toBe('Partnership,Title,Detail,Owed by,Owner,Due on,Status,Done on,State');
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row.startsWith(`${PARTNERSHIP},`))).toBe(true);

  await page.getByRole('button', { name: 'Export CSV…' }).click();
  // The dialog remembers the last edition chosen while the tab is open.
  await expect(dialog.getByLabel(/Partner-safe/)).toBeChecked();
  await dialog.getByLabel(/Internal/).check();
  const internal = await downloadedText(page, () => dialog.getByRole('button', { name: 'Save CSV' }).click());
  expect(internal.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Partnership,Title,Detail,Owed by,Owner,Due on,Status,Done on,State,Source');
});

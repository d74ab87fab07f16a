// Steps several e2e specs share: creating a partnership through the Portfolio's form,
// counting a store's records straight from IndexedDB (not through the app), and writing a
// whole generated portfolio into it.
import type { Locator, Page } from '@playwright/test';
import type { PortfolioSnapshot } from '../../shared/domain';
import { excerptPartnership } from '../../shared/partnershipExcerpt';
import { APP_URL, expect } from './fixtures';

/**
 * Creates a partnership on the Portfolio screen, sees its workspace open, and goes back to
 * the Portfolio, where the specs that use this carry on.
 */
export async function createPartnership(page: Page, name: string, partnerOrg = 'Acme Corp'): Promise<void> {
  await page.goto(`${APP_URL}#/portfolio`);
  await page.getByRole('button', { name: 'New partnership' }).click();
  const dialog = page.getByRole('dialog', { name: 'New partnership' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Partner organisation').fill(partnerOrg);
  await dialog.getByRole('button', { name: 'Create partnership' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.goto(`${APP_URL}#/portfolio`);
}

/**
 * Opens a main screen from the sidebar and waits for its heading: until then the screen
 * before it is still on the page, and a link looked up by name there (the Attention list
 * names a partnership in several) is not the one meant.
 */
export async function openScreen(page: Page, screen: 'Attention' | 'Portfolio' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen }).click();
  await expect(page.getByRole('heading', { name: screen, level: 1 })).toBeVisible();
}

/**
 * Resolves once every running finite animation has finished (a toast slides and fades in
 * for 180 ms): what is measured or judged then is where things rest, not a frame on the way.
 * Endless animations (a spinner) are not waited for.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(
    'Promise.all(document.getAnimations().filter((a) => a.playState === "running" && a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined)))',
  );
}

/** A store's record count, read with raw IndexedDB. (A string: this file has no DOM types.) */
export function countRecords(page: Page, store: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('steward');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const count = db.transaction(${JSON.stringify(store)}, 'readonly').objectStore(${JSON.stringify(store)}).count();
      count.onsuccess = () => { db.close(); resolve(count.result); };
      count.onerror = () => reject(count.error);
    };
  })`);
}

/** Every table of the snapshot put into Dexie's object stores in one raw IndexedDB transaction. */
export async function writeSnapshot(page: Page, snapshot: PortfolioSnapshot): Promise<void> {
  // With the excerpts the data layer would have written alongside (renderer/db/excerpts.ts):
  // the screens read those rows, and records written here bypass the repositories.
  // Each with a revision and its revision row, as refreshExcerpts writes them.
  const partnershipExcerpts = snapshot.partnerships.map((p) => ({ ...excerptPartnership(p.id, snapshot), revision: `e2e-${p.id}` }));
  const excerptRevisions = partnershipExcerpts.map(({ partnershipId, revision }) => ({ partnershipId, revision }));
  const data = { ...snapshot, partnershipExcerpts, excerptRevisions };
  await page.evaluate(`new Promise((resolve, reject) => {
    const data = ${JSON.stringify(data)};
    const open = indexedDB.open('steward');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(Object.keys(data), 'readwrite');
      for (const [table, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(table).put(row);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onabort = () => reject(tx.error);
    };
  })`);
}

const ALLIANCE_ROLES = ['sponsor', 'decision maker', 'influencer', 'day-to-day lead', 'contributor'] as const;
const roleName = (role: string) => role.charAt(0).toUpperCase() + role.slice(1);

/** Ticks exactly these alliance roles ('sponsor', 'decision maker', …), in this order, in a person's form. */
export async function chooseRoles(dialog: Locator, roles: readonly (typeof ALLIANCE_ROLES)[number][]): Promise<void> {
  const group = dialog.getByRole('group', { name: /Alliance roles/ });
  for (const role of ALLIANCE_ROLES) await group.getByRole('checkbox', { name: roleName(role), exact: true }).uncheck();
  for (const role of roles) await group.getByRole('checkbox', { name: roleName(role), exact: true }).check();
}

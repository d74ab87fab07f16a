// Team sync in the built app: a real sync server (embedded PostgreSQL) started by this file,
// two browser contexts (two members' machines) joining it through Settings → Team. Alice's
// partnership reaches Bob once shared; a commitment Alice adds shows on Bob's screen within
// two seconds; the shell's indicator names the state; a mistyped form keeps what was typed.
import { rmSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import type { AccessList } from '../../shared/sync/protocol';
import type { RunningSyncServer } from '../../server/syncServer';
import { startSyncServer } from '../../server/syncServer';
import { TEST_SECRET, dataFolder, invitation, teamCommand } from '../sync/support';
import { APP_URL, CONTEXT_OPTIONS, expect, lookAt, test } from './fixtures';
import { createPartnership } from './helpers';

let dataDir: string;
let server: RunningSyncServer;
const tokens: Record<string, string> = {};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = dataFolder('e2e');
  server = await startSyncServer({ port: 0, host: '127.0.0.1', dataDir, secret: TEST_SECRET });
  const now = new Date();
  tokens.alice = invitation(await teamCommand(dataDir, now, 'team', 'create', '--name', 'Northwind alliances', '--owner-name', 'Alice', '--owner-email', 'alice@example.com')).token;
  tokens.bob = invitation(await teamCommand(dataDir, now, 'invite', '--name', 'Bob', '--email', 'bob@example.com')).token;
});

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function join(page: Page, member: string, token: string): Promise<void> {
  await page.goto(`${APP_URL}#/settings`);
  const form = page.getByRole('form', { name: 'Join a team' });
  await form.getByLabel('Team server').fill(server.url);
  await form.getByLabel('Your name in the team').fill(member);
  await form.getByLabel('Invitation token').fill(token);
  await form.getByRole('button', { name: 'Join team' }).click();
  // Joining loads the page again, now allowed to reach the server, and connects.
  await expect(page.getByRole('link', { name: 'Team sync: Synced' })).toBeVisible({ timeout: 20_000 });
}

async function machine(browser: Browser) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

test('a mistyped join form names the fields and keeps what was typed; no team, no indicator', async ({ page }) => {
  await page.goto(`${APP_URL}#/settings`);
  await expect(page.getByRole('link', { name: /^Team sync/ })).toHaveCount(0);
  // Without a team the page's policy lets it reach only itself: not even a server that is up.
  const reached = await page.evaluate(`fetch('http://127.0.0.1:${server.port}/access').then(() => 'reached', (error) => 'refused: ' + error.message)`);
  expect(reached).toMatch(/^refused/);
  const form = page.getByRole('form', { name: 'Join a team' });
  await form.getByLabel('Team server').fill('https://sync.example.com/team');
  await form.getByLabel('Your name in the team').fill('Alice');
  await form.getByRole('button', { name: 'Join team' }).click();
  await expect(form.getByText('Enter an address starting with ws:// or wss://, a host and maybe a port, e.g. wss://sync.example.com:1234.')).toBeVisible();
  await expect(form.getByText('Paste the invitation token the team owner sent you.')).toBeVisible();
  await expect(form.getByLabel('Team server')).toHaveValue('https://sync.example.com/team');
  await expect(form.getByLabel('Your name in the team')).toHaveValue('Alice');
});

test('a refused invitation says why in the shell and in Settings → Team', async ({ page }) => {
  await createPartnership(page, 'Tailspin co-sell');
  await join(page, 'Mallory', 'not-a-token').catch(() => undefined);
  await expect(page.getByRole('link', { name: /^Team sync: Not syncing: This invitation token is not one this team server issued/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'This invitation token is not one this team server issued' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Join again with a new invitation' })).toBeVisible();
});

test('two members: Alice’s partnership reaches Bob once shared, and her new commitment shows on his screen within two seconds', async ({ browser }) => {
  test.setTimeout(180_000);
  const alice = await machine(browser);
  const bob = await machine(browser);
  await createPartnership(alice.page, 'Contoso co-sell');
  await join(alice.page, 'Alice', tokens.alice!);
  await lookAt(alice.page, '/tmp/syncwire-team-1280.png', { fullPage: true });

  const access = (await (await fetch(`http://127.0.0.1:${server.port}/access`, { headers: { Authorization: `Bearer ${tokens.alice}` } })).json()) as AccessList;
  expect(access.partnerships).toHaveLength(1);
  expect((await teamCommand(dataDir, new Date(), 'share', '--partnership', access.partnerships[0]!.id, '--member', 'bob@example.com', '--role', 'editor')).code).toBe(0);

  await join(bob.page, 'Bob', tokens.bob!);
  await bob.page.goto(`${APP_URL}#/portfolio`);
  await bob.page.getByRole('link', { name: 'Contoso co-sell' }).click();
  await bob.page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Commitments' }).click();
  await expect(bob.page.getByRole('heading', { name: 'No commitments yet' })).toBeVisible();

  await alice.page.goto(`${APP_URL}#/portfolio`);
  await alice.page.getByRole('link', { name: 'Contoso co-sell' }).click();
  await alice.page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Commitments' }).click();
  await alice.page.getByRole('button', { name: 'Add the first commitment' }).click();
  const dialog = alice.page.getByRole('dialog', { name: 'New commitment' });
  await dialog.getByLabel('Title').fill('Send the joint pricing sheet');
  await dialog.getByRole('button', { name: 'Add commitment' }).click();
  await expect(dialog).toBeHidden();
  await expect(bob.page.getByRole('listitem', { name: 'Send the joint pricing sheet' })).toBeVisible({ timeout: 2_000 });

  await bob.page.goto(`${APP_URL}#/settings`);
  await expect(bob.page.getByRole('cell', { name: 'Alice (owner), Bob (editor)' })).toBeVisible();
  for (const width of [900, 1920]) {
    await bob.page.setViewportSize({ width, height: 1000 });
    await lookAt(bob.page, `/tmp/syncwire-team-${width}.png`, { fullPage: true });
  }
  expect([...alice.errors, ...bob.errors]).toEqual([]);
  await alice.context.close();
  await bob.context.close();
});

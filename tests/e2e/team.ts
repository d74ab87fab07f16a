// What the team-sync specs share: a real sync server (embedded PostgreSQL) with a team of
// Alice (owner) and Bob, a member's machine (a browser context of its own), joining through
// Settings → Team and sharing a partnership from there — as teamSync.spec.ts does it.
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { RunningSyncServer } from '../../server/syncServer';
import { startSyncServer } from '../../server/syncServer';
import { TEST_SECRET, dataFolder, invitation, teamCommand } from '../sync/support';
import { APP_URL, CONTEXT_OPTIONS, expect } from './fixtures';

export interface TeamServer {
  readonly server: RunningSyncServer;
  readonly tokens: { readonly alice: string; readonly bob: string };
  readonly stop: () => Promise<void>;
}

/** A server on a port the OS picks, its data in a folder of its own, with Alice's team and Bob invited. */
export async function startTeamServer(label: string): Promise<TeamServer> {
  const dataDir = dataFolder(label);
  const server = await startSyncServer({ port: 0, host: '127.0.0.1', dataDir, secret: TEST_SECRET });
  const now = new Date();
  const alice = invitation(await teamCommand(dataDir, now, 'team', 'create', '--name', 'Northwind alliances', '--owner-name', 'Alice', '--owner-email', 'alice@example.com')).token;
  const bob = invitation(await teamCommand(dataDir, now, 'invite', '--name', 'Bob', '--email', 'bob@example.com')).token;
  const stop = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { server, tokens: { alice, bob }, stop };
}

/** Fills Settings → Team's join form and submits it: the page loads again, allowed to reach the server, and connects (or is refused). */
export async function submitJoin(page: Page, serverUrl: string, member: string, token: string): Promise<void> {
  await page.goto(`${APP_URL}#/settings`);
  const form = page.getByRole('form', { name: 'Join a team' });
  await form.getByLabel('Team server').fill(serverUrl);
  await form.getByLabel('Your name in the team').fill(member);
  await form.getByLabel('Invitation token').fill(token);
  await form.getByRole('button', { name: 'Join team' }).click();
}

/** Joins through Settings → Team and waits until the shell says it is synced. */
export async function joinTeam(page: Page, serverUrl: string, member: string, token: string): Promise<void> {
  await submitJoin(page, serverUrl, member, token);
  await expect(page.getByRole('link', { name: 'Team sync: Synced' })).toBeVisible({ timeout: 20_000 });
}

/** Shares the partnership the form offers first with a member, from Settings → Team. */
export async function sharePartnership(page: Page, email: string, role: 'editor' | 'viewer' | 'owner'): Promise<void> {
  await page.goto(`${APP_URL}#/settings`);
  const share = page.getByRole('form', { name: 'Share a partnership' });
  await expect(share.getByLabel('Partnership')).toHaveValue(/.+/);
  await share.getByLabel('Member').selectOption(email);
  await share.getByLabel('Role').selectOption(role);
  await share.getByRole('button', { name: 'Share' }).click();
  await expect(share.getByRole('status')).toContainText(`is shared with ${email} as ${role}.`);
}

export interface Machine {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught errors the page threw. */
  readonly errors: string[];
}

/** One member's machine: a browser context of its own (its own IndexedDB). */
export async function newMachine(browser: Browser): Promise<Machine> {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

export interface Cable {
  /** Drops this machine's connections to the server and refuses new ones, as a lost network would. */
  readonly cut: () => Promise<void>;
  /** Lets the machine's next attempt through again. */
  readonly mend: () => void;
}

/**
 * Routes the machine's WebSockets to the server through the test, so the test can take the
 * machine offline (Chromium's offline emulation leaves an open WebSocket open). Call it before
 * the page connects.
 */
export async function cableTo(machine: Machine, server: { readonly port: number }): Promise<Cable> {
  let isCut = false;
  const open = new Set<{ close: () => Promise<void> }>();
  await machine.context.routeWebSocket(new RegExp(`^ws://127\\.0\\.0\\.1:${server.port}(/|$)`), (ws) => {
    if (isCut) return void ws.close({ code: 1006, reason: 'offline' }).catch(() => undefined);
    ws.connectToServer();
    open.add(ws);
    ws.onClose(() => open.delete(ws));
  });
  return {
    cut: async () => {
      isCut = true;
      await Promise.all([...open].map((ws) => ws.close()));
      open.clear();
    },
    mend: () => {
      isCut = false;
    },
  };
}

// Every e2e test gets a fresh browser context of the worker's one Chromium (launched once
// per worker with playwright.config.ts's executable and flags): real IndexedDB, empty at
// the start of each test and kept across reloads within it. A test that needs an on-disk
// profile — the data must survive Chromium itself, or the browser must behave as on a
// user's profile (storage buckets, the real quota) — asks for it with
// `test.use({ onDiskProfile: true })` and gets Chromium launched on a new profile folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, expect } from '@playwright/test';
import type { BrowserContext, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT } from '../../playwright.config';

export const APP_URL = `http://127.0.0.1:${E2E_PORT}/index.html`;

/** What every test's browser looks like, whichever kind of profile it has. */
export const CONTEXT_OPTIONS = {
  viewport: { width: 1280, height: 800 },
  locale: 'en-GB',
  timezoneId: 'Europe/London',
} as const satisfies BrowserContextOptions;

interface Options {
  /** Launch Chromium on a new on-disk profile for this test instead of a fresh context. */
  readonly onDiskProfile: boolean;
}

export const test = base.extend<Options & { context: BrowserContext; page: Page }>({
  onDiskProfile: [false, { option: true }],
  context: async ({ browser, onDiskProfile }, use) => {
    if (!onDiskProfile) {
      const context = await browser.newContext(CONTEXT_OPTIONS);
      await use(context);
      await context.close();
      return;
    }
    const profile = mkdtempSync(join(tmpdir(), 'steward-e2e-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ...CONTEXT_OPTIONS });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    expect(errors, 'the page threw uncaught errors').toEqual([]);
  },
});

export { expect };

/**
 * A picture of the page (or one part of it) for a person to look at, written only when
 * STEWARD_SCREENSHOTS is set (`STEWARD_SCREENSHOTS=1 npx playwright test …`): nothing
 * asserts on it, and encoding some eighty full-window PNGs costs every `npm test` run CPU.
 */
export async function lookAt(target: Page | Locator, path: string, options: { readonly fullPage?: boolean } = {}): Promise<void> {
  if (!process.env.STEWARD_SCREENSHOTS) return;
  await target.screenshot({ path, ...options });
}

// Focus after dialogs and saves, and toasts that stay out of the way (issue 13): focus
// returns to the control that opened a dialog, a new partnership opens its workspace, and
// toasts are at most two, never take focus, and never cover the main content's controls.
import type { Locator, Page } from '@playwright/test';
import { APP_URL, expect, lookAt, test } from './fixtures';
import { animationsSettled, openScreen } from './helpers';

const NOW = new Date('2027-01-14T12:00:00Z');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

/** Creates a partnership from the Portfolio and expects to land in its workspace. */
async function createAndOpen(page: Page, name: string) {
  await page.goto(`${APP_URL}#/portfolio`);
  await page.getByRole('button', { name: 'New partnership' }).click();
  const dialog = page.getByRole('dialog', { name: 'New partnership' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Partner organisation').fill('Acme Corp');
  await dialog.getByRole('button', { name: 'Create partnership' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/partnerships\/[^/]+\/overview$/);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function openTouchpoints(page: Page) {
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Touchpoints' }).click();
  await expect(page.getByRole('heading', { name: 'Touchpoints', level: 2 })).toBeVisible();
}

async function logTouchpoint(page: Page, opener: string, title: string) {
  await page.getByRole('button', { name: opener, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Log touchpoint' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Log touchpoint' }).click();
  await expect(dialog).toBeHidden();
}

/** The focused element's text and whether it is inside `selector` (strings: no DOM types here). */
const focused = (page: Page) => page.evaluate('({ text: document.activeElement?.textContent?.trim() ?? "", tag: document.activeElement?.tagName, inToasts: Boolean(document.activeElement?.closest(".toasts")) })') as Promise<{ text: string; tag: string; inToasts: boolean }>;

test('creating a partnership opens its workspace', async ({ page }) => {
  await createAndOpen(page, 'Acme co-sell');
  const id = decodeURIComponent(/#\/partnerships\/([^/]+)\//.exec(page.url())?.[1] ?? '');
  expect(id).not.toBe('');
  await page.goto(`${APP_URL}#/portfolio`);
  await expect(page.getByRole('link', { name: 'Acme co-sell' })).toHaveAttribute('href', new RegExp(`#/partnerships/${id}/`));
});

test('focus returns to the opener after a save and after Escape, never to the top of the page', async ({ page }) => {
  await createAndOpen(page, 'Acme co-sell');
  await openTouchpoints(page);
  await logTouchpoint(page, 'Log the first touchpoint', 'Kick-off');
  // The empty state's button goes when the new touchpoint's list replaces it (the live query
  // answers after the dialog has closed): focus then moves to the main content, not the page's top.
  await expect(page.getByRole('button', { name: 'Log the first touchpoint', exact: true })).toBeHidden();
  await expect.poll(async () => (await focused(page)).tag).toBe('MAIN');

  await logTouchpoint(page, 'Log touchpoint', 'Pipeline review');
  await expect(page.getByRole('button', { name: 'Log touchpoint', exact: true })).toBeFocused();

  await page.getByRole('button', { name: 'Log touchpoint', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Log touchpoint' });
  await expect(dialog.getByLabel('Kind')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Log touchpoint', exact: true })).toBeFocused();

  await page.getByRole('button', { name: 'Add decision', exact: true }).click();
  await page.getByRole('dialog', { name: 'Add a decision' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Add decision', exact: true })).toBeFocused();
});

/**
 * Every focusable control outside the toasts that a toast's box meets, at every scroll position
 * of the page (the main content scrolls with the window, so a toast fixed over it would cover
 * something sooner or later), plus any toast that is not whole inside the window, measured once
 * the toasts have slid in. (A string run in the page: this project's test files have no DOM types.)
 */
async function controlsUnderToasts(page: Page): Promise<string[]> {
  await animationsSettled(page);
  return page.evaluate(`(async () => {
    const found = new Set();
    const page = document.scrollingElement;
    const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    // The test's clock is paused (so the toasts stay), and animation frames with it: wait for
    // the scroll event, then for a task, so the virtual rows render what came into view.
    const settle = () => new Promise((done) => { const c = new MessageChannel(); c.port1.onmessage = done; c.port2.postMessage(0); });
    const scrollToY = async (y) => {
      if (Math.round(scrollY) === Math.min(y, page.scrollHeight - innerHeight)) return;
      const scrolled = new Promise((done) => addEventListener('scroll', done, { once: true }));
      scrollTo(0, y);
      await scrolled;
      await settle();
    };
    const look = () => {
      const boxes = [...document.querySelectorAll('.toast')].map((t) => t.getBoundingClientRect());
      for (const t of boxes) if (t.left < 0 || t.top < 0 || t.right > innerWidth || t.bottom > innerHeight) found.add('a toast is not whole inside the window: ' + JSON.stringify(t));
      const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter((c) => !c.closest('.toasts'));
      for (const c of controls) {
        const box = c.getBoundingClientRect();
        const isInView = box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
        if (isInView && boxes.some((t) => meets(t, box))) found.add((c.getAttribute('aria-label') || c.textContent || c.tagName).trim().slice(0, 60) + ' at scroll ' + scrollY);
      }
    };
    const step = Math.max(80, Math.floor(innerHeight / 4));
    for (let y = 0; ; y += step) {
      await scrollToY(y);
      look();
      if (y >= page.scrollHeight - innerHeight) break;
    }
    await scrollToY(0);
    return [...found];
  })()`);
}

/** Presses Tab until `button` (in a toast) has focus: a keyboard reaches it without a pointer. */
async function tabTo(page: Page, button: Locator): Promise<void> {
  await expect(button).toBeVisible();
  for (let presses = 0; presses < 60; presses += 1) {
    if (await button.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(button, 'Tab reaches the button').toBeFocused();
}

const WINDOWS = [
  { width: 900, height: 700, sidebar: 'collapsed' },
  { width: 900, height: 600, sidebar: 'expanded' },
  { width: 1366, height: 850, sidebar: 'collapsed' },
  { width: 1920, height: 1080, sidebar: 'expanded' },
  { width: 1920, height: 1080, sidebar: 'collapsed' },
  { width: 2560, height: 1440, sidebar: 'collapsed' },
] as const;

for (const { width, height, sidebar } of WINDOWS) {
  test(`at ${width}×${height} with the sidebar ${sidebar}, toasts with Undo cover no control at any scroll position and Undo is reached by keyboard`, async ({ page }) => {
    await page.clock.install({ time: NOW });
    await page.setViewportSize({ width, height });
    await page.goto(APP_URL);
    const load = page.getByRole('button', { name: 'Load a sample portfolio' });
    await expect(load).toBeVisible();
    const toggle = page.getByRole('button', { name: sidebar === 'collapsed' ? 'Collapse the sidebar' : 'Expand the sidebar' });
    if (await toggle.count()) await toggle.click();
    await expect(page.locator('.sidebar')).toHaveClass(sidebar === 'collapsed' ? /is-collapsed/ : /^(?!.*is-collapsed)/);
    await load.click();
    await expect(page.getByRole('list', { name: 'Ranked by urgency' })).toBeVisible();
    await openScreen(page, 'Portfolio');
    const toasts = page.locator('.toast');
    const names = ['Brandt & Vogel reseller — DACH', 'Kestrel Components supply agreement'];
    for (const name of names) {
      await page.getByRole('button', { name: `Archive ${name}` }).click();
      await expect(page.getByRole('link', { name })).toBeHidden();
    }
    await expect(toasts).toHaveCount(2);
    await expect(toasts.last()).toContainText(`Archived “${names[1]}”`);
    expect((await focused(page)).inToasts).toBe(false);
    // Time stands still while the page is looked at, so neither toast leaves meanwhile.
    await page.clock.pauseAt(new Date(((await page.evaluate('Date.now()')) as number) + 1_000));
    await lookAt(page, `/tmp/toasts-${width}x${height}-${sidebar}.png`);
    expect(await controlsUnderToasts(page)).toEqual([]);

    // Still paused while the keyboard walks to Undo: up to 60 Tabs can outlast a toast's time
    // on a loaded machine, and what is tested here is that Tab reaches it, not how fast.
    await tabTo(page, toasts.filter({ hasText: names[1] }).getByRole('button', { name: 'Undo' }));
    await page.clock.resume();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: names[1] })).toBeVisible();
  });
}

for (const width of [900, 1920]) {
  test(`toasts at ${width} px: at most two, never focused, never over the main content's controls`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 900 ? 700 : 1080 });
    await createAndOpen(page, 'Acme co-sell');
    await openTouchpoints(page);
    await logTouchpoint(page, 'Log the first touchpoint', 'Kick-off');
    await logTouchpoint(page, 'Log touchpoint', 'Pipeline review');
    await logTouchpoint(page, 'Log touchpoint', 'Quarterly business review');
    const toasts = page.locator('.toast');
    await expect(toasts).toHaveCount(2);
    await expect(toasts.last()).toContainText('Quarterly business review');
    expect((await focused(page)).inToasts).toBe(false);
    await lookAt(page, `/tmp/forms-toasts-${width}.png`);

    expect(await controlsUnderToasts(page)).toEqual([]);

    // A toast with Undo: still two at most, still not focused, and Ctrl+Z reaches its Undo.
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await page.getByRole('button', { name: 'Delete Kick-off' }).click();
    await expect(timeline.getByText('Kick-off')).toBeHidden();
    const undoToast = toasts.filter({ hasText: 'Deleted the meeting “Kick-off”' });
    await expect(undoToast.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(await toasts.count()).toBeLessThanOrEqual(2);
    expect((await focused(page)).inToasts).toBe(false);
    await lookAt(page, `/tmp/forms-undo-toast-${width}.png`);
    await page.keyboard.press('Control+z');
    await expect(timeline.getByText('Kick-off')).toBeVisible();

    await page.getByRole('button', { name: 'Log touchpoint', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Log touchpoint' })).toBeVisible();
    await lookAt(page, `/tmp/forms-dialog-${width}.png`);
  });
}

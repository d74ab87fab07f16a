// Focus after dialogs and saves, and toasts that stay out of the way (issue 13): focus
// returns to the control that opened a dialog, a new partnership opens its workspace, and
// toasts are at most two, never take focus, and never cover the main content's controls.
import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';

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
  // The empty state's button went with the save: focus is in the main content, not the page's top.
  expect((await focused(page)).tag).toBe('MAIN');

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
    await page.screenshot({ path: `/tmp/forms-toasts-${width}.png` });

    const overlaps = await page.evaluate(`(() => {
      const boxes = [...document.querySelectorAll('.toast')].map((t) => t.getBoundingClientRect());
      const controls = [...document.querySelectorAll('main button, main a, main input, main select, main textarea, main [tabindex="0"]')]
        .map((c) => ({ name: (c.textContent || c.getAttribute('aria-label') || c.tagName).trim(), box: c.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return controls.filter(({ box }) => boxes.some((t) => meets(t, box))).map(({ name }) => name);
    })()`);
    expect(overlaps).toEqual([]);

    // A toast with Undo: still two at most, still not focused, and Ctrl+Z reaches its Undo.
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await page.getByRole('button', { name: 'Delete Kick-off' }).click();
    await expect(timeline.getByText('Kick-off')).toBeHidden();
    const undoToast = toasts.filter({ hasText: 'Deleted the meeting “Kick-off”' });
    await expect(undoToast.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(await toasts.count()).toBeLessThanOrEqual(2);
    expect((await focused(page)).inToasts).toBe(false);
    await page.screenshot({ path: `/tmp/forms-undo-toast-${width}.png` });
    await page.keyboard.press('Control+z');
    await expect(timeline.getByText('Kick-off')).toBeVisible();

    await page.getByRole('button', { name: 'Log touchpoint', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Log touchpoint' })).toBeVisible();
    await page.screenshot({ path: `/tmp/forms-dialog-${width}.png` });
  });
}

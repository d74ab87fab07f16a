// Every screen, workspace tab and main dialog at four window sizes, full of the sample
// portfolio plus a few added rows: nothing scrolls sideways (the page or a dialog), no
// header cells overlap, and no date, count, status or partnership name is cut in the
// Portfolio, Attention and roll-up cells. With STEWARD_SCREENSHOTS=1, screenshots land in /tmp/layout-*.png to be looked at.
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { APP_URL, expect, lookAt, test } from './fixtures';
import { animationsSettled, openScreen } from './helpers';

const SIZES = [
  { width: 900, height: 700 },
  { width: 1280, height: 800 },
  { width: 1366, height: 850 },
  { width: 1920, height: 1080 },
] as const;

/** Thursday 10 Dec 2026, 10:00 in London: the sample portfolio is built around "today". */
const NOW = new Date('2026-12-10T10:00:00Z');

/** Cells whose text must never be cut: names, dates, counts, statuses. */
const CUT_CHECKED = [
  '.portfolio-table th, .portfolio-table .cell-title, .portfolio-table .badge, .portfolio-table .sparkline, .portfolio-table .next-cadence, .portfolio-table .next-cadence *, .portfolio-table .overdue-sides *, .portfolio-table .renewal, .portfolio-table .renewal *',
  '.attention-list li, .attention-list li *',
  '.rollup-table th, .rollup-table td, .rollup-table td *, .rollup-table th *',
].join(', ');

/**
 * Each problem found on the page as one readable line; an empty list means the layout fits.
 * (A string run in the page: this project's test files have no DOM types.)
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(`((cutSelector) => {
    const problems = [];
    const describe = (el) => \`\${el.tagName.toLowerCase()}.\${[...el.classList].join('.')} “\${(el.textContent ?? '').trim().slice(0, 40)}”\`;
    const isShown = (el) => {
      const r = el.getBoundingClientRect();
      // A 1 px box is visually hidden text for assistive technology, not something shown.
      return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    const page = document.scrollingElement;
    if (page && page.scrollWidth > page.clientWidth) problems.push(\`page scrolls sideways: \${page.scrollWidth} > \${page.clientWidth}\`);
    for (const dialog of document.querySelectorAll('dialog[open]')) {
      const r = dialog.getBoundingClientRect();
      if (dialog.scrollWidth > dialog.clientWidth) problems.push(\`dialog scrolls sideways: \${dialog.scrollWidth} > \${dialog.clientWidth}\`);
      if (r.left < 0 || r.right > window.innerWidth || r.top < 0 || r.bottom > window.innerHeight) problems.push(\`dialog is outside the window: \${JSON.stringify(r)}\`);
      for (const el of dialog.querySelectorAll('*')) {
        if (el.scrollLeft > 0) problems.push(\`inside a dialog, \${describe(el)} is scrolled sideways\`);
        const s = getComputedStyle(el);
        if (isShown(el) && !el.closest('.visually-hidden') && (s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowX === 'hidden') && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'INPUT' && el.tagName !== 'SELECT' && el.tagName !== 'TEXTAREA') {
          problems.push(\`inside a dialog, \${describe(el)} overflows sideways: \${el.scrollWidth} > \${el.clientWidth}\`);
        }
      }
    }
    for (const row of document.querySelectorAll('thead tr')) {
      const cells = [...row.children].filter(isShown);
      for (let i = 0; i + 1 < cells.length; i += 1) {
        const a = cells[i].getBoundingClientRect();
        const b = cells[i + 1].getBoundingClientRect();
        if (a.right > b.left + 0.5) problems.push(\`header cells overlap: \${describe(cells[i])} / \${describe(cells[i + 1])}\`);
      }
      for (const cell of cells) if (cell.scrollWidth > cell.clientWidth + 1) problems.push(\`header cell's text spills over: \${describe(cell)}\`);
    }
    for (const el of document.querySelectorAll(cutSelector)) {
      // Visually hidden text (1 px wide, for assistive technology) is not cut: it is not shown at all.
      if (!isShown(el) || el.clientWidth <= 1) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') problems.push(\`cut: \${describe(el)} (\${el.scrollWidth} > \${el.clientWidth})\`);
    }
    // A frame that scrolls its table sideways hides columns (the roll-up's Gap and Renewal).
    for (const frame of document.querySelectorAll('.rollup-table-frame, .portfolio-table-frame')) {
      if (frame.scrollWidth > frame.clientWidth + 1) problems.push(\`a table scrolls inside its frame: \${describe(frame)}\`);
    }
    for (const tabs of document.querySelectorAll('.tabs')) {
      for (const tab of tabs.querySelectorAll('a')) {
        const r = tab.getBoundingClientRect();
        const t = tabs.getBoundingClientRect();
        if (r.right > t.right + 0.5 || r.left < t.left - 0.5) problems.push(\`workspace tab out of view: \${describe(tab)}\`);
      }
    }
    // Text that does not fit its box is cut only with a sign of it (an ellipsis, or a line clamp,
    // which draws one) and with the whole text a hover away (a title on it or around it).
    const letters = (text) => (text ?? '').toLowerCase().replace(/[^\\p{L}\\p{N}]/gu, '');
    for (const el of document.querySelectorAll('main *, dialog[open] *')) {
      if (!isShown(el) || el.closest('.visually-hidden') || ['INPUT', 'SELECT', 'TEXTAREA', 'svg'].includes(el.tagName) || el.closest('svg')) continue;
      const s = getComputedStyle(el);
      const isHidden = (overflow) => overflow === 'hidden' || overflow === 'clip';
      const isClamped = s.webkitLineClamp !== 'none' && s.webkitLineClamp !== '';
      const isCutAcross = isHidden(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const isCutDown = isHidden(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (!isCutAcross && !isCutDown) continue;
      if (isCutAcross && s.textOverflow !== 'ellipsis' && !isClamped) problems.push(\`cut sideways without an ellipsis: \${describe(el)} (\${el.scrollWidth} > \${el.clientWidth})\`);
      if (isCutDown && !isClamped) problems.push(\`cut at the foot without an ellipsis: \${describe(el)} (\${el.scrollHeight} > \${el.clientHeight})\`);
      const whole = el.closest('[title]')?.getAttribute('title') ?? el.closest('[aria-label]')?.getAttribute('aria-label');
      if (!letters(whole).includes(letters(el.textContent))) problems.push(\`cut, and its whole text is in no title: \${describe(el)}\`);
    }
    return problems;
})(${JSON.stringify(CUT_CHECKED)})`);
}

async function expectFits(page: Page, label: string): Promise<void> {
  const size = page.viewportSize();
  const name = `${size?.width ?? 0}-${label}`;
  await animationsSettled(page);
  await lookAt(page, `/tmp/layout-${name}.png`);
  // Soft: one run reports every screen that does not fit, not just the first.
  expect.soft(await layoutProblems(page), name).toEqual([]);
}

async function expectInView(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  const box = await target.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x >= 0 && box.x + box.width <= width, `${await target.textContent()} is inside the window`).toBe(true);
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
}

async function closeDialog(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

/** Opens a dialog with the button named, checks it fits, and closes it. */
async function dialogFits(page: Page, button: string | RegExp, label: string): Promise<void> {
  await page.getByRole('button', { name: button }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectFits(page, label);
  await closeDialog(page);
}

/** The touchpoint form with two decisions and two follow-ups; focusing a follow-up's "Due on" never scrolls the dialog sideways. */
async function touchpointDialogFits(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log touchpoint' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Log touchpoint' });
  for (let i = 0; i < 2; i += 1) {
    await dialog.getByRole('button', { name: '+ Add decision' }).click();
    await dialog.getByRole('button', { name: '+ Add follow-up' }).click();
  }
  await dialog.getByRole('group', { name: 'Follow-up 2' }).getByLabel('Due on').focus();
  await expectFits(page, 'touchpoint-dialog');
  const dueOn = dialog.getByRole('group', { name: 'Follow-up 2' }).getByLabel('Due on');
  const [box, frame] = await Promise.all([dueOn.boundingBox(), dialog.boundingBox()]);
  expect(box && frame && box.x + box.width <= frame.x + frame.width, 'the follow-up\'s "Due on" is whole inside the dialog').toBe(true);
  await closeDialog(page);
}

/** While a toast shows (the collapsed sidebar widens to hold it), the Portfolio still fits; Undo puts the row back. */
async function portfolioWithToastFits(page: Page): Promise<void> {
  const name = 'Tidewater Insights joint venture';
  await page.getByRole('button', { name: `Archive ${name}` }).click();
  const toast = page.locator('.toast').filter({ hasText: `Archived “${name}”` });
  await expect(toast).toBeVisible();
  await expectFits(page, 'portfolio-toast');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await page.locator('.toast').filter({ hasText: `Restored “${name}”` }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.toast')).toHaveCount(0);
}

async function workspaceFits(page: Page): Promise<void> {
  await openScreen(page, 'Portfolio');
  await page.getByRole('link', { name: 'Meridian distribution — South-East Asia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meridian distribution — South-East Asia' })).toBeVisible();
  await expectFits(page, 'overview');
  await openTab(page, 'Intent');
  await expectFits(page, 'intent');
  await page.getByRole('button', { name: /^(Edit draft v\d+|Start a new draft from v\d+)$/ }).click();
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page.getByRole('button', { name: 'Add a tradeoff' }).click();
  await expectFits(page, 'intent-editor');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await openTab(page, 'Stakeholders');
  await expectFits(page, 'stakeholders');
  await dialogFits(page, /^Add (a )?person/, 'person-dialog');
  await openTab(page, 'Cadences');
  await expectFits(page, 'cadences');
  await dialogFits(page, 'New cadence', 'cadence-dialog');
  await openTab(page, 'Touchpoints');
  await expectFits(page, 'touchpoints');
  await touchpointDialogFits(page);
  await openTab(page, 'Commitments');
  await expectFits(page, 'commitments');
  await dialogFits(page, 'New commitment', 'commitment-dialog');
  await openTab(page, 'Health');
  await expectFits(page, 'health');
  await dialogFits(page, 'Record a health check', 'health-dialog');
  for (const tab of ['Review', 'Activity']) {
    await openTab(page, tab);
    await expectFits(page, tab.toLowerCase());
  }
}

test.describe('the layout fits every window', () => {
  for (const size of SIZES) {
    test(`at ${size.width}×${size.height} every screen, tab and dialog fits without cutting what matters`, async ({ page }) => {
      test.slow();
      await page.clock.install({ time: NOW });
      await page.setViewportSize(size);
      await page.goto(APP_URL);
      await page.getByRole('button', { name: 'Load a sample portfolio' }).click();
      await expect(page.getByRole('list', { name: 'Ranked by urgency' })).toBeVisible();
      // The sample's toast goes first, so each screen is seen the same way in every run; a
      // screen with a toast showing is seen on its own below.
      await page.locator('.toasts').getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.locator('.toast')).toHaveCount(0);
      await expectFits(page, 'attention');

      await openScreen(page, 'Portfolio');
      await expect(page.getByRole('table')).toBeVisible();
      await expectInView(page, page.getByRole('button', { name: 'New partnership' }));
      await expectInView(page, page.getByRole('button', { name: 'Import CSV…' }));
      await expectFits(page, 'portfolio');
      await portfolioWithToastFits(page);
      await dialogFits(page, 'New partnership', 'partnership-dialog');
      await dialogFits(page, 'Import CSV…', 'import-dialog');

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quarterly roll-up' }).click();
      await expect(page.getByRole('table')).toBeVisible();
      await expectFits(page, 'rollup');
      if (size.width === 900) {
        // The narrowest main column: the sidebar expanded (as it also widens to hold a toast). Every column still in view.
        await page.getByRole('button', { name: 'Expand the sidebar' }).click();
        await expect(page.locator('.sidebar')).not.toHaveClass(/is-collapsed/);
        await expectFits(page, 'rollup-sidebar-expanded');
        await page.getByRole('button', { name: 'Collapse the sidebar' }).click();
        await expect(page.locator('.sidebar')).toHaveClass(/is-collapsed/);
      }
      await openScreen(page, 'Settings');
      await expectFits(page, 'settings');

      await workspaceFits(page);
      if (size.width === 900) {
        await openScreen(page, 'Attention');
        await expectNoSeriousViolations(page, 'attention at 900');
        await openScreen(page, 'Portfolio');
        await expectNoSeriousViolations(page, 'portfolio at 900');
      }
    });
  }
});

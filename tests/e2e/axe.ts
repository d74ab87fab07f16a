// The accessibility check every spec uses: axe over the page (or one part of it) finds no
// serious or critical violation. Each one is reported as a line naming where it was found.
// axe-core (the engine @axe-core/playwright uses) runs in the page itself, put there once per
// document: AxeBuilder's run opened a blank page for every scan to finish it in and put axe's
// 1.4 MB into both pages, ≈5 CPU-s a scan on these machines against ≈1 here. The rules, the
// options and the context are the ones AxeBuilder passed (the app has no frames to cross).
import axe from 'axe-core';
import type { Result } from 'axe-core';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { animationsSettled } from './helpers';

/** Serious and critical violations on the page, or only inside `include` (a CSS selector). */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // A string: this project's test files have no DOM types. A reload or a new page drops axe.
  if (!(await page.evaluate('typeof window.axe?.run === "function"'))) await page.evaluate(axe.source);
  // Colours are judged once they have settled: a toast still fading in reads as low contrast.
  await animationsSettled(page);
  const context = { include: include ? [include] : [], exclude: [] };
  const violations = (await page.evaluate(`axe.run(${JSON.stringify(context)}, {}).then((results) => results.violations)`)) as Result[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fails with every serious or critical violation, each prefixed with `label` (the screen). */
export async function expectNoSeriousViolations(page: Page, label = 'page', include?: string): Promise<void> {
  expect((await seriousViolations(page, include)).map((line) => `${label}: ${line}`)).toEqual([]);
}

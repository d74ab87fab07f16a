// The accessibility check every spec uses: axe over the page (or one part of it) finds no
// serious or critical violation. Each one is reported as a line naming where it was found.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Serious and critical violations on the page, or only inside `include` (a CSS selector). */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fails with every serious or critical violation, each prefixed with `label` (the screen). */
export async function expectNoSeriousViolations(page: Page, label = 'page', include?: string): Promise<void> {
  expect((await seriousViolations(page, include)).map((line) => `${label}: ${line}`)).toEqual([]);
}

// Attention at portfolio scale: the ranked list keeps about a screenful of rows in the DOM
// however many items there are, tells assistive technology each row's place, and scrolls
// to the last item; a filter narrows it. The 10x generated portfolio gives 61 items, shown
// grouped under their partnerships (the groups in the order of their most urgent items).
import { rankAttention } from '../../shared/attention';
import { groupByPartnership } from '../../renderer/src/attention/attentionGroups';
import { SCALES, generatePortfolio } from '../../shared/sample/portfolioGenerator';
import { APP_URL, expect, test } from './fixtures';
import { writeSnapshot } from './helpers';

const TODAY = '2027-01-14';
const snapshot = generatePortfolio({ ...SCALES['10x'], today: TODAY });
const ranked = rankAttention(snapshot, { now: `${TODAY}T12:00:00.000Z`, today: TODAY, healthCheckIntervalDays: 90 });
const grouped = groupByPartnership(ranked).flatMap((group) => group.items);

test('a long Attention list renders a screenful of rows, in order, down to the last item', async ({ page }) => {
  expect(ranked.length).toBeGreaterThan(40);
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
  await page.goto(`${APP_URL}#/attention`);
  await expect(page.getByRole('heading', { name: 'Attention', level: 1 })).toBeVisible();
  await writeSnapshot(page, snapshot);
  await page.reload();
  const list = page.getByRole('list', { name: 'Ranked by urgency' });
  const rows = list.getByRole('listitem');
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(ranked.length));
  await expect(rows.first()).toContainText(ranked[0]!.title);
  expect(await rows.count()).toBeLessThan(ranked.length);

  await page.keyboard.press('End');
  const last = grouped.at(-1)!;
  await expect(list.locator(`li[aria-posinset="${ranked.length}"]`)).toContainText(last.title);
  expect(await rows.count()).toBeLessThan(ranked.length);

  await page.keyboard.press('Home');
  await page.getByRole('button', { name: /^Renewal/ }).click();
  const renewals = ranked.filter((item) => item.reason === 'renewal');
  await expect(rows).toHaveCount(renewals.length);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(renewals.length));
});

// One perception-gap rule: the Health tab's gap table and the quarterly review's gap
// table, rendered from the same checks, call the same dimensions wide.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildQuarterlyReview } from '@shared/exports/quarterlyReview';
import { GAP_WORTH_ACTING, isWideGap, perceptionGap } from '@shared/health';
import { GapTable } from '../../../renderer/src/partnership/health/GapTable';
import { HealthSection } from '../../../renderer/src/partnership/review/HealthSection';
import { SEEDED_TODAY, seededPortfolio } from '../../support/seededPortfolio';

const snapshot = seededPortfolio();

/** The dimensions of the rows a rendered table marks with `className`, in order. */
function marked(html: string, className: string): string[] {
  const rows = html.match(/<tr[^>]*>.*?<\/tr>/g) ?? [];
  return rows.filter((row) => row.includes(`class="${className}"`)).map((row) => /<th scope="row">([^<]*)<\/th>/.exec(row)?.[1] ?? '');
}

describe('one perception-gap threshold', () => {
  it('a gap is wide from GAP_WORTH_ACTING points either way', () => {
    expect(isWideGap({ gap: GAP_WORTH_ACTING })).toBe(true);
    expect(isWideGap({ gap: -GAP_WORTH_ACTING })).toBe(true);
    expect(isWideGap({ gap: GAP_WORTH_ACTING - 1 })).toBe(false);
    expect(isWideGap({ gap: undefined })).toBe(false);
  });

  it('the Health tab and the review mark the same dimensions wide for every partnership', () => {
    const sizes = new Set<number>();
    for (const p of snapshot.partnerships) {
      const review = buildQuarterlyReview(snapshot, p.id, '2026-Q4', { edition: 'internal', now: SEEDED_TODAY });
      const checks = snapshot.healthChecks.filter((c) => c.partnershipId === p.id && !c.deletedAt && c.assessedOn <= review.health.gapAsOf);
      const rows = perceptionGap(checks);
      for (const r of rows) if (r.gap !== undefined) sizes.add(Math.abs(r.gap));
      const onHealthTab = marked(renderToStaticMarkup(<GapTable rows={rows} />), 'health-gap-wide');
      const inReview = marked(renderToStaticMarkup(<HealthSection review={review} />), 'review-gap-wide');
      expect(inReview, p.name).toEqual(onHealthTab);
    }
    // Not vacuous: the sample holds gaps on both sides of the threshold.
    expect([...sizes].some((s) => s >= GAP_WORTH_ACTING)).toBe(true);
    expect([...sizes].some((s) => s > 0 && s < GAP_WORTH_ACTING)).toBe(true);
  });
});

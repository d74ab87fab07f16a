// The partner-safe guarantee on screen: the Review tab's document and the intent summary's
// print view, rendered to HTML from the seeded portfolio, show no internal field in the
// partner edition, and do show what the partner shares (so an empty render cannot pass).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildQuarterlyReview } from '@shared/exports/quarterlyReview';
import { intentSummaryMarkdown } from '@shared/exports/intentSummary';
import { ReviewDocument } from '../../../renderer/src/partnership/review/ReviewDocument';
import { MarkdownView } from '../../../renderer/src/print/MarkdownView';
import { MARKER, SEEDED_TODAY, SHARED_SUMMARY_LINE, seededPortfolio } from '../../support/seededPortfolio';

const snapshot = seededPortfolio();
const QUARTERS = ['2026-Q3', '2026-Q4', '2027-Q1'];

/** The visible text of rendered HTML, attributes included (a title or label is on screen too). */
function text(html: string): string {
  return html.replace(/<[^>]*?(?:title|aria-label)="([^"]*)"[^>]*>/g, ' $1 ').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&');
}

describe('partner-safe on screen', () => {
  it.each(snapshot.partnerships.map((p) => [p.name, p.id] as const))('the partner Review of %s shows no internal field', (_name, id) => {
    for (const quarter of QUARTERS) {
      const partner = buildQuarterlyReview(snapshot, id, quarter, { edition: 'partner', now: SEEDED_TODAY });
      const shown = text(renderToStaticMarkup(<ReviewDocument review={partner} />));
      expect(shown, quarter).not.toContain(MARKER);
      expect(shown).toContain('Partner-safe: internal fields left out');
      expect(shown).toContain(partner.partnership.partnerOrg);
      for (const goal of partner.goals.rows) expect(shown).toContain(goal.statement);
      // The value section and the executive summary: shared fields show, internal lines do not.
      expect(shown).toContain('Executive summary');
      expect(shown).toContain('Joint pipeline');
      for (const e of partner.value.valueEvents) expect(shown).toContain(e.description);
      if (quarter !== '2026-Q3') expect(shown).toContain(SHARED_SUMMARY_LINE);
      expect(shown).not.toContain('[internal]');
    }
  });

  it('shows internal fields in the internal edition, so the check above is not vacuous', () => {
    const shown = snapshot.partnerships
      .map((p) => renderToStaticMarkup(<ReviewDocument review={buildQuarterlyReview(snapshot, p.id, '2026-Q4', { edition: 'internal', now: SEEDED_TODAY })} />))
      .join('');
    expect(shown).toContain(MARKER);
  });

  it.each(snapshot.partnerships.map((p) => [p.name, p.id] as const))('the intent summary print view of %s shows no internal field', (name, id) => {
    const shown = text(renderToStaticMarkup(<MarkdownView markdown={intentSummaryMarkdown(snapshot, id, { edition: 'partner' })} />));
    expect(shown).not.toContain(MARKER);
    expect(shown).not.toMatch(/weight/i);
    expect(shown).toContain(name);
  });
});

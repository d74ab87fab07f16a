import { describe, expect, it } from 'vitest';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import { intentSummaryMarkdown } from '@shared/exports/intentSummary';

const snapshot = samplePortfolio('2027-01-14');
const first = snapshot.partnerships[0]!;

describe('intentSummaryMarkdown', () => {
  it('shows the latest agreed charter with its agreement line', () => {
    const md = intentSummaryMarkdown(snapshot, first.id, { edition: 'partner' });
    expect(md).toMatch(/^# Skyline Cloud co-sell — North America — partnership charter\n\n\*\*Partner edition\*\*/);
    expect(md).toMatch(/\nVersion \d+, agreed on /);
    expect(md).toContain('## Purpose');
    expect(md).not.toContain('## Non-negotiables');
    expect(md).not.toContain('## Internal notes');
  });

  it('shows tradeoff weights and internal sections only in the internal edition', () => {
    const withTradeoffs = { ...snapshot, intentVersions: snapshot.intentVersions.map((v) => ({ ...v, nonNegotiables: 'No exclusivity.', internalNotes: 'Keep pricing flexible.', tradeoffs: [{ term: 'Pricing', weightUs: 4, weightThem: 2, agreedPosition: 'List price' }] })) };
    const internal = intentSummaryMarkdown(withTradeoffs, first.id, { edition: 'internal' });
    const partner = intentSummaryMarkdown(withTradeoffs, first.id, { edition: 'partner' });
    expect(internal).toContain('**Internal — do not share**');
    expect(internal).toContain('| Pricing | List price | 4 | 2 |');
    expect(internal).toContain('## Non-negotiables\n\nNo exclusivity.');
    expect(internal).toContain('## Internal notes\n\nKeep pricing flexible.');
    expect(partner).toContain('| Pricing | List price |');
    expect(partner).not.toMatch(/weight|No exclusivity|Keep pricing/i);
  });

  it('falls back to the newest draft, marked as a draft', () => {
    const drafts = { ...snapshot, intentVersions: snapshot.intentVersions.map((v) => ({ ...v, status: 'draft' as const })) };
    const md = intentSummaryMarkdown(drafts, first.id, { edition: 'partner' });
    const newest = Math.max(...snapshot.intentVersions.filter((v) => v.partnershipId === first.id).map((v) => v.version));
    expect(md).toContain(`**Draft** — version ${newest}, not yet agreed by both sides.`);
  });

  it('says so when there is no charter', () => {
    const none = { ...snapshot, intentVersions: [] };
    expect(intentSummaryMarkdown(none, first.id, { edition: 'partner' })).toContain('No charter has been written yet.');
  });
});

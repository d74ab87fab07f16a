import { describe, expect, it } from 'vitest';
import type { Edition } from '@shared/exports/partnerSafe';
import { buildQuarterlyReview } from '@shared/exports/quarterlyReview';
import { portfolioRollupMarkdown, quarterlyReviewMarkdown } from '@shared/exports/reviewMarkdown';
import { buildPortfolioRollup } from '@shared/exports/portfolioRollup';
import { RATES, VP, valueSnapshot } from '../../../support/valueReviewFixture';

// As at the end of 20 Feb 2027: the March measurement and the March win come later.
const NOW = '2027-02-20';
const review = (edition: Edition, options: Parameters<typeof valueSnapshot>[0] = {}) =>
  buildQuarterlyReview(valueSnapshot(options), VP, '2027-Q1', { edition, now: NOW, zone: 'UTC', value: { currency: 'USD', rates: RATES } });

describe('the review’s value section', () => {
  it('assesses each goal as at the review’s moment, ignoring measurements after it', () => {
    const [pipe, nps] = review('internal').value.goals;
    expect(pipe).toMatchObject({ goalId: 'g-pipe', latest: { value: 8, asOf: '2027-02-10' }, progress: 0.2, status: 'on track' });
    expect(pipe!.measurements.map((m) => m.asOf)).toEqual(['2027-01-10', '2027-02-10']);
    expect(nps).toMatchObject({ goalId: 'g-nps', latest: { value: 13 }, status: 'off track' });
    expect(nps!.projected).toBeCloseTo(12 + 176 / 31, 5);
  });

  it('counts and converts created, won and lost by source this quarter against the previous one', () => {
    const { pipeline } = review('internal').value;
    const row = (source: string) => pipeline.rows.find((r) => r.source === source)!;
    expect(pipeline.current).toEqual({ first: '2027-01-01', last: '2027-02-20' });
    expect(pipeline.previousQuarter).toBe('2026-Q4');
    expect(row('joint').current.won).toEqual({ count: 1, amount: 120_000 });
    // 10,000 EUR at 1.1 on its closing day.
    expect(row('partner').current.won.amount).toBeCloseTo(11_000, 6);
    expect(row('all').current.won.count).toBe(2);
    expect(row('all').current.won.amount).toBeCloseTo(131_000, 6);
    // The GBP deal has no rate: counted, not added, and named.
    expect(row('us').current.created).toEqual({ count: 2, amount: 999_000 });
    expect(pipeline.missingRates).toEqual([{ from: 'GBP', to: 'USD', day: '2027-02-02' }]);
    expect(row('all').previous).toEqual({ created: { count: 2, amount: 70_000 }, won: { count: 1, amount: 50_000 }, lost: { count: 1, amount: 20_000 } });
  });

  it('lists the quarter’s won deals, largest first, and its value events', () => {
    const { wonDeals, valueEvents } = review('internal').value;
    expect(wonDeals.map((d) => d.account)).toEqual(['Acct account o3', 'Acct account o4']);
    expect(valueEvents).toEqual([
      { occurredOn: '2027-01-25', kind: 'reference won', description: 'Globex spoke at our summit' },
      { occurredOn: '2027-02-03', kind: 'cost saved', description: 'Shared lab', amount: 7_777, currency: 'USD' },
    ]);
  });

  it('keeps amounts, accounts and missing rates out of the partner edition unless the partnership shares them', () => {
    const hidden = review('partner').value;
    expect(hidden.showsAmounts).toBe(false);
    expect(hidden.pipeline.rows.find((r) => r.source === 'all')!.current.won).toEqual({ count: 2 });
    expect(hidden.wonDeals).toEqual([]);
    expect(hidden.pipeline.missingRates).toEqual([]);
    expect(hidden.valueEvents.every((e) => e.amount === undefined)).toBe(true);
    const shared = review('partner', { share: true }).value;
    expect(shared.showsAmounts).toBe(true);
    expect(shared.wonDeals.map((d) => d.account)).toEqual(['Acct account o3', 'Acct account o4']);
    // Value event amounts stay internal whatever the opportunity setting.
    expect(shared.valueEvents.every((e) => e.amount === undefined)).toBe(true);
  });

  it('writes the value section into the Markdown, naming a missing rate', () => {
    const md = quarterlyReviewMarkdown(review('internal'));
    expect(md).toContain('## Value');
    expect(md).toContain('| Joint pipeline of 40 deals | 8 (10 Feb 2027) | 40 | 31 Dec 2027 | 20% | on track |');
    expect(md).toContain('| Joint | 1 · $120,000 | 1 · $120,000 | 0 · $0 | 1 · $50,000 | 1 · $50,000 | 0 · $0 |');
    expect(md).toContain('No exchange rate for GBP to USD (needed from 2 Feb 2027)');
    expect(md).toContain('| Acct account o4 | €10,000 | $11,000 | Sourced by the partner | 12 Feb 2027 |');
    expect(md).not.toContain('Late count');
  });
});

describe('the executive summary', () => {
  it('drafts wins, risks and asks from the data, marking internal facts', () => {
    const { summary } = review('internal');
    expect(summary.isSaved).toBe(false);
    expect(summary.text.wins.split('\n')).toEqual([
      '2 deals won this quarter (1 sourced by the partner, 1 joint).',
      '[internal] Won $131,000 in total.',
      '[internal] Won Acct account o3: $120,000, joint, on 1 Feb 2027.',
      '[internal] Won Acct account o4: €10,000 ($11,000), sourced by the partner, on 12 Feb 2027.',
      'On track: Joint pipeline of 40 deals (8 of 40).',
      'Globex spoke at our summit (reference won, 25 Jan 2027).',
      'Shared lab (cost saved, 3 Feb 2027).',
    ]);
    expect(summary.text.risks.split('\n')).toEqual(['Off track: Partner NPS at 50: projected 17.68 against 50 by 30 Jun 2027.', 'Our health score fell from 4.0 to 3.0.']);
    expect(summary.text.asks).toBe('Deliver “Send the joint case study”, due 10 Feb 2027.');
    expect(summary.draft).toEqual(summary.text);
  });

  it('drafts the partner edition without the internal lines, and never offers it the draft', () => {
    const { summary } = review('partner', { marker: 'SECRET-MARKER' });
    expect(summary.draft).toBeUndefined();
    expect(summary.text.wins).not.toContain('SECRET-MARKER');
    expect(summary.text.wins).not.toContain('[internal]');
    expect(summary.text.wins.split('\n')[0]).toBe('2 deals won this quarter (1 sourced by the partner, 1 joint).');
    expect(quarterlyReviewMarkdown(review('partner', { marker: 'SECRET-MARKER' }))).not.toContain('SECRET-MARKER');
  });

  it('leaves deal lines unmarked when the partnership shares its amounts', () => {
    const { summary } = review('partner', { share: true });
    expect(summary.text.wins).toContain('Won Acct account o3: $120,000, joint, on 1 Feb 2027.');
    expect(summary.text.wins).not.toContain('[internal]');
  });

  it('shows the saved text instead of the draft, and drops its internal lines from the partner edition', () => {
    const saved = { wins: 'Signed the reseller deal\n[Internal] margin 12%', risks: '- [internal] churn risk at Initech\nHiring freeze', asks: 'Two more solution architects', updatedAt: '2027-02-18T09:00:00.000Z' };
    const internal = review('internal', { summary: saved }).summary;
    expect(internal).toMatchObject({ isSaved: true, savedAt: '2027-02-18T09:00:00.000Z', text: { wins: saved.wins, risks: saved.risks, asks: saved.asks } });
    expect(internal.draft?.wins).toContain('2 deals won this quarter');
    const partner = review('partner', { summary: saved }).summary;
    expect(partner.text).toEqual({ wins: 'Signed the reseller deal', risks: 'Hiring freeze', asks: 'Two more solution architects' });
    const md = quarterlyReviewMarkdown(review('partner', { summary: saved }));
    expect(md).toContain('## Executive summary');
    expect(md).toContain('- Signed the reseller deal');
    expect(md).not.toMatch(/margin 12%|churn risk/);
  });
});

describe('the roll-up’s money', () => {
  it('adds won in the quarter and the pipeline open as at the moment per partnership and in total, naming missing rates', () => {
    const rollup = buildPortfolioRollup(valueSnapshot(), '2027-Q1', NOW, 'UTC', undefined, { currency: 'USD', rates: RATES });
    const [row] = rollup.rows;
    expect(row!.won).toMatchObject({ count: 2, unconverted: 0 });
    expect(row!.won.amount).toBeCloseTo(131_000, 6);
    // The deal won on 15 March was still open on 20 February; the GBP one has no rate.
    expect(row!.pipeline).toMatchObject({ amount: 999_000, count: 1, unconverted: 1, missingRates: [{ from: 'GBP', to: 'USD', day: '2027-02-20' }] });
    expect(rollup.totals.won.amount).toBeCloseTo(131_000, 6);
    expect(rollup.totals.missingRates.map((m) => m.from)).toEqual(['GBP']);
    const md = portfolioRollupMarkdown(rollup);
    expect(md).toContain('| Won (USD) | Open pipeline (USD) |');
    expect(md).toContain('| 31 Dec 2027 | $131,000 | $999,000 (+1 without a rate) |'.replace('31 Dec 2027', '—'));
    expect(md).toContain('| Total |');
    expect(md).toContain('No exchange rate for GBP to USD (needed from 20 Feb 2027)');
  });
});

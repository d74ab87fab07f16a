// THE partner-safe guarantee (DESIGN.md principle 3): every internal field of every record
// is seeded with a unique marker, every partner-edition output is built, and no marker
// may appear in any of them.
import { describe, expect, it } from 'vitest';
import { DECISION_VISIBILITY } from '@shared/domain';
import { buildQuarterlyReview } from '@shared/exports/quarterlyReview';
import { quarterlyReviewMarkdown } from '@shared/exports/reviewMarkdown';
import { intentSummaryMarkdown } from '@shared/exports/intentSummary';
import { commitmentsCsv } from '@shared/exports/commitmentsCsv';
import { pickShared } from '@shared/exports/partnerSafe';
import { buildMeetingRecap, meetingRecapMarkdown, meetingRecapText } from '@shared/exports/meetingRecap';
import type { BriefTarget } from '@shared/brief/records';
import { buildBrief } from '@shared/brief/brief';
import { briefMarkdown } from '@shared/exports/briefMarkdown';
import { briefIcs } from '@shared/exports/briefCalendar';
import { MARKER, SHARED_SUMMARY_LINE, markerSource, seededPortfolio, withMeetingLinks } from '../../../support/seededPortfolio';

const markers = markerSource();
const snapshot = seededPortfolio(markers);
const QUARTERS = ['2026-Q3', '2026-Q4', '2027-Q1'];
const NOW = '2027-01-14T12:00:00.000Z';

// A recap finds a meeting's decisions and follow-ups by their (internal) links to it.
const linked = withMeetingLinks(snapshot);

function recapOutputs(edition: 'internal' | 'partner', out: Map<string, string>): void {
  for (const t of linked.touchpoints) {
    const recap = buildMeetingRecap(linked, t.id, { edition, ourName: 'Northwind' });
    if (!recap) continue;
    out.set(`recap model ${t.id}`, JSON.stringify(recap));
    out.set(`recap ${t.id}`, meetingRecapMarkdown(recap));
    out.set(`recap text ${t.id}`, meetingRecapText(recap));
  }
}

function outputs(edition: 'internal' | 'partner'): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of snapshot.partnerships) {
    for (const quarter of QUARTERS) {
      const review = buildQuarterlyReview(snapshot, p.id, quarter, { edition, now: NOW });
      out.set(`review model ${p.name} ${quarter}`, JSON.stringify(review));
      out.set(`review ${p.name} ${quarter}`, quarterlyReviewMarkdown(review));
    }
    out.set(`intent ${p.name}`, intentSummaryMarkdown(snapshot, p.id, { edition }));
    out.set(`commitments ${p.name}`, commitmentsCsv(snapshot, { partnershipId: p.id, edition, now: NOW }));
  }
  for (const prep of snapshot.meetingPreps) {
    const target: BriefTarget = prep.cadenceId ? { kind: 'cadence', cadenceId: prep.cadenceId, occurrence: prep.occurrence } : { kind: 'adhoc', prepId: prep.id };
    const brief = buildBrief(snapshot, { partnershipId: prep.partnershipId, now: NOW, zone: 'Europe/London' }, target, edition);
    if (!brief) throw new Error(`No brief for ${prep.id}`);
    out.set(`brief model ${prep.id}`, JSON.stringify(brief));
    out.set(`brief ${prep.id}`, briefMarkdown(brief));
    out.set(`brief calendar ${prep.id}`, briefIcs(brief, NOW));
  }
  out.set('commitments all', commitmentsCsv(snapshot, { edition, now: NOW }));
  recapOutputs(edition, out);
  return out;
}

describe('partner-safe exports', () => {
  it('seeded a marker into internal fields of every kind of record', () => {
    expect(markers.count()).toBeGreaterThan(snapshot.partnerships.length * 2 + snapshot.decisions.length + snapshot.healthChecks.length);
    expect(snapshot.partnerships.every((p) => p.status.startsWith(MARKER) && p.tags.every((t) => t.startsWith(MARKER)))).toBe(true);
    expect(snapshot.commitments.every((c) => c.source.startsWith(MARKER))).toBe(true);
    expect(snapshot.intentVersions.some((v) => v.tradeoffs.length > 0)).toBe(true);
    expect(snapshot.meetingPreps.filter((p) => p.cadenceId !== '').length).toBeGreaterThan(0);
    expect(snapshot.meetingPreps.every((p) => p.notes.startsWith(MARKER))).toBe(true);
    expect(snapshot.opportunities.length).toBeGreaterThan(0);
    expect(snapshot.opportunities.every((o) => [o.account, o.currency, o.owner, o.externalId].every((f) => f.startsWith(MARKER)))).toBe(true);
    expect(snapshot.valueEvents.some((e) => e.amount !== undefined && e.currency.startsWith(MARKER))).toBe(true);
    expect(snapshot.reviewSummaries.every((r) => r.wins.includes(MARKER) && r.risks.includes(MARKER))).toBe(true);
  });

  it('shows the shared value fields and the summary’s shared lines in the partner edition of the review', () => {
    for (const p of snapshot.partnerships) {
      const review = buildQuarterlyReview(snapshot, p.id, '2027-Q1', { edition: 'partner', now: NOW });
      const md = quarterlyReviewMarkdown(review);
      expect(md).toContain(`${SHARED_SUMMARY_LINE} of ${p.name}`);
      expect(md).toContain('Two more solution architects');
      for (const g of review.value.goals) expect(md).toContain(g.statement);
      for (const n of review.value.goals.flatMap((g) => g.measurements.map((m) => m.note)).filter(Boolean)) expect(md).toContain(n);
      for (const e of review.value.valueEvents) expect(md).toContain(e.description);
    }
    // Some partnership measured a goal, had deals and value events in the quarters checked: not vacuous.
    const all = snapshot.partnerships.flatMap((p) => QUARTERS.map((q) => buildQuarterlyReview(snapshot, p.id, q, { edition: 'partner', now: NOW }).value));
    expect(all.some((v) => v.goals.some((g) => g.measurements.length > 0))).toBe(true);
    expect(all.some((v) => v.pipeline.rows.some((r) => r.current.created.count > 0))).toBe(true);
    expect(all.some((v) => v.valueEvents.length > 0)).toBe(true);
  });

  it('builds recaps of meetings that took decisions and agreed follow-ups, so their check is not vacuous', () => {
    const recaps = linked.touchpoints.flatMap((t) => buildMeetingRecap(linked, t.id, { edition: 'partner' }) ?? []);
    expect(recaps.length).toBe(linked.touchpoints.length);
    expect(recaps.filter((r) => r.decisions.length > 0).length).toBeGreaterThan(3);
    expect(recaps.filter((r) => r.sides.length > 0).length).toBeGreaterThan(3);
  });

  it('lets no internal field reach any partner-edition output', () => {
    const partner = outputs('partner');
    expect(partner.size).toBeGreaterThan(20);
    for (const [name, text] of partner) {
      expect(text, name).not.toContain(MARKER);
      expect(text, name).not.toMatch(/weight/i);
    }
  });

  it('does carry internal fields in the internal edition, so the check above is not vacuous', () => {
    const internal = [...outputs('internal').values()].join('\n');
    expect(internal).toContain(MARKER);
    expect(internal).toMatch(/Weight \(us\)/);
    for (const field of ['status', 'internal notes', 'rationale', 'source', 'preparation notes (internal)']) expect(internal.toLowerCase()).toContain(field);
  });

  it('copies only the fields a visibility map calls shared', () => {
    const decision = snapshot.decisions[0]!;
    expect(Object.keys(pickShared(decision, DECISION_VISIBILITY)).sort()).toEqual(['decidedOn', 'partnershipId', 'statement']);
  });
});

// The partner-safe guarantee's test data (DESIGN.md principle 3): the sample portfolio
// with every internal field of every record replaced by a unique marker, and tradeoff
// weights set to values a partner output must never show. Shared by the unit marker test
// (tests/unit) and the PDF test (tests/e2e), so both look for the same markers.
// Relative imports only: Playwright's loader and Vitest both resolve them the same way.
import type { MeetingPrep, MeetingPrepId, PortfolioSnapshot, ReviewSummary, ReviewSummaryId, Visibility } from '../../shared/domain';
import { nextDue } from '../../shared/cadenceSchedule';
import {
  CADENCE_VISIBILITY,
  COMMITMENT_VISIBILITY,
  DECISION_VISIBILITY,
  HEALTH_VISIBILITY,
  INTENT_VISIBILITY,
  OPPORTUNITY_VISIBILITY,
  PARTNERSHIP_VISIBILITY,
  VALUE_EVENT_VISIBILITY,
  STAKEHOLDER_VISIBILITY,
  TOUCHPOINT_VISIBILITY,
} from '../../shared/domain';
import { samplePortfolio } from '../../shared/sample/portfolioGenerator';

export const MARKER = 'INTERNAL-MARKER-';

/** The day the seeded portfolio is generated for. */
export const SEEDED_TODAY = '2027-01-14';

/** Hands out fresh markers; one per seeded portfolio, so markers are unique within it. */
export function markerSource(): { next: () => string; count: () => number } {
  let serial = 0;
  return { next: () => `${MARKER}${++serial}`, count: () => serial };
}

/** Every internal text or list field of `record` replaced with fresh markers. */
export function seed<T extends object>(record: T, map: Readonly<Record<string, Visibility>>, marker: () => string): T {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [key, visibility] of Object.entries(map)) {
    if (visibility !== 'internal') continue;
    const value = copy[key];
    if (typeof value === 'string' || value === undefined) copy[key] = marker();
    else if (Array.isArray(value)) copy[key] = [marker(), marker()];
  }
  return copy as T;
}

/** The sample portfolio of SEEDED_TODAY with every internal field seeded; `markers` counts what was seeded. */
export function seededPortfolio(markers = markerSource()): PortfolioSnapshot {
  const s = samplePortfolio(SEEDED_TODAY);
  const m = markers.next;
  return {
    ...s,
    partnerships: s.partnerships.map((p) => seed(p, PARTNERSHIP_VISIBILITY, m)),
    // Distinctive weights: the partner outputs must not show any weight at all.
    intentVersions: s.intentVersions.map((v) => ({ ...seed(v, INTENT_VISIBILITY, m), tradeoffs: v.tradeoffs.map((t) => ({ ...t, weightUs: 5, weightThem: 1 })) })),
    stakeholders: s.stakeholders.map((x) => seed(x, STAKEHOLDER_VISIBILITY, m)),
    cadences: s.cadences.map((c) => seed(c, CADENCE_VISIBILITY, m)),
    occurrences: s.occurrences.map((o) => ({ ...o, note: m() })),
    touchpoints: s.touchpoints.map((t) => seed(t, TOUCHPOINT_VISIBILITY, m)),
    decisions: s.decisions.map((d) => seed(d, DECISION_VISIBILITY, m)),
    commitments: s.commitments.map((c) => seed(c, COMMITMENT_VISIBILITY, m)),
    healthChecks: s.healthChecks.map((h) => seed(h, HEALTH_VISIBILITY, m)),
    meetingPreps: seededPreps(s, m),
    // An opportunity's account, currency, owner and external id; a value event's currency (its amount is a number, kept).
    opportunities: s.opportunities.map((o) => seed(o, OPPORTUNITY_VISIBILITY, m)),
    valueEvents: s.valueEvents.map((e) => ({ ...seed(e, VALUE_EVENT_VISIBILITY, m), amount: e.amount })),
    reviewSummaries: seededSummaries(s, m),
  };
}

/** The line of each partnership's saved 2027-Q1 summary that a partner edition must show. */
export const SHARED_SUMMARY_LINE = 'Shared summary line';

/** A saved 2026-Q4 and 2027-Q1 executive summary per partnership: a shared line and, marked internal, markers. */
function seededSummaries(s: PortfolioSnapshot, m: () => string): ReviewSummary[] {
  const stamp = { createdAt: `${SEEDED_TODAY}T08:00:00.000Z`, updatedAt: `${SEEDED_TODAY}T08:00:00.000Z` };
  return ['2026-Q4', '2027-Q1'].flatMap((quarter) => s.partnerships.map((p, i) => ({
    ...stamp,
    id: `summary-${quarter}-${i}` as ReviewSummaryId,
    partnershipId: p.id,
    quarter,
    wins: `${SHARED_SUMMARY_LINE} of ${p.name}\n[internal] ${m()}`,
    risks: `- [Internal] ${m()}`,
    asks: 'Two more solution architects',
  })));
}

/**
 * The seeded portfolio with the (internal) links that tie decisions and follow-ups to the
 * meeting they came from put back from the unseeded sample, so a meeting recap, which finds
 * them by those links, has something to show; every other internal field stays a marker.
 */
export function withMeetingLinks(seeded: PortfolioSnapshot): PortfolioSnapshot {
  const links = samplePortfolio(SEEDED_TODAY);
  return {
    ...seeded,
    decisions: seeded.decisions.map((d, i) => ({ ...d, touchpointId: links.decisions[i]!.touchpointId })),
    commitments: seeded.commitments.map((c, i) => ({ ...c, source: links.commitments[i]!.source, sourceId: links.commitments[i]!.sourceId })),
  };
}

/**
 * Each partnership's preparations: one for its first fixed cadence's next meeting and one
 * ad-hoc meeting, private notes seeded. Their keys (cadence, instant) stay real so a brief
 * finds them; the agenda is shared, so it holds plain text.
 */
function seededPreps(s: PortfolioSnapshot, marker: () => string): MeetingPrep[] {
  const stamp = { createdAt: `${SEEDED_TODAY}T08:00:00.000Z`, updatedAt: `${SEEDED_TODAY}T08:00:00.000Z` };
  return s.partnerships.flatMap((p, i) => {
    const cadence = s.cadences.find((c) => c.partnershipId === p.id && c.mode === 'fixed' && c.status === 'active');
    const next = cadence && nextDue(cadence, s.occurrences, s.touchpoints, `${SEEDED_TODAY}T12:00:00.000Z`);
    const base = { ...stamp, partnershipId: p.id, title: '', agenda: ['Pipeline review', 'Open actions'] };
    const adHoc = { ...base, id: `prep-adhoc-${i}` as MeetingPrepId, cadenceId: '', occurrence: `${SEEDED_TODAY}T15:00:00.000Z`, title: 'Escalation call', notes: marker() };
    const ofCadence = cadence && next?.mode === 'fixed' ? [{ ...base, id: `prep-${i}` as MeetingPrepId, cadenceId: cadence.id, occurrence: next.occurrence, notes: marker() }] : [];
    return [...ofCadence, adHoc];
  });
}

/** Text with all whitespace removed: a marker or a name broken across PDF lines still matches. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

// A few partnerships of a generated portfolio with every record of theirs: the 10x run steps
// different fifths of the portfolio in each zone, so a year of steps stays within the unit
// suite's budget while the variety of the generated portfolio (rules, zones, states) is kept.
import type { PortfolioSnapshot } from '@shared/domain';

export function partnershipsOf(snapshot: PortfolioSnapshot, keep: (index: number) => boolean): PortfolioSnapshot {
  const ids = new Set(snapshot.partnerships.filter((_, i) => keep(i)).map((p) => p.id as string));
  const own = <T extends { readonly partnershipId: string }>(list: readonly T[]) => list.filter((r) => ids.has(r.partnershipId));
  return {
    partnerships: snapshot.partnerships.filter((p) => ids.has(p.id)),
    intentVersions: own(snapshot.intentVersions),
    stakeholders: own(snapshot.stakeholders),
    cadences: own(snapshot.cadences),
    occurrences: own(snapshot.occurrences),
    touchpoints: own(snapshot.touchpoints),
    decisions: own(snapshot.decisions),
    commitments: own(snapshot.commitments),
    healthChecks: own(snapshot.healthChecks),
    goalMeasurements: own(snapshot.goalMeasurements),
    opportunities: own(snapshot.opportunities),
    valueEvents: own(snapshot.valueEvents),
    reviewSummaries: own(snapshot.reviewSummaries),
    meetingPreps: own(snapshot.meetingPreps),
    activity: [],
  };
}

// A whole portfolio as plain arrays, one per table: what a backup holds, what the
// exports and the command line read, and what the sample generator writes.
import type { Activity } from './activity';
import type { Cadence, OccurrenceRecord } from './cadence';
import type { Commitment } from './commitment';
import type { HealthCheck } from './health';
import type { IntentVersion } from './intent';
import type { MeetingPrep } from './meetingPrep';
import type { ReviewSummary } from './reviewSummary';
import type { Partnership } from './partnership';
import type { Stakeholder } from './stakeholder';
import type { Decision, Touchpoint } from './touchpoint';
import type { GoalMeasurement, Opportunity, ValueEvent } from './value';

export interface PortfolioSnapshot {
  readonly partnerships: Partnership[];
  readonly intentVersions: IntentVersion[];
  readonly stakeholders: Stakeholder[];
  readonly cadences: Cadence[];
  readonly occurrences: OccurrenceRecord[];
  readonly touchpoints: Touchpoint[];
  readonly decisions: Decision[];
  readonly commitments: Commitment[];
  readonly healthChecks: HealthCheck[];
  /** Meeting preparations (agenda and notes), schema version 8; absent from older backups. */
  readonly meetingPreps: MeetingPrep[];
  readonly goalMeasurements: GoalMeasurement[];
  readonly opportunities: Opportunity[];
  readonly valueEvents: ValueEvent[];
  /** Executive summaries saved with a quarterly review, schema version 10; absent from older backups. */
  readonly reviewSummaries: ReviewSummary[];
  readonly activity: Activity[];
}

/** Every table that holds records of a partnership (all carry partnershipId), besides the activity log. */
export const PARTNERSHIP_CHILD_TABLES = [
  'intentVersions',
  'stakeholders',
  'cadences',
  'occurrences',
  'touchpoints',
  'decisions',
  'commitments',
  'healthChecks',
  'meetingPreps',
  'goalMeasurements',
  'opportunities',
  'valueEvents',
  'reviewSummaries',
] as const satisfies readonly (keyof PortfolioSnapshot)[];

export function emptyPortfolioSnapshot(): PortfolioSnapshot {
  return { partnerships: [], intentVersions: [], stakeholders: [], cadences: [], occurrences: [], touchpoints: [], decisions: [], commitments: [], healthChecks: [], meetingPreps: [], goalMeasurements: [], opportunities: [], valueEvents: [], reviewSummaries: [], activity: [] };
}

export function countRecords(s: PortfolioSnapshot): number {
  return (
    s.partnerships.length +
    s.intentVersions.length +
    s.stakeholders.length +
    s.cadences.length +
    s.occurrences.length +
    s.touchpoints.length +
    s.decisions.length +
    s.commitments.length +
    s.healthChecks.length +
    s.meetingPreps.length +
    s.goalMeasurements.length +
    s.opportunities.length +
    s.valueEvents.length +
    s.reviewSummaries.length +
    s.activity.length
  );
}

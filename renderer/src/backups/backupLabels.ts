// What a backup holds, in words: a label per table and a one-line count summary.
import type { BackupSummary, BackupTable } from '@shared/backup/format';

export const TABLE_LABELS: Readonly<Record<BackupTable, string>> = {
  partnerships: 'Partnerships',
  intentVersions: 'Intent versions',
  stakeholders: 'Stakeholders',
  cadences: 'Cadences',
  occurrences: 'Marked meetings',
  touchpoints: 'Touchpoints',
  decisions: 'Decisions',
  commitments: 'Commitments',
  healthChecks: 'Health checks',
  goalMeasurements: 'Goal measurements',
  opportunities: 'Opportunities',
  valueEvents: 'Value events',
  exchangeRates: 'Exchange rates',
  meetingPreps: 'Meeting preparations',
  reviewSummaries: 'Review summaries',
  activity: 'Activity entries',
  reminders: 'Reminder records',
  settings: 'Settings',
};

/** The kinds a person counts, in the order they think of them. */
const HEADLINE: readonly (readonly [BackupTable, string, string])[] = [
  ['partnerships', 'partnership', 'partnerships'],
  ['stakeholders', 'stakeholder', 'stakeholders'],
  ['cadences', 'cadence', 'cadences'],
  ['commitments', 'commitment', 'commitments'],
  ['touchpoints', 'touchpoint', 'touchpoints'],
  ['healthChecks', 'health check', 'health checks'],
];

/** "7 partnerships, 31 stakeholders, 1 cadence, …" (kinds with none left out; "no partnerships" when empty). */
export function describeCounts(summary: BackupSummary): string {
  const parts = HEADLINE.filter(([table]) => summary[table] > 0).map(([table, one, many]) => `${summary[table]} ${summary[table] === 1 ? one : many}`);
  return parts.length > 0 ? parts.join(', ') : 'no partnerships';
}

/** At most this many record-level problems are listed; the rest are counted. */
export const SHOWN_ERRORS = 5;

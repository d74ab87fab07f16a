// What `npm run bench` measures, in report order. Keys are the page's operation names
// (renderer/bench/benchApi.ts) or derived values the runner adds.
import type { OperationInfo } from './stats';

export const OPERATIONS: readonly OperationInfo[] = [
  { key: 'loadRaw', label: 'Bulk load, raw IndexedDB baseline', unit: 'ms' },
  { key: 'loadRepository', label: 'Bulk load through the repositories', unit: 'ms' },
  { key: 'loadRatio', label: 'Repositories / raw baseline', unit: 'x' },
  { key: 'rebuildExcerpts', label: 'Every excerpt rebuilt and stored (after an import or restore)', unit: 'ms' },
  { key: 'attentionQuery', label: 'Attention ranking query, cold (excerpts stored)', unit: 'ms' },
  { key: 'attentionQueryWarm', label: 'Attention ranking query, warm', unit: 'ms' },
  { key: 'portfolioQuery', label: 'Portfolio query, cold', unit: 'ms' },
  { key: 'portfolioQueryWarm', label: 'Portfolio query, warm', unit: 'ms' },
  { key: 'renderAttentionCold', label: 'Attention first render, cold (first screen after start)', unit: 'ms' },
  { key: 'renderAttention', label: 'Attention first render (navigating to it)', unit: 'ms' },
  { key: 'renderPortfolioCold', label: 'Portfolio first render, cold', unit: 'ms' },
  { key: 'renderPortfolio', label: 'Portfolio first render (navigating to it)', unit: 'ms' },
  { key: 'openPartnership', label: 'Open a partnership (busiest)', unit: 'ms' },
  { key: 'editPortfolio', label: 'Edit round trip, on the Portfolio', unit: 'ms' },
  { key: 'editWorkspace', label: 'Edit round trip, in the workspace', unit: 'ms' },
  { key: 'editAttention', label: 'Edit round trip, on Attention (a commitment renamed)', unit: 'ms' },
  { key: 'quarterlyReview', label: 'Quarterly review build', unit: 'ms' },
  { key: 'reminderTexts', label: 'Notification centre: 200 reminder texts and times', unit: 'ms' },
  { key: 'exportBackup', label: 'Full backup export', unit: 'ms' },
  { key: 'backupMb', label: 'Backup file size', unit: 'MB' },
  { key: 'parseBackup', label: 'Backup validation (parse)', unit: 'ms' },
  { key: 'restoreBackup', label: 'Full restore (parse + replace)', unit: 'ms' },
  { key: 'portfolioRows', label: 'Portfolio rows in the DOM', unit: 'count' },
  { key: 'attentionItems', label: 'Attention items', unit: 'count' },
  { key: 'attentionRows', label: 'Attention rows in the DOM', unit: 'count' },
  { key: 'peakHeapMb', label: 'Peak JS heap', unit: 'MB' },
];

/** Timed page operations that resolve with plain milliseconds, in the order each run performs them after the loads. */
export const TIMED_IN_ORDER = [
  'rebuildExcerpts',
  'attentionQuery',
  'attentionQueryWarm',
  'portfolioQuery',
  'portfolioQueryWarm',
  'renderAttentionCold',
  'renderAttention',
  'renderPortfolioCold',
  'renderPortfolio',
  'openPartnership',
  'editPortfolio',
  'editWorkspace',
  'editAttention',
  'quarterlyReview',
  'reminderTexts',
] as const;

/**
 * The first of the figures taken on a quiet browser: before it the runner waits until
 * Chromium's browser process, where IndexedDB is, has finished the work the loads and the
 * rebuild left it (tests/bench/browserIdle.ts). The cold figures stand for the first screen
 * after a start; the loads and the rebuild themselves are timed as they come.
 */
export const FIRST_ON_A_QUIET_BROWSER: (typeof TIMED_IN_ORDER)[number] = 'attentionQuery';

/**
 * Operations timed more than once in each run: an edit round trip takes tens of
 * milliseconds, so one stall of this shared machine would decide a median of three.
 */
export const SAMPLES_PER_RUN: Readonly<Partial<Record<(typeof TIMED_IN_ORDER)[number], number>>> = {
  editPortfolio: 5,
  editWorkspace: 5,
  editAttention: 5,
};

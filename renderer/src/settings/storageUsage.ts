// What Settings says about the browser's storage for Steward: how much of the quota the
// profile uses, and a warning before a full disk starts refusing writes.

/** At or above this share of the quota, Settings warns (issue 11: warn at 80%). */
export const STORAGE_WARN_RATIO = 0.8;

export interface StorageUsageView {
  /** 0–100, whole percent, for the bar and its aria value. */
  readonly percent: number;
  /** "12.3 MB of 2.1 GB (1%)". */
  readonly text: string;
  readonly isNearlyFull: boolean;
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1,024-based, one decimal from KB up: "850 bytes", "12.3 MB". */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${Math.round(value)} bytes` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

/** Undefined when the estimate is missing or has no quota (nothing honest to show). */
export function storageUsageView(estimate: { readonly usage?: number; readonly quota?: number } | undefined): StorageUsageView | undefined {
  const usage = estimate?.usage;
  const quota = estimate?.quota;
  if (usage === undefined || quota === undefined || !(quota > 0) || !(usage >= 0)) return undefined;
  const ratio = Math.min(1, usage / quota);
  // Floor, so 79.9% does not read "80%" beside no warning; below 1% but above 0 reads "<1%".
  const percent = Math.floor(ratio * 100);
  const shown = usage > 0 && percent === 0 ? '<1%' : `${percent}%`;
  return { percent, text: `${formatBytes(usage)} of ${formatBytes(quota)} (${shown})`, isNearlyFull: ratio >= STORAGE_WARN_RATIO };
}

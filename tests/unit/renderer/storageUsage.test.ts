import { describe, expect, it } from 'vitest';
import { formatBytes, storageUsageView } from '../../../renderer/src/settings/storageUsage';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('storage used, as Settings shows it', () => {
  it('formats bytes with 1,024-based units', () => {
    expect(formatBytes(850)).toBe('850 bytes');
    expect(formatBytes(12.34 * MB)).toBe('12.3 MB');
    expect(formatBytes(2.1 * GB)).toBe('2.1 GB');
  });

  it('says usage of quota with a whole percent, "<1%" for a little', () => {
    expect(storageUsageView({ usage: 12.34 * MB, quota: 2 * GB })).toEqual({ percent: 0, text: '12.3 MB of 2.0 GB (<1%)', isNearlyFull: false });
    expect(storageUsageView({ usage: GB, quota: 2 * GB })).toEqual({ percent: 50, text: '1.0 GB of 2.0 GB (50%)', isNearlyFull: false });
    expect(storageUsageView({ usage: 0, quota: 2 * GB })?.text).toBe('0 bytes of 2.0 GB (0%)');
  });

  it('warns from 80% of the quota, not before', () => {
    expect(storageUsageView({ usage: 79.9 * MB, quota: 100 * MB })?.isNearlyFull).toBe(false);
    expect(storageUsageView({ usage: 80 * MB, quota: 100 * MB })).toMatchObject({ percent: 80, isNearlyFull: true });
    expect(storageUsageView({ usage: 120 * MB, quota: 100 * MB })).toMatchObject({ percent: 100, isNearlyFull: true });
  });

  it('shows nothing when the browser gives no estimate or no quota', () => {
    expect(storageUsageView(undefined)).toBeUndefined();
    expect(storageUsageView({ usage: 5 })).toBeUndefined();
    expect(storageUsageView({ usage: 5, quota: 0 })).toBeUndefined();
  });
});

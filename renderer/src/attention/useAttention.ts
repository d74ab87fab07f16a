import { useLiveQuery } from 'dexie-react-hooks';
import { rankAttention } from '@shared/attention';
import type { AttentionItem } from '@shared/attention';
import { db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { loadAttentionSnapshot, minuteOf } from '../../db/attentionQuery';
import { useToday } from '../useToday';

export interface AttentionView {
  readonly items: readonly AttentionItem[];
  readonly partnershipCount: number;
}

/** The ranked attention list, recomputed after any write and when the day changes. */
export function useAttention(): AttentionView | undefined {
  const today = useToday();
  const settings = useSettings();
  const interval = settings?.healthCheckIntervalDays;
  return useLiveQuery(async () => {
    if (interval === undefined) return undefined;
    const now = minuteOf(new Date());
    const snapshot = await loadAttentionSnapshot(db, now);
    const items = rankAttention(snapshot, { now: now.toISOString(), today, healthCheckIntervalDays: interval });
    return { items, partnershipCount: snapshot.partnerships.length };
  }, [today, interval]);
}

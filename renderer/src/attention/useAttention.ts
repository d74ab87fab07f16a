import { useLiveQuery } from 'dexie-react-hooks';
import type { AttentionItem } from '@shared/attention';
import { db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { loadPortfolioDigests, minuteOf, rankDigests } from '../../db/attentionQuery';
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
    const view = await loadPortfolioDigests(db, now);
    const items = rankDigests(view, { now: now.toISOString(), today, healthCheckIntervalDays: interval });
    return { items, partnershipCount: view.partnerships.length };
  }, [today, interval]);
}

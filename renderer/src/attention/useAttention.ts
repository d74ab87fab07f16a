import { useLiveQuery } from 'dexie-react-hooks';
import type { AttentionItem } from '@shared/attention';
import { db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { loadPortfolioDigests, minuteOf, rankDigests } from '../../db/attentionQuery';
import { useClockDay, useNow } from '../clock/clockContext';
import { useDateText } from '../clock/useDateText';

export interface AttentionView {
  readonly items: readonly AttentionItem[];
  readonly partnershipCount: number;
}

/** The ranked attention list, recomputed after any write and as the app clock moves on. */
export function useAttention(): AttentionView | undefined {
  const { today } = useClockDay();
  const now = useNow();
  const { format } = useDateText();
  const settings = useSettings();
  const interval = settings?.healthCheckIntervalDays;
  return useLiveQuery(async () => {
    if (interval === undefined) return undefined;
    const view = await loadPortfolioDigests(db, minuteOf(now));
    const items = rankDigests(view, { now: minuteOf(now).toISOString(), today, healthCheckIntervalDays: interval, dateFormat: format });
    return { items, partnershipCount: view.partnerships.length };
  }, [today, now, interval, format]);
}

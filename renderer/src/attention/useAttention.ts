import { useLiveQuery } from '../../db/live';
import type { AttentionItem } from '@shared/attention';
import { db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { loadPortfolioExcerpts, minuteOf, rankExcerpts } from '../../db/attentionQuery';
import { activeAttentionSnoozes } from '../../db/attentionSnoozes';
import { useDateText } from '../clock/useDateText';
import { useMinute } from '../useMinute';
import { useToday } from '../useToday';

export interface AttentionView {
  readonly items: readonly AttentionItem[];
  readonly partnershipCount: number;
  /** Items snoozed until a later day, left out of `items`. */
  readonly snoozedCount: number;
}

/** The ranked attention list (snoozed items left out), recomputed after any write and every minute (a meeting starts, or is over). */
export function useAttention(): AttentionView | undefined {
  const today = useToday();
  const minute = useMinute();
  const { format } = useDateText();
  const settings = useSettings();
  const interval = settings?.healthCheckIntervalDays;
  const zone = settings?.timeZone;
  return useLiveQuery(async () => {
    if (interval === undefined) return undefined;
    const now = minuteOf(new Date(minute));
    const [view, snoozed] = await Promise.all([loadPortfolioExcerpts(db), activeAttentionSnoozes(db, now.toISOString())]);
    const ranked = rankExcerpts(view, { now: now.toISOString(), today, healthCheckIntervalDays: interval, dateFormat: format, ...(zone ? { zone } : {}) });
    const items = ranked.filter((item) => !snoozed.has(item.key));
    return { items, partnershipCount: view.partnerships.length, snoozedCount: ranked.length - items.length };
  }, [today, minute, interval, zone, format]);
}

// What the Value tab reads, live: the partnership's opportunities and value events, and the
// rates and settings its totals are converted with.
import type { ExchangeRate, Opportunity, Settings, ValueEvent } from '@shared/domain';
import { db } from '../../../db/db';
import { useSettings } from '../../../db/hooks';
import { useLiveQuery } from '../../../db/live';
import { listExchangeRates, listOpportunities, listValueEvents } from '../../../db/value';

export interface ValueData {
  readonly opportunities: readonly Opportunity[];
  readonly events: readonly ValueEvent[];
  readonly rates: readonly ExchangeRate[];
  readonly settings: Settings;
}

/** Undefined while loading. */
export function useValueData(partnershipId: string): ValueData | undefined {
  const opportunities = useLiveQuery(() => listOpportunities(db, partnershipId), [partnershipId]);
  const events = useLiveQuery(() => listValueEvents(db, partnershipId), [partnershipId]);
  const rates = useLiveQuery(() => listExchangeRates(db), []);
  const settings = useSettings();
  if (!opportunities || !events || !rates || !settings) return undefined;
  return { opportunities, events, rates, settings };
}

import { useMemo } from 'react';
import type { DateFormat } from '@shared/dates';
import { useSettings } from '../../db/hooks';
import { machineTimeZone } from '../../db/settings';
import { formatDay, formatInstant, systemLocale } from '../format';

/** Dates written the one way Settings says, bound for a screen; `format` goes on to pure builders. */
export interface DateText {
  readonly format: DateFormat;
  readonly formatDay: (day: string | undefined) => string;
  readonly formatInstant: (iso: string) => string;
}

/** Reads Settings directly (not the clock), so documents rendered on their own format dates too. */
export function useDateText(): DateText {
  const settings = useSettings();
  const style = settings?.dateFormat ?? 'locale';
  const zone = settings?.timeZone ?? machineTimeZone();
  return useMemo(() => {
    const format: DateFormat = { style, locale: systemLocale() };
    return { format, formatDay: (day) => formatDay(day, format), formatInstant: (iso) => formatInstant(iso, zone, format) };
  }, [style, zone]);
}

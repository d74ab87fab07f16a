import { useEffect, useState } from 'react';
import { dayInZone } from '@shared/dates';
import { useSettings } from '../db/hooks';

/** Today's date in the user's zone; re-read every minute so it rolls over at midnight. */
export function useToday(): string {
  const settings = useSettings();
  const zone = settings?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return dayInZone(now, zone);
}

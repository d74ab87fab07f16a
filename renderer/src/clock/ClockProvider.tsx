// The app clock: one `now` (to the minute) and one `today` in the user's zone for every
// screen. It ticks each minute, moves to the new day exactly at the next local midnight
// (a timer set for it, found across DST changes by nextDayStart), and re-reads the time
// when the machine wakes or the window comes back into view, so no reload is needed.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { dayInZone, nextDayStart } from '@shared/dates';
import { useSettings } from '../../db/hooks';
import { machineTimeZone } from '../../db/settings';
import { usePlatform } from '../platform/PlatformContext';
import { ClockDayContext, ClockNowContext } from './clockContext';

const MINUTE_MS = 60_000;

function currentMinute(): Date {
  return new Date(Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS);
}

/** Re-reads the time on every minute, on wake (platform) and when the window is shown again. */
function useMinute(): [Date, () => void] {
  const platform = usePlatform();
  const [now, setNow] = useState(currentMinute);
  // Keeps the same Date while the minute has not changed, so nothing re-renders for nothing.
  const reread = useCallback(() => setNow((before) => (currentMinute().getTime() === before.getTime() ? before : currentMinute())), []);
  useEffect(() => {
    const timer = setInterval(reread, MINUTE_MS);
    const onVisible = () => document.visibilityState === 'visible' && reread();
    document.addEventListener('visibilitychange', onVisible);
    const stopResume = platform.onResume(reread);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      stopResume();
    };
  }, [platform, reread]);
  return [now, reread];
}

export function ClockProvider({ children }: { readonly children: ReactNode }) {
  const zone = useSettings()?.timeZone ?? machineTimeZone();
  const [now, reread] = useMinute();
  const today = dayInZone(now, zone);
  useEffect(() => {
    // The minute tick alone could show yesterday for up to a minute after midnight.
    const timer = setTimeout(reread, nextDayStart(new Date(), zone).getTime() - Date.now());
    return () => clearTimeout(timer);
  }, [today, zone, reread]);
  const day = useMemo(() => ({ today, zone }), [today, zone]);
  return (
    <ClockDayContext.Provider value={day}>
      <ClockNowContext.Provider value={now}>{children}</ClockNowContext.Provider>
    </ClockDayContext.Provider>
  );
}

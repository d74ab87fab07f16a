// The app's one clock, as two contexts: the day changes at most once a day, so screens
// that only need "today" do not re-render with every minute's `now`.
import { createContext, useContext } from 'react';

export interface ClockDay {
  /** Today in the user's zone, yyyy-MM-dd. */
  readonly today: string;
  /** The user's IANA zone (Settings, or the machine's until they load). */
  readonly zone: string;
}

export const ClockDayContext = createContext<ClockDay | null>(null);
/** The current instant, to the minute. */
export const ClockNowContext = createContext<Date | null>(null);

/** Today and the zone, from the app clock: changes at midnight in the user's zone and on wake. */
export function useClockDay(): ClockDay {
  const day = useContext(ClockDayContext);
  if (!day) throw new Error('useClockDay must be used inside <ClockProvider>.');
  return day;
}

/** The current minute, from the app clock: moves on every minute, at midnight and on wake. */
export function useNow(): Date {
  const now = useContext(ClockNowContext);
  if (!now) throw new Error('useNow must be used inside <ClockProvider>.');
  return now;
}

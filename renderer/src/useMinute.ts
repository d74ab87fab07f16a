import { useNow } from './clock/clockContext';

/**
 * The current minute (ISO UTC) from the app clock, moving on by itself: what Steward says
 * about meetings changes within a day (a meeting starts, then is over), not only at
 * midnight; the clock also moves at midnight and on wake.
 */
export function useMinute(): string {
  return useNow().toISOString();
}

import { useClockDay } from './clock/clockContext';

/** Today's date in the user's zone, from the app clock (it rolls over at midnight and on wake). */
export function useToday(): string {
  return useClockDay().today;
}

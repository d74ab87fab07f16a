import { useEffect, useState } from 'react';

/**
 * The current minute (ISO UTC), moving on by itself: what Steward says about meetings
 * changes within a day (a meeting starts, then is over), not only at midnight.
 */
export function useMinute(): string {
  const [minute, setMinute] = useState(currentMinute);
  useEffect(() => {
    const timer = setInterval(() => setMinute(currentMinute()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return minute;
}

function currentMinute(): string {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
}

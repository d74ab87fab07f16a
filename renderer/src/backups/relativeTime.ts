// "12 minutes ago" for an instant, against a `now` passed in (never a global clock).
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;

export function relativeTime(iso: string, now: Date): string {
  const ago = now.getTime() - Date.parse(iso);
  if (!Number.isFinite(ago)) return 'at an unknown time';
  if (ago < MINUTE) return ago < -MINUTE ? 'in the future (check the clock)' : 'just now';
  if (ago < HOUR) return plural(Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return plural(Math.floor(ago / HOUR), 'hour');
  return plural(Math.floor(ago / DAY), 'day');
}

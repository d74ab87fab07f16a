// The notification centre's times ("Today, 09:00", "Mon 18 Jan, 09:00") are written with
// formatters the page keeps: the same words as the browser's toLocale* calls give, and a
// list of any length builds a few formatters, not several per row.
import { describe, expect, it } from 'vitest';
import { dayInZone } from '@shared/dates';
import { calendarCache, forgetCalendarCache } from '../../../renderer/db/calendarCache';
import { formatReminderTime, phraseReminderTime } from '../../../renderer/src/reminders/time';

/** The words as the toLocale* calls write them, built afresh for each time: the reference. */
function reference(iso: string, now: Date, zone: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const [day, today] = [dayInZone(at, zone), dayInZone(now, zone)];
  const next = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const before = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const near = { [today]: 'Today', [before]: 'Yesterday', [next]: 'Tomorrow' }[day];
  if (near) return `${near}, ${time}`;
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return `${at.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), timeZone: zone })}, ${time}`;
}

describe('reminder times', () => {
  const now = new Date('2026-12-31T20:30:00.000Z');
  const times = Array.from({ length: 120 }, (_, i) => new Date(now.getTime() + (i - 60) * 7 * 3_600_000).toISOString());

  for (const zone of ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham']) {
    it(`read as the browser writes them, in ${zone}, with a few formatters for the whole list`, () => {
      forgetCalendarCache();
      const before = calendarCache().formatters.size;
      expect(times.map((iso) => formatReminderTime(iso, now, zone))).toEqual(times.map((iso) => reference(iso, now, zone)));
      expect(phraseReminderTime(times[61]!, now, zone)).toMatch(/^(at|tomorrow at|on) /);
      // Kept in the page's cache (none before this change: each row built its own), at most four.
      const built = calendarCache().formatters.size - before;
      expect(built).toBeGreaterThan(0);
      expect(built).toBeLessThanOrEqual(4);
    });
  }
});

// VTIMEZONE components for calendar exports, from timezones-ical-library (current IANA
// rules, written as RFC 5545 yearly RRULEs). A calendar client needs them to place a
// DTSTART;TZID=… on the timeline, and RFC 5545 §3.6.5 requires one per TZID used.
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

/**
 * The unfolded content lines of the VTIMEZONE for an IANA zone, TZID written exactly as
 * `zone` (the library answers some aliases, e.g. "UTC", with a canonical TZID such as
 * "Etc/UTC"; DTSTART;TZID must match the component's TZID). Throws for an unknown zone.
 */
export function vtimezoneLines(zone: string): string[] {
  // Checked first: the library logs to the console on an unknown zone. (Its list is a few
  // hundred names, read per call: once per zone in an export.)
  if (!tzlib_get_timezones(false).includes(zone)) throw new Error(`No VTIMEZONE is known for the time zone "${zone}".`);
  const block = tzlib_get_ical_block(zone);
  const text = Array.isArray(block) ? (block[0] ?? '') : '';
  if (!text.startsWith('BEGIN:VTIMEZONE')) throw new Error(`No VTIMEZONE is known for the time zone "${zone}".`);
  return text
    .split(/\r\n|\n/)
    .filter((line) => line !== '')
    .map((line) => (line.startsWith('TZID:') ? `TZID:${zone}` : line.startsWith('X-LIC-LOCATION:') ? `X-LIC-LOCATION:${zone}` : line));
}

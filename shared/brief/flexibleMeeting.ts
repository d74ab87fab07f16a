// A flexible cadence has no planned instants, only a day it is ideally held by. Its next
// meeting, for a brief, is that day at the cadence's usual time of day in its zone — or,
// when that moment has passed (the cadence is due or overdue), the first such time still
// ahead. A preparation saved for it is found again as long as no meeting is logged
// (findPrep), even as an overdue cadence's next meeting moves on day by day.
import type { Cadence } from '../domain';
import { addDays } from '../dates';
import type { ZoneCache } from '../timezones';
import { localToUtc, parseInstant, utcToLocal } from '../timezones';

/** The instant (ISO UTC) a flexible cadence's next meeting is prepared for: `idealOn` at its time of day, never before `nowIso`. */
export function flexibleMeetingAt(cadence: Pick<Cadence, 'start' | 'zone'>, idealOn: string, nowIso: string, cache?: ZoneCache): string {
  const time = /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2})/.exec(cadence.start)?.[1] ?? '09:00';
  const at = (day: string) => localToUtc(`${day}T${time}`, cadence.zone, cache);
  const today = utcToLocal(nowIso, cadence.zone, cache).slice(0, 10);
  const day = idealOn > today ? idealOn : today;
  return parseInstant(at(day)) > parseInstant(nowIso) ? at(day) : at(addDays(day, 1));
}

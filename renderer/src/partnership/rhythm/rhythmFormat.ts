// How the rhythm tabs write times: occurrences in the user's zone, with the cadence's
// own wall time beside them when its zone differs (a Berlin meeting seen from London).
import type { OwedBy, Stakeholder } from '@shared/domain';
import type { DateFormat } from '@shared/dates';
import { formatDayMonthText, formatDayText } from '@shared/dates';
import { utcToLocal } from '@shared/recurrence';
import { calendarCache } from '../../../db/calendarCache';

/**
 * "Thu, 14 Jan 2027, 10:00" for a local `yyyy-MM-ddTHH:mm`, read as-is (no zone shift): the
 * day in the user's date format when one is given, else as the browser's locale writes it.
 */
export function formatWallTime(local: string, withYear = true, format?: DateFormat): string {
  if (format) {
    const day = local.slice(0, 10);
    const weekday = new Date(`${day}T12:00:00Z`).toLocaleDateString(format.locale || undefined, { weekday: 'short', timeZone: 'UTC' });
    return `${weekday}, ${withYear ? formatDayText(day, format) : formatDayMonthText(day, format)}, ${local.slice(11, 16)}`;
  }
  return new Date(`${local}:00Z`).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
}

export interface When {
  /** In the user's zone. */
  readonly local: string;
  /** In the cadence's zone, when that differs from the user's. */
  readonly inCadenceZone?: string;
}

export function occurrenceWhen(iso: string, userZone: string, cadenceZone: string, format: DateFormat): When {
  const mine = utcToLocal(iso, userZone, calendarCache());
  const theirs = utcToLocal(iso, cadenceZone, calendarCache());
  if (userZone === cadenceZone || mine === theirs) return { local: formatWallTime(mine, true, format) };
  const other = mine.slice(0, 10) === theirs.slice(0, 10) ? theirs.slice(11) : formatWallTime(theirs, false, format);
  return { local: formatWallTime(mine, true, format), inCadenceZone: `${other} ${cadenceZone}` };
}

export function whenText(when: When): string {
  return when.inCadenceZone ? `${when.local} (${when.inCadenceZone})` : when.local;
}

export function owedByLabel(owedBy: OwedBy, partnerOrg: string): string {
  if (owedBy === 'us') return 'We owe';
  if (owedBy === 'partner') return `${partnerOrg || 'Partner'} owes`;
  return 'Joint';
}

export function stakeholderNames(ids: readonly string[], byId: ReadonlyMap<string, Stakeholder>): string[] {
  return ids.flatMap((id) => {
    const s = byId.get(id);
    return s ? [s.name] : [];
  });
}

export function byIdMap<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

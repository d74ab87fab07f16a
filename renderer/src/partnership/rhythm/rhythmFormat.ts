// How the rhythm tabs write times: occurrences in the user's zone, with the cadence's
// own wall time beside them when its zone differs (a Berlin meeting seen from London).
import type { OwedBy, Stakeholder } from '@shared/domain';
import { utcToLocal } from '@shared/recurrence';

/** "Thu, 14 Jan 2027, 10:00" (in the user's locale) for a local `yyyy-MM-ddTHH:mm`, read as-is: no zone shift. */
export function formatWallTime(local: string, withYear = true): string {
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

export function occurrenceWhen(iso: string, userZone: string, cadenceZone: string): When {
  const mine = utcToLocal(iso, userZone);
  const theirs = utcToLocal(iso, cadenceZone);
  if (userZone === cadenceZone || mine === theirs) return { local: formatWallTime(mine) };
  const other = mine.slice(0, 10) === theirs.slice(0, 10) ? theirs.slice(11) : formatWallTime(theirs, false);
  return { local: formatWallTime(mine), inCadenceZone: `${other} ${cadenceZone}` };
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

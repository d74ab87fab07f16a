// What a cadence card shows: when it is next due, how well it was kept over the last
// 90 days, and which occurrences to list: the past ones nobody recorded (to settle, one by
// one or several at once), the last few recorded, and the next few ahead.
import type { CadenceAdherence, CadenceOccurrence, NextDue } from '@shared/cadenceSchedule';
import { cadenceAdherence, nextDue, occurrenceStatus, unrecordedOccurrences } from '@shared/cadenceSchedule';
import type { Cadence, OccurrenceRecord, Touchpoint } from '@shared/domain';
import { calendarCache } from '../../../db/calendarCache';

const DAY_MS = 86_400_000;
export const UPCOMING_SHOWN = 6;
export const RECENT_SHOWN = 4;
export const RECENT_DAYS = 90;
// Longer horizons only when a short one has too few occurrences (a quarterly or yearly rule).
const HORIZONS_DAYS = [120, 400, 2200] as const;

export interface ShownOccurrences {
  /** Started with nothing recorded, oldest first: those Attention asks about, and any other in the last 90 days. */
  readonly unrecorded: readonly CadenceOccurrence[];
  /** The last few held, skipped or moved. */
  readonly recent: readonly CadenceOccurrence[];
  /** Still ahead of now. */
  readonly upcoming: readonly CadenceOccurrence[];
}

/** Still to come: it has not started (a moved one: at its new time). */
const isAhead = (o: CadenceOccurrence, nowIso: string) => o.at > nowIso && o.status !== 'not recorded';

export function shownOccurrences(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], now: Date): ShownOccurrences {
  const nowIso = now.toISOString();
  const fromIso = new Date(now.getTime() - RECENT_DAYS * DAY_MS).toISOString();
  let all: CadenceOccurrence[] = [];
  for (const days of HORIZONS_DAYS) {
    all = occurrenceStatus(cadence, records, touchpoints, fromIso, new Date(now.getTime() + days * DAY_MS).toISOString(), nowIso, calendarCache());
    if (all.filter((o) => isAhead(o, nowIso)).length >= UPCOMING_SHOWN) break;
  }
  const asked = unrecordedOccurrences(cadence, records, touchpoints, nowIso, calendarCache()).map((o): CadenceOccurrence => ({ occurrence: o.occurrence, at: o.at, status: 'not recorded', ...(o.recordId ? { recordId: o.recordId } : {}) }));
  const unrecorded = new Map([...asked, ...all.filter((o) => o.status === 'not recorded')].map((o) => [o.occurrence, o]));
  return {
    unrecorded: [...unrecorded.values()].sort((a, b) => a.at.localeCompare(b.at) || a.occurrence.localeCompare(b.occurrence)),
    recent: all.filter((o) => !isAhead(o, nowIso) && o.status !== 'not recorded').slice(-RECENT_SHOWN),
    upcoming: all.filter((o) => isAhead(o, nowIso)).slice(0, UPCOMING_SHOWN),
  };
}

export type CadencePlan =
  | { readonly ok: true; readonly due?: NextDue; readonly adherence: CadenceAdherence; readonly shown?: ShownOccurrences }
  | { readonly ok: false; readonly problem: string };

/** Everything a card needs; a rule the expander rejects is reported, not thrown into the render. */
export function cadencePlan(cadence: Cadence, records: readonly OccurrenceRecord[], touchpoints: readonly Touchpoint[], now: Date): CadencePlan {
  try {
    const nowIso = now.toISOString();
    const fromIso = new Date(now.getTime() - RECENT_DAYS * DAY_MS).toISOString();
    const due = nextDue(cadence, records, touchpoints, nowIso, calendarCache());
    const adherence = cadenceAdherence(cadence, records, touchpoints, fromIso, nowIso, calendarCache());
    const shown = cadence.mode === 'fixed' ? shownOccurrences(cadence, records, touchpoints, now) : undefined;
    return { ok: true, adherence, ...(due ? { due } : {}), ...(shown ? { shown } : {}) };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

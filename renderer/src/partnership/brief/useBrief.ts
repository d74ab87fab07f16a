// A meeting brief as a live query: the pure builder over one partnership's records read
// in one transaction, as at the current minute in the user's zone, so a write anywhere
// (a commitment done, the agenda saved) redraws it at once.
import type { MeetingBrief } from '@shared/brief/brief';
import { buildBrief } from '@shared/brief/brief';
import type { BriefTarget } from '@shared/brief/records';
import type { DateFormat } from '@shared/dates';
import type { Edition } from '@shared/exports/partnerSafe';
import { db } from '../../../db/db';
import { useSettings } from '../../../db/hooks';
import { useLiveQuery } from '../../../db/live';
import { readBriefInput } from '../../../db/meetingPreps';
import { useDateText } from '../../clock/useDateText';
import type { BriefRef } from '../../router';
import { useMinute } from '../../useMinute';

export function targetOf(ref: BriefRef): BriefTarget {
  return 'prepId' in ref ? { kind: 'adhoc', prepId: ref.prepId } : { kind: 'cadence', cadenceId: ref.cadenceId, occurrence: ref.occurrence };
}

export interface BriefMoment {
  readonly now: string;
  readonly zone: string;
  /** The user's date format, for the agenda Steward drafts. */
  readonly dateFormat: DateFormat;
}

/** The moment a brief is prepared at: the app clock's minute, in the user's zone, read in the user's date format. */
export function useBriefMoment(): BriefMoment {
  const settings = useSettings();
  const { format } = useDateText();
  return { now: useMinute(), zone: settings?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone, dateFormat: format };
}

/** Reads and builds one edition (for exports, after a click); null when the meeting is not there. */
export async function loadBrief(partnershipId: string, ref: BriefRef, edition: Edition, moment: BriefMoment): Promise<MeetingBrief | null> {
  const input = await readBriefInput(db, partnershipId);
  return buildBrief(input, { partnershipId, now: moment.now, zone: moment.zone, dateFormat: moment.dateFormat }, targetOf(ref), edition) ?? null;
}

/** Undefined while loading; null when the meeting is not there (its cadence or preparation deleted). */
export function useBrief(partnershipId: string, ref: BriefRef, edition: Edition): MeetingBrief | null | undefined {
  const moment = useBriefMoment();
  const key = JSON.stringify(ref);
  return useLiveQuery(() => loadBrief(partnershipId, ref, edition, moment), [partnershipId, key, edition, moment.now, moment.zone, moment.dateFormat]);
}

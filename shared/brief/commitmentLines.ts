// Commitments as a brief lists them: who owes each, by when, how it stands on the day the
// brief is prepared, and whether it is a follow-up of the last meeting still open.
import type { Commitment, CommitmentSource, CommitmentStatus, OwedBy } from '../domain';
import type { BySide, CommitmentState } from '../commitments';
import { commitmentState, groupByOwedBy } from '../commitments';
import type { BriefRecords } from './records';
import { liveOf, stakeholderNames } from './records';

export interface CommitmentLine {
  readonly id: string;
  readonly title: string;
  readonly detail: string;
  readonly owedBy: OwedBy;
  readonly ownerName: string;
  readonly dueOn: string;
  readonly status: CommitmentStatus;
  readonly doneOn?: string;
  readonly state: CommitmentState;
  /** A follow-up the last meeting agreed that is still open. */
  readonly isCarriedOver: boolean;
  /** Internal: kept out of partner editions by the brief builder. */
  readonly source?: CommitmentSource;
}

export function commitmentLine(c: Commitment, names: ReadonlyMap<string, string>, today: string, lastMeetingId?: string): CommitmentLine {
  return {
    id: c.id,
    title: c.title,
    detail: c.detail,
    owedBy: c.owedBy,
    ownerName: names.get(c.ownerId) ?? '',
    dueOn: c.dueOn,
    status: c.status,
    ...(c.doneOn ? { doneOn: c.doneOn } : {}),
    state: commitmentState(c, today),
    isCarriedOver: c.status === 'open' && lastMeetingId !== undefined && c.source === 'touchpoint' && c.sourceId === lastMeetingId,
    source: c.source,
  };
}

/** Every open commitment by the side that owes it (joint ones their own group), overdue first then due soon, each by due day. */
export function openCommitmentsBySide(records: BriefRecords, partnershipId: string, today: string, lastMeetingId?: string): BySide<readonly CommitmentLine[]> {
  const names = stakeholderNames(records, partnershipId);
  const open = liveOf(records.commitments, partnershipId).filter((c) => c.status === 'open');
  const groups = groupByOwedBy(open, today);
  const lines = (list: readonly Commitment[]) => list.map((c) => commitmentLine(c, names, today, lastMeetingId));
  return { us: lines(groups.us), partner: lines(groups.partner), joint: lines(groups.joint) };
}

// Commitments as CSV, one row each: the partner edition carries only fields
// COMMITMENT_VISIBILITY calls shared (plus the derived state); the internal edition
// adds where the commitment came from.
import type { Commitment, PortfolioSnapshot } from '../domain';
import { COMMITMENT_VISIBILITY } from '../domain';
import { commitmentState } from '../commitments';
import type { CsvOptions } from './csv';
import { toCsv } from './csv';
import type { Edition } from './partnerSafe';
import { pickShared } from './partnerSafe';
import { todayOf } from './quarterCounts';
import { ownerNames } from './quarterlyReview';

export interface CommitmentsCsvOptions extends CsvOptions {
  /** One partnership; all partnerships not deleted when absent. */
  readonly partnershipId?: string;
  readonly edition: Edition;
  /** ISO instant or `yyyy-MM-dd`: the day the derived state is worked out for. */
  readonly now: string;
}

const SHARED_COLUMNS = ['Partnership', 'Title', 'Detail', 'Owed by', 'Owner', 'Due on', 'Status', 'Done on', 'State'] as const;

export function commitmentsCsvHeader(edition: Edition): string[] {
  return edition === 'internal' ? [...SHARED_COLUMNS, 'Source'] : [...SHARED_COLUMNS];
}

export function commitmentsCsv(snapshot: PortfolioSnapshot, options: CommitmentsCsvOptions): string {
  const { edition, partnershipId } = options;
  const today = todayOf(options.now);
  const partnerships = new Map(snapshot.partnerships.filter((p) => !p.deletedAt).map((p) => [p.id as string, p.name]));
  if (partnershipId !== undefined && !partnerships.has(partnershipId)) throw new Error(`No partnership with id "${partnershipId}".`);
  const names = ownerNames(snapshot);
  const chosen = snapshot.commitments
    .filter((c) => !c.deletedAt && partnerships.has(c.partnershipId) && (partnershipId === undefined || c.partnershipId === partnershipId))
    .sort((a, b) => (partnerships.get(a.partnershipId) ?? '').localeCompare(partnerships.get(b.partnershipId) ?? '') || a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  const row = (c: Commitment): string[] => {
    const shared = pickShared(c, COMMITMENT_VISIBILITY);
    const cells = [
      partnerships.get(shared.partnershipId) ?? '',
      shared.title,
      shared.detail,
      shared.owedBy,
      names.get(shared.ownerId) ?? '',
      shared.dueOn,
      shared.status,
      shared.doneOn ?? '',
      commitmentState(c, today),
    ];
    return edition === 'internal' ? [...cells, c.source] : cells;
  };
  return toCsv(commitmentsCsvHeader(edition), chosen.map(row), options);
}

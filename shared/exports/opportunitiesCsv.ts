// A partnership's opportunities as CSV, one row each, named as the CRM import reads them
// (shared/imports/fields.ts OPPORTUNITY_FIELDS) so the file imports back unchanged. The
// amount is also given in the reporting currency when a rate exists: a won or lost deal
// converted on the day it closed, an open one on `today` (as shared/value/pipeline.ts does).
import type { ExchangeRate, Opportunity, Partnership } from '../domain';
import { convert } from '../value/currency';
import type { CsvOptions } from './csv';
import { toCsv } from './csv';
import type { Edition } from './partnerSafe';

export interface OpportunitiesCsvOptions extends CsvOptions {
  readonly edition: Edition;
  /** The reporting currency (Settings). */
  readonly currency: string;
  readonly rates: readonly ExchangeRate[];
  /** `yyyy-MM-dd`: the day an open deal's amount is converted on. */
  readonly today: string;
}

type Column = { readonly header: string; readonly cell: (o: Opportunity) => string };

/** Plain digits with a '.' decimal mark, at most 2 decimals: what every spreadsheet and the import read. */
function money(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

function columns(partnership: Pick<Partnership, 'shareOpportunityAmounts'>, options: OpportunitiesCsvOptions): Column[] {
  const converted = (o: Opportunity) => {
    const result = convert(o.amount, o.currency, options.currency, o.outcome === 'open' ? options.today : (o.closedOn ?? options.today), options.rates);
    return result.ok ? money(result.amount) : '';
  };
  const deal: Column[] = [
    { header: 'Account', cell: (o) => o.account },
    { header: 'Amount', cell: (o) => money(o.amount) },
    { header: 'Currency', cell: (o) => o.currency },
    { header: `Amount in ${options.currency}`, cell: converted },
  ];
  const shared: Column[] = [
    { header: 'Stage', cell: (o) => o.stage },
    { header: 'Outcome', cell: (o) => o.outcome },
    { header: 'Sourced by', cell: (o) => o.sourced },
    { header: 'Opened on', cell: (o) => o.openedOn },
    { header: 'Expected close', cell: (o) => o.expectedCloseOn ?? '' },
    { header: 'Closed on', cell: (o) => o.closedOn ?? '' },
  ];
  const internal: Column[] = [
    { header: 'Owner', cell: (o) => o.owner },
    { header: 'External id', cell: (o) => o.externalId },
  ];
  // OPPORTUNITY_VISIBILITY: the deal itself reaches a partner only when the partnership shares it.
  if (options.edition === 'internal') return [...deal, ...shared, ...internal];
  return partnership.shareOpportunityAmounts ? [...deal, ...shared] : shared;
}

/** The live opportunities of one partnership, the newest opened first. */
export function opportunitiesCsv(opportunities: readonly Opportunity[], partnership: Pick<Partnership, 'id' | 'shareOpportunityAmounts'>, options: OpportunitiesCsvOptions): string {
  const chosen = opportunities
    .filter((o) => !o.deletedAt && o.partnershipId === partnership.id)
    .sort((a, b) => b.openedOn.localeCompare(a.openedOn) || a.account.localeCompare(b.account) || a.id.localeCompare(b.id));
  const cols = columns(partnership, options);
  return toCsv(
    cols.map((c) => c.header),
    chosen.map((o) => cols.map((c) => c.cell(o))),
    options,
  );
}

// The partnership's opportunities as a table sorted by any column (its header is a button
// that says which way it sorts), each row with Edit and Delete.
import { EditDeleteButtons } from './EditDeleteButtons';
import { useState } from 'react';
import type { Opportunity, Stage } from '@shared/domain';
import { useDateText } from '../../clock/useDateText';
import type { OpportunitySort, OpportunitySortKey } from './opportunityDraft';
import { sortOpportunities } from './opportunityDraft';
import { SOURCE_LABELS } from './valueLabels';
import { formatMoney } from './valueFormat';

interface Props {
  readonly opportunities: readonly Opportunity[];
  readonly stages: readonly Stage[];
  /** The amount compared when sorting by amount (in the reporting currency where it converts). */
  readonly amountOf: (o: Opportunity) => number;
  readonly canEdit: boolean;
  readonly onEdit: (o: Opportunity) => void;
  readonly onDelete: (o: Opportunity) => void;
}

const COLUMNS: readonly { readonly key: OpportunitySortKey; readonly label: string; readonly numeric?: boolean }[] = [
  { key: 'account', label: 'Account' },
  { key: 'amount', label: 'Amount', numeric: true },
  { key: 'stage', label: 'Stage' },
  { key: 'sourced', label: 'Source' },
  { key: 'expectedCloseOn', label: 'Expected close' },
  { key: 'closedOn', label: 'Closed' },
  { key: 'owner', label: 'Owner' },
];

export function OpportunityTable({ opportunities, stages, amountOf, canEdit, onEdit, onDelete }: Props) {
  const [sort, setSort] = useState<OpportunitySort>({ key: 'expectedCloseOn', isDescending: false });
  const { formatDay } = useDateText();
  const rows = sortOpportunities(opportunities, sort, stages, amountOf);
  const toggle = (key: OpportunitySortKey) => setSort((s) => ({ key, isDescending: s.key === key ? !s.isDescending : key === 'amount' }));
  return (
    <div className="value-table-scroll">
      <table className="table value-table">
        <caption className="visually-hidden">Opportunities, sorted by {COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase()}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'value-num' : undefined} aria-sort={sort.key === c.key ? (sort.isDescending ? 'descending' : 'ascending') : undefined}>
                <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.isDescending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id}>
              <th scope="row" className="value-account">
                {o.account}
                {o.externalId && <span className="value-sub">External id {o.externalId}</span>}
              </th>
              <td className="value-num">{formatMoney(o.amount, o.currency)}</td>
              <td>
                {o.stage}
                {o.outcome !== 'open' && <span className={`value-outcome value-outcome-${o.outcome}`}>{o.outcome === 'won' ? 'Won' : 'Lost'}</span>}
              </td>
              <td>{SOURCE_LABELS[o.sourced]}</td>
              <td>{o.expectedCloseOn ? formatDay(o.expectedCloseOn) : '—'}</td>
              <td>{o.closedOn ? formatDay(o.closedOn) : '—'}</td>
              <td>{o.owner || '—'}</td>
              <td className="value-actions">
                {canEdit && <EditDeleteButtons name={o.account} onEdit={() => onEdit(o)} onDelete={() => onDelete(o)} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

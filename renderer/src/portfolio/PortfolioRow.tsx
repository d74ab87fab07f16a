import type { Partnership } from '@shared/domain';
import type { PartnershipSummary } from '@shared/portfolioSummary';
import { StatusBadge } from '../components/StatusBadge';
import { Sparkline } from '../components/Sparkline';
import { capitalise } from '../format';
import { routeHref } from '../router';
import type { SearchHit } from '../../db/search';
import { MoneyCell, NextCadenceCell, OverdueCell, RenewalCell } from './PortfolioCells';
import type { PortfolioValue } from './usePortfolio';
import type { PortfolioColumn } from './portfolioColumns';

interface Props {
  readonly partnership: Partnership;
  readonly summary?: PartnershipSummary;
  readonly value?: PortfolioValue;
  readonly hits?: ReadonlySet<SearchHit>;
  /** 1-based position in the whole table, header row included (aria-rowindex). */
  readonly rowIndex: number;
  readonly today: string;
  readonly columns: readonly PortfolioColumn[];
  readonly onEdit: (p: Partnership) => void;
  readonly onArchive: (p: Partnership) => void;
  readonly onRestore: (p: Partnership) => void;
}

export function PortfolioRow({ partnership: p, summary: s, value, hits, rowIndex, today, columns, onEdit, onArchive, onRestore }: Props) {
  return (
    <tr className="portfolio-row" aria-rowindex={rowIndex}>
      <td>
        {p.deletedAt ? <span className="cell-title">{p.name}</span> : <a className="cell-title" href={routeHref({ screen: 'partnership', id: p.id, tab: 'overview' })}>{p.name}</a>}
        <PartnerLine partnership={p} />
        {p.tags.length > 0 && (
          // One line of tags: those that do not fit give way to an ellipsis; the tooltip lists them all.
          <span className="tags" title={`Tags: ${p.tags.join(', ')}`}>
            {p.tags.map((t) => (
              <span key={t} className="tag">
                {t}
              </span>
            ))}
          </span>
        )}
        {hits && <span className="search-hit">Matched in {[...hits].join(', ')}</span>}
      </td>
      {columns.includes('status') && (
        <td>
          <StatusBadge status={p.status} />
        </td>
      )}
      {columns.includes('health') && <td>{s ? <Sparkline values={s.health} label={`Our health score, last ${s.health.length} checks: ${s.health.join(', ')}`} /> : '—'}</td>}
      {columns.includes('next') && <td>{s ? <NextCadenceCell next={s.nextCadence} unrecorded={s.unrecordedMeetings} today={today} partnershipId={p.id} /> : '—'}</td>}
      {columns.includes('overdue') && <td>{s ? <OverdueCell overdue={s.overdue} /> : '—'}</td>}
      {columns.includes('renewal') && (
        <td>
          <RenewalCell day={p.termEndsOn} today={today} isEnded={p.status === 'ended'} />
        </td>
      )}
      {columns.includes('won') && <td>{value ? <MoneyCell total={value.values.get(p.id)?.wonThisYear} currency={value.currency} /> : '…'}</td>}
      {columns.includes('pipeline') && <td>{value ? <MoneyCell total={value.values.get(p.id)?.openPipeline} currency={value.currency} /> : '…'}</td>}
      <td className="row-actions">
        {p.deletedAt ? (
          <button type="button" className="button button-small" onClick={() => onRestore(p)}>
            Restore
          </button>
        ) : (
          <>
            <button type="button" className="button button-small" onClick={() => onEdit(p)} aria-label={`Edit ${p.name}`}>
              Edit
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => onArchive(p)} aria-label={`Archive ${p.name}`}>
              Archive
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

/** Partner, type and owner on one line; the tooltip has it whole where the column cuts it. */
function PartnerLine({ partnership: p }: { readonly partnership: Partnership }) {
  const text = [p.partnerOrg, capitalise(p.type), p.owner].filter(Boolean).join(' · ');
  return (
    <span className="cell-sub partner-line" title={text}>
      {text}
    </span>
  );
}

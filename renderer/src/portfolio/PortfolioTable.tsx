import type { Partnership } from '@shared/domain';
import type { PartnershipSummary } from '@shared/portfolioSummary';
import { useWindowVirtualRows } from '../components/useWindowVirtualRows';
import type { SearchHit } from '../../db/search';
import { PortfolioRow } from './PortfolioRow';
import type { PortfolioValue } from './usePortfolio';
import type { PortfolioColumn } from './portfolioColumns';
import { ACTIONS_WIDTH, PORTFOLIO_COLUMNS } from './portfolioColumns';

interface Props {
  readonly partnerships: readonly Partnership[];
  readonly summaries: ReadonlyMap<string, PartnershipSummary>;
  /** Won this year and open pipeline, when a value column is shown. */
  readonly value?: PortfolioValue;
  readonly recordHits?: ReadonlyMap<string, ReadonlySet<SearchHit>>;
  readonly today: string;
  /** The optional columns to show, in the table's order. */
  readonly columns: readonly PortfolioColumn[];
  readonly widths: ReadonlyMap<PortfolioColumn, number>;
  readonly onEdit: (p: Partnership) => void;
  readonly onArchive: (p: Partnership) => void;
  readonly onRestore: (p: Partnership) => void;
}

// Every row has the same height (portfolio.css clamps each cell to it), so only the
// rows near the viewport are rendered: at 200 partnerships about a screenful is in the DOM.
// It holds a name on two lines, the partner line and the tags.
const ROW_HEIGHT = 108;
/** With a record search on, each row has one more line: where the query matched. */
const SEARCH_ROW_HEIGHT = 128;

export function PortfolioTable({ partnerships, summaries, value, recordHits, today, columns, widths, onEdit, onArchive, onRestore }: Props) {
  const rowHeight = recordHits ? SEARCH_ROW_HEIGHT : ROW_HEIGHT;
  const [bodyRef, rows] = useWindowVirtualRows<HTMLTableSectionElement>(partnerships.length, rowHeight);
  return (
    <table className="table portfolio-table" aria-rowcount={partnerships.length + 1} style={{ '--row-height': `${rowHeight}px` } as React.CSSProperties}>
      <colgroup>
        <col />
        {columns.map((id) => (
          <col key={id} style={{ width: widths.get(id) }} />
        ))}
        <col style={{ width: ACTIONS_WIDTH }} />
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">Partnership</th>
          {PORTFOLIO_COLUMNS.filter((c) => columns.includes(c.id)).map((c) => (
            <th key={c.id} scope="col">
              {c.label}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {rows.before > 0 && <Spacer height={rows.before} span={columns.length + 2} />}
        {partnerships.slice(rows.start, rows.end).map((p, i) => (
          <PortfolioRow
            key={p.id}
            partnership={p}
            summary={summaries.get(p.id)}
            value={value}
            hits={recordHits?.get(p.id)}
            rowIndex={rows.start + i + 2}
            today={today}
            columns={columns}
            onEdit={onEdit}
            onArchive={onArchive}
            onRestore={onRestore}
          />
        ))}
        {rows.after > 0 && <Spacer height={rows.after} span={columns.length + 2} />}
      </tbody>
    </table>
  );
}

/** Stands in for the rows not rendered, so the page scrolls as if they were there. */
function Spacer({ height, span }: { readonly height: number; readonly span: number }) {
  return (
    <tr className="virtual-spacer" aria-hidden="true">
      <td colSpan={span} style={{ height }} />
    </tr>
  );
}

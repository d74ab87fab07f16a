import type { PortfolioRollup, RollupRow } from '@shared/exports/portfolioRollup';
import { StatusBadge } from '../components/StatusBadge';
import { useDateText } from '../clock/useDateText';
import { percentText, scoreText } from '../partnership/review/reviewFormat';
import { routeHref } from '../router';
import type { MoneyTotal } from '@shared/value/currency';
import { formatCompactMoney, formatMoneyTotal } from '../partnership/value/valueFormat';

/** One row per partnership; with `linkRows`, each name opens its Review tab at the same quarter. */
export function RollupTable({ rollup, linkRows = false }: { readonly rollup: PortfolioRollup; readonly linkRows?: boolean }) {
  // Nine columns barely fit a narrow window: there the status moves under the name (rollup.css), so Gap and Renewal stay in view.
  return (
    <div className="rollup-table-frame">
      <table className="table rollup-table">
        <caption className="visually-hidden">Roll-up for {rollup.quarter}</caption>
        <thead>
          <tr>
            <th scope="col">Partnership</th>
            <th scope="col" className="rollup-status">
              Status
            </th>
            <th scope="col" className="num">Meetings held</th>
            <th scope="col" className="num">We kept</th>
            <th scope="col" className="num">They kept</th>
            <th scope="col" className="num">Health ours</th>
            <th scope="col" className="num">Health theirs</th>
            <th scope="col" className="num">Gap</th>
            <th scope="col">Renewal</th>
            <th scope="col" className="num">
              Won · open pipeline ({rollup.totals.won.currency})
            </th>
          </tr>
        </thead>
        <tbody>
          {rollup.rows.map((row) => (
            <Row key={row.partnershipId} row={row} quarter={rollup.quarter} linked={linkRows} />
          ))}
        </tbody>
        <tfoot>
          <tr className="rollup-total">
            <th scope="row">Total</th>
            <td className="rollup-status" />
            <td colSpan={7} />
            <MoneyCells won={rollup.totals.won} pipeline={rollup.totals.pipeline} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Row({ row, quarter, linked }: { readonly row: RollupRow; readonly quarter: string; readonly linked: boolean }) {
  const { formatDay } = useDateText();
  const href = routeHref({ screen: 'partnership', id: row.partnershipId, tab: 'review', detail: quarter });
  const wideGap = row.gap !== undefined && Math.abs(row.gap) >= 1;
  return (
    <tr>
      <th scope="row">
        {linked ? (
          <a className="cell-title" href={href}>
            {row.name}
          </a>
        ) : (
          <span className="cell-title">{row.name}</span>
        )}
        <span className="cell-sub">{row.partnerOrg}</span>
        <span className="rollup-status-inline" aria-hidden="true">
          <StatusBadge status={row.status} />
        </span>
      </th>
      <td className="rollup-status">
        <StatusBadge status={row.status} />
      </td>
      <td className="num">{percentText(row.adherencePercent)}</td>
      <td className="num">{percentText(row.oursOnTimePercent)}</td>
      <td className="num">{percentText(row.theirsOnTimePercent)}</td>
      <td className="num">{scoreText(row.healthOurs)}</td>
      <td className="num">{scoreText(row.healthPartner)}</td>
      <td className={`num${wideGap ? ' rollup-gap-wide' : ''}`}>{row.gap === undefined ? '—' : row.gap > 0 ? `+${row.gap.toFixed(1)}` : row.gap.toFixed(1)}</td>
      <td className="review-nowrap">{formatDay(row.renewalOn)}</td>
      <MoneyCells won={row.won} pipeline={row.pipeline} />
    </tr>
  );
}

/** Short amounts ("$1.2M") so ten columns fit a 900 px window; the exact figures are in the title (and the Markdown). */
function MoneyCells({ won, pipeline }: { readonly won: MoneyTotal; readonly pipeline: MoneyTotal }) {
  const unconverted = won.unconverted + pipeline.unconverted;
  return (
    <td className="num rollup-money" title={`Won ${formatMoneyTotal(won)}; open pipeline ${formatMoneyTotal(pipeline)}`}>
      {formatCompactMoney(won)}
      <span className="cell-sub">
        {formatCompactMoney(pipeline)} open{unconverted > 0 ? ` · ${unconverted} without a rate` : ''}
      </span>
    </td>
  );
}

// "Columns": which of the Portfolio's columns to show. A chosen column the window is too
// narrow for says so, rather than vanishing without a word.
import type { PortfolioColumns } from './usePortfolioColumns';
import { PORTFOLIO_COLUMNS } from './portfolioColumns';

export function ColumnsMenu({ columns }: { readonly columns: PortfolioColumns }) {
  const { chosen, shown, choose } = columns;
  const toggle = (id: (typeof chosen)[number], isOn: boolean) => choose(isOn ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <details className="columns-menu">
      <summary className="button">Columns</summary>
      <fieldset className="columns-menu-panel">
        <legend>Show columns</legend>
        {PORTFOLIO_COLUMNS.map((column) => {
          const isChosen = chosen.includes(column.id);
          return (
            <label key={column.id} className="check">
              <input type="checkbox" checked={isChosen} onChange={(e) => toggle(column.id, e.target.checked)} />
              {column.label}
              {isChosen && !shown.includes(column.id) && <span className="columns-menu-note">needs a wider window</span>}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}

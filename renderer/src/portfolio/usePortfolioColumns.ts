import { useElementWidth } from '../components/useElementWidth';
import { useStoredState } from '../components/useStoredState';
import type { PortfolioColumn } from './portfolioColumns';
import { DEFAULT_COLUMNS, columnWidths, fittingColumns, parseColumns } from './portfolioColumns';

export interface PortfolioColumns {
  /** What the user chose in the Columns menu (DEFAULT_COLUMNS until they choose). */
  readonly chosen: readonly PortfolioColumn[];
  /** What the table shows: the chosen columns that fit its width. */
  readonly shown: readonly PortfolioColumn[];
  /** Each shown column's width in px. */
  readonly widths: ReadonlyMap<PortfolioColumn, number>;
  readonly choose: (columns: readonly PortfolioColumn[]) => void;
}

/** The ref goes on the element whose width the table fills. */
export function usePortfolioColumns(): [React.RefObject<HTMLDivElement | null>, PortfolioColumns] {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [stored, choose] = useStoredState('steward.portfolioColumns', parseColumns);
  const chosen = stored ?? DEFAULT_COLUMNS;
  // Before the first measurement every chosen column is drawn; the layout effect corrects it before paint.
  const shown = width === undefined ? chosen : fittingColumns(chosen, width);
  return [ref, { chosen, shown, widths: columnWidths(shown, width), choose }];
}

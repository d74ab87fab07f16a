// The Portfolio's optional columns in the table's order, each with its importance (1 is
// kept longest). A narrow window shows the ones the user chose that fit, dropping the
// least important, so no cell has to cut a date, a count or a status to squeeze in.
export const PORTFOLIO_COLUMNS = [
  { id: 'status', label: 'Status', width: 104, priority: 1 },
  { id: 'health', label: 'Health', width: 124, priority: 5 },
  { id: 'next', label: 'Next cadence', width: 212, priority: 4 },
  { id: 'overdue', label: 'Overdue', width: 112, priority: 3 },
  { id: 'renewal', label: 'Renewal', width: 132, priority: 2 },
  // In the reporting currency; chosen in the Columns menu (off until then).
  { id: 'won', label: 'Won this year', width: 136, priority: 6 },
  { id: 'pipeline', label: 'Open pipeline', width: 136, priority: 7 },
] as const;

export type PortfolioColumn = (typeof PORTFOLIO_COLUMNS)[number]['id'];

/** The partnership's name always shows; below this width it would wrap to more than two lines. */
export const NAME_MIN_WIDTH = 200;
/** Edit and Archive, one above the other. */
export const ACTIONS_WIDTH = 96;

export const ALL_COLUMNS: readonly PortfolioColumn[] = PORTFOLIO_COLUMNS.map((c) => c.id);
/** What shows until the user chooses: the value columns only matter once there is a pipeline. */
export const DEFAULT_COLUMNS: readonly PortfolioColumn[] = ['status', 'health', 'next', 'overdue', 'renewal'];
/** The columns read from the opportunities (a query of their own, run only when one is shown). */
export const VALUE_COLUMNS: readonly PortfolioColumn[] = ['won', 'pipeline'];

/** A stored choice read back: only known columns, in the table's order. */
export function parseColumns(raw: unknown): readonly PortfolioColumn[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return ALL_COLUMNS.filter((id) => raw.includes(id));
}

/** The chosen columns that fit in `width` (the table's), dropping the least important first. */
export function fittingColumns(chosen: readonly PortfolioColumn[], width: number): readonly PortfolioColumn[] {
  let room = width - NAME_MIN_WIDTH - ACTIONS_WIDTH;
  const fits = new Set<PortfolioColumn>();
  for (const column of [...PORTFOLIO_COLUMNS].sort((a, b) => a.priority - b.priority)) {
    if (!chosen.includes(column.id) || column.width > room) continue;
    fits.add(column.id);
    room -= column.width;
  }
  return ALL_COLUMNS.filter((id) => fits.has(id));
}

/** Past this, the name column has room enough; what is left widens the other columns. */
const NAME_COMFORT_WIDTH = 420;
/** How far a column grows on a wide window (its dates and names then need no second line). */
const MAX_GROWTH = 1.4;

/** Each shown column's width in px: its own, grown on a wide window so the space is used, not left to the name alone. */
export function columnWidths(shown: readonly PortfolioColumn[], tableWidth: number | undefined): ReadonlyMap<PortfolioColumn, number> {
  const base = PORTFOLIO_COLUMNS.filter((c) => shown.includes(c.id));
  const total = base.reduce((sum, c) => sum + c.width, 0);
  const room = tableWidth === undefined ? 0 : tableWidth - NAME_COMFORT_WIDTH - ACTIONS_WIDTH - total;
  const growth = total === 0 ? 1 : Math.min(MAX_GROWTH, 1 + Math.max(room, 0) / total);
  return new Map(base.map((c) => [c.id, Math.floor(c.width * growth)]));
}

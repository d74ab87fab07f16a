import type { PortfolioRollup, RollupRow } from '@shared/exports/portfolioRollup';
import { formatMoneyTotal } from '../partnership/value/valueFormat';

const GAP_WORTH_A_LOOK = 1;

function average(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? Math.round(known.reduce((a, b) => a + b, 0) / known.length) : undefined;
}

function count(rows: readonly RollupRow[], test: (row: RollupRow) => boolean): number {
  return rows.filter(test).length;
}

/** The portfolio in four numbers, above the table, counted as at the roll-up's moment. */
export function RollupSummary({ rollup }: { readonly rollup: PortfolioRollup }) {
  const { rows } = rollup;
  const adherence = average(rows.map((r) => r.adherencePercent));
  const ours = average(rows.map((r) => r.oursOnTimePercent));
  const theirs = average(rows.map((r) => r.theirsOnTimePercent));
  const gaps = count(rows, (r) => r.gap !== undefined && Math.abs(r.gap) >= GAP_WORTH_A_LOOK);
  const atRisk = count(rows, (r) => r.status === 'at risk');
  const soFar = rollup.timing === 'ended' ? '' : ' so far';
  return (
    <dl className="rollup-summary">
      <Tile label="Partnerships" value={String(rows.length)} note={atRisk ? `${atRisk} at risk` : 'none at risk'} />
      <Tile label="Meetings held" value={adherence === undefined ? '—' : `${adherence}%`} note={`average of planned${soFar}`} />
      <Tile label="Kept on time" value={`${ours ?? '—'}% · ${theirs ?? '—'}%`} note={`we · they, of what was due${soFar}`} />
      <Tile label="Perception gaps" value={String(gaps)} note={`of a point or more`} />
      <Tile label="Won" value={formatMoneyTotal(rollup.totals.won)} note={`${rollup.totals.won.count + rollup.totals.won.unconverted} deals${soFar}; open pipeline ${formatMoneyTotal(rollup.totals.pipeline)}`} />
    </dl>
  );
}

function Tile({ label, value, note }: { readonly label: string; readonly value: string; readonly note: string }) {
  return (
    <div className="rollup-tile">
      <dt>{label}</dt>
      <dd>
        <span className="rollup-big">{value}</span>
        <span className="cell-sub">{note}</span>
      </dd>
    </div>
  );
}

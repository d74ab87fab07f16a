// The executives' quarterly roll-up: one row per partnership with the quarter's key
// figures, each linking to that partnership's review of the same quarter.
import { asAtText, portfolioRollupMarkdown, rollupMissingRates } from '@shared/exports/reviewMarkdown';
import { usePartnerships } from '../../db/hooks';
import { QuarterPicker } from '../components/QuarterPicker';
import { asQuarter, currentQuarter, quarterOptions } from '../components/quarterOptions';
import { safeFileName } from '../exports/fileName';
import { useSaveExport } from '../exports/useSaveExport';
import { useDateText } from '../clock/useDateText';
import { usePortfolioRollup } from '../partnership/review/useReview';
import { rollupFileBase } from '../partnership/review/reviewFiles';
import { navigate, routeHref } from '../router';
import { useToday } from '../useToday';
import { RollupEmpty } from './RollupEmpty';
import { RollupSummary } from './RollupSummary';
import { RollupTable } from './RollupTable';
import './rollup.css';

export function RollupScreen({ quarter }: { readonly quarter?: string }) {
  const { formatDay, format } = useDateText();
  const today = useToday();
  const shown = asQuarter(quarter) ?? currentQuarter(today);
  const rollup = usePortfolioRollup(shown);
  const partnerships = usePartnerships();
  const save = useSaveExport();
  const firstSigned = partnerships?.map((p) => p.signedOn).filter((d): d is string => !!d).sort()[0];
  const exportMarkdown = () =>
    rollup && void save({ type: 'markdown', suggestedName: safeFileName(rollupFileBase(shown), 'md'), build: async () => portfolioRollupMarkdown(rollup, format) });
  return (
    <section className="screen screen-wide rollup" aria-labelledby="rollup-title">
      <header className="screen-header">
        <div>
          <h1 id="rollup-title">Quarterly roll-up</h1>
          <p className="screen-sub">
            Every partnership’s quarter at a glance, for executives. {rollup && `${formatDay(rollup.range.first)} – ${formatDay(rollup.range.last)}.`}
          </p>
        </div>
      </header>
      <div className="toolbar">
        <QuarterPicker id="rollup-quarter" value={shown} options={quarterOptions(firstSigned, today, shown)} onChange={(q) => navigate({ screen: 'rollup', quarter: q })} />
        <div className="review-exports">
          <button type="button" className="button" onClick={exportMarkdown} disabled={!rollup || rollup.rows.length === 0}>
            Export Markdown
          </button>
          <a className="button" href={routeHref({ screen: 'print', doc: { kind: 'rollup', quarter: shown } })}>
            Export PDF…
          </a>
        </div>
      </div>
      {!rollup ? (
        <p className="muted">Loading…</p>
      ) : rollup.rows.length === 0 ? (
        <RollupEmpty />
      ) : (
        <>
          <p className="rollup-as-at">{asAtText(rollup, rollup.range, format)}</p>
          <RollupSummary rollup={rollup} />
          {rollupMissingRates(rollup, format) && <p className="rollup-missing-rates">{rollupMissingRates(rollup, format)}</p>}
          <RollupTable rollup={rollup} linkRows />
        </>
      )}
    </section>
  );
}

// The perception gap: our latest score beside the partner's on each dimension, widest
// gap first, with each gap spelled out in the table beside the chart.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { HealthCheck } from '@shared/domain';
import { latestChecks, perceptionGap } from '@shared/health';
import { gapSummary } from '@shared/healthView';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';
import { AXIS_TICK, SCORE_TICKS, SIDE_COLOURS } from './chartTheme';
import { GapTable } from './GapTable';

export function GapChart({ checks }: { readonly checks: readonly HealthCheck[] }) {
  const { formatDay } = useDateText();
  const rows = perceptionGap(checks);
  const { ours, partner } = latestChecks(checks);
  const data = rows.map((r) => ({ ...r, label: capitalise(r.dimension) }));
  if (!ours || !partner) return <GapWaiting missing={ours ? 'partner' : 'ours'} />;
  return (
    <figure className="health-figure" aria-labelledby="health-gap-caption">
      <div className="health-figure-head">
        <h3>Perception gap</h3>
        <p className="health-figure-sub">
          Our check of {formatDay(ours.assessedOn)} against the partner’s of {formatDay(partner.assessedOn)}
        </p>
      </div>
      <figcaption id="health-gap-caption" className="health-caption">
        {gapSummary(rows)}
      </figcaption>
      <div className="health-gap-body">
        <BarChart
          layout="vertical"
          responsive
          style={{ width: '100%', height: Math.max(200, 56 * data.length + 60) }}
          data={data}
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          barGap={2}
        >
          <CartesianGrid stroke="#e6eaef" horizontal={false} />
          <XAxis type="number" domain={[0, 5]} ticks={[0, ...SCORE_TICKS]} tick={AXIS_TICK} />
          <YAxis type="category" dataKey="label" width={150} tick={AXIS_TICK} />
          <Tooltip />
          <Legend />
          <Bar name="Ours" dataKey="ours" fill={SIDE_COLOURS.ours} maxBarSize={18} isAnimationActive={false} />
          <Bar name="Partner’s" dataKey="partner" fill={SIDE_COLOURS.partner} maxBarSize={18} isAnimationActive={false} />
        </BarChart>
        <GapTable rows={rows} />
      </div>
    </figure>
  );
}

function GapWaiting({ missing }: { readonly missing: 'ours' | 'partner' }) {
  return (
    <figure className="health-figure" aria-labelledby="health-gap-caption">
      <div className="health-figure-head">
        <h3>Perception gap</h3>
      </div>
      <figcaption id="health-gap-caption" className="health-caption">
        {missing === 'partner'
          ? 'Record a check from the partner’s perspective (their answers, entered by you) to compare how each side sees the partnership.'
          : 'Record a check from our perspective to compare it with the partner’s view.'}
      </figcaption>
    </figure>
  );
}

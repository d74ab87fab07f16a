// A tiny line of scores (1–5) over time, with its meaning in the accessible name.
const WIDTH = 72;
const HEIGHT = 22;

export function Sparkline({ values, label }: { readonly values: readonly number[]; readonly label: string }) {
  if (values.length === 0) return <span className="muted">No checks</span>;
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  const y = (v: number) => HEIGHT - 2 - ((v - 1) / 4) * (HEIGHT - 4);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values.at(-1) ?? 0;
  const first = values[0] ?? last;
  const tone = last < first - 0.2 ? 'down' : last > first + 0.2 ? 'up' : 'flat';
  return (
    <span className={`sparkline sparkline-${tone}`} role="img" aria-label={label}>
      <svg width={WIDTH} height={HEIGHT} viewBox={`-2 0 ${WIDTH + 4} ${HEIGHT}`} aria-hidden="true">
        <polyline points={points} fill="none" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
        <circle cx={(values.length - 1) * step} cy={y(last)} r="2.5" />
      </svg>
      <span className="sparkline-value">{last.toFixed(1)}</span>
    </span>
  );
}

// Pure helpers of the benchmark report: medians, growth between sizes, the Markdown table.
// No clock and no I/O, so they are unit-tested (tests/unit/bench/stats.test.ts).

export type Samples = Readonly<Record<string, readonly number[]>>;

export interface ScaleResult {
  readonly records: number;
  readonly runs: number;
  readonly medians: Readonly<Record<string, number>>;
  readonly samples: Samples;
  readonly peakHeapMb: number;
}

export interface OperationInfo {
  readonly key: string;
  readonly label: string;
  /** 'ms' for times, 'x' for ratios, 'MB' for sizes, 'count' for counts. */
  readonly unit: 'ms' | 'x' | 'MB' | 'count';
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mediansOf(samples: Samples): Record<string, number> {
  return Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
}

/** How many times larger `value` is than `base`, or undefined when either is missing or base is 0. */
export function growth(value: number | undefined, base: number | undefined): number | undefined {
  if (value === undefined || base === undefined || !Number.isFinite(value) || !Number.isFinite(base) || base === 0) return undefined;
  return value / base;
}

export function formatValue(value: number | undefined, unit: OperationInfo['unit']): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'x') return `${value.toFixed(2)}×`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'count') return String(Math.round(value));
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

const ratio = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(1)}×`);

/** One row per operation: the median at each scale, then growth 10x/1x and 100x/1x. */
export function markdownTable(operations: readonly OperationInfo[], scales: Readonly<Record<string, ScaleResult>>): string {
  const names = Object.keys(scales);
  const header = `| operation | ${names.map((n) => `${n} (${scales[n]!.records.toLocaleString('en-GB')} records)`).join(' | ')} | 10x / 1x | 100x / 1x |`;
  const rule = `|---|${names.map(() => '---:').join('|')}|---:|---:|`;
  const rows = operations.map((op) => {
    const at = (scale: string) => (op.key === 'peakHeapMb' ? scales[scale]?.peakHeapMb : scales[scale]?.medians[op.key]);
    const cells = names.map((n) => formatValue(at(n), op.unit));
    return `| ${op.label} | ${cells.join(' | ')} | ${ratio(growth(at('10x'), at('1x')))} | ${ratio(growth(at('100x'), at('1x')))} |`;
  });
  return [header, rule, ...rows].join('\n');
}

/** Order statistics for benchmark samples. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p90: number;
  readonly n: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (index - low);
}

/** Median, min, max and 90th percentile of the samples. */
export function spread(samples: readonly number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    p90: quantile(sorted, 0.9),
    n: sorted.length,
  };
}

/** "812 ms (min 790, p90 901, max 950, n=10)". */
export function describeSpread(s: Spread, unit = 'ms'): string {
  const r = (n: number) => Math.round(n);
  return `min ${r(s.min)}, p90 ${r(s.p90)}, max ${r(s.max)} ${unit}, n=${s.n}`;
}

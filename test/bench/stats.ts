/**
 * Cold starts per start-up figure (home, demo, 逾期): on this 2-core machine one cold start varies
 * by ±15 % from the next, and the median of five moved a ratio by 0.1 between runs of one build.
 */
export const coldStarts = 9;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Median wall time of fn over `runs` runs after `warmup` unmeasured ones. */
export async function timeMedian(
  fn: () => Promise<unknown>,
  runs: number,
  warmup = 2,
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The nearest-rank percentile p (0–100) of values. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

// Benchmark: a year's statistics (computeStatistics, 本期 and 累计 by village) over the ten-year
// demo township at full scale (about 2,000 meetings, 60,000 attendance rows, 20,000 issues and
// 45,000 history entries). The records are structured clones, as IndexedDB hands them over: the
// generator's own objects are many times slower to walk. Goal: at most 100 ms.
// Run: node --import tsx test/bench/statistics-bench.ts
import { pathToFileURL } from 'node:url';
import { generateTownship } from '../../shared/demo/township';
import { computeStatistics } from '../../shared/domain/statistics';
import { median } from './stats';

export function benchStatistics(runs = 15): { ms: number; meetings: number; issues: number } {
  const demo = generateTownship({ seed: 2026, scale: 1 });
  const records = structuredClone(demo.records);
  const year = Number(demo.today.slice(0, 4)) - 1;
  const input = {
    ...records,
    settings: demo.settings,
    today: demo.today,
    period: { kind: 'year', year } as const,
  };
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    computeStatistics(input);
    if (i >= 3) times.push(performance.now() - start);
  }
  return { ms: median(times), meetings: records.meetings.length, issues: records.issues.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = benchStatistics();
  console.log(
    `a year's statistics over ${result.meetings} meetings, ${result.issues} issues: ` +
      `${result.ms.toFixed(1)} ms (goal ≤ 100 ms)`,
  );
}

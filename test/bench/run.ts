// npm run bench: every benchmark, each a ratio against a baseline measured in the same run on
// the same machine. Writes bench-results.json (every figure, its baseline, the ratio, the goal
// and the machine's core count) and prints the same as a table. The script builds the renderer
// first.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchDemo } from './demo-bench';
import { closeDemoProfiles } from './demo-profile';
import { benchDocs } from './docs-bench';
import { benchHome, startupBytes } from './home-bench';
import { benchHomeDue } from './home-due-bench';
import { benchImport } from './import-bench';
import { benchKeystroke } from './keystroke-bench';
import { benchKeystrokePaint } from './keystroke-paint-bench';
import { benchLedger } from './ledger-bench';
import { benchOpenAfterWrite } from './open-cost';
import { benchRoster } from './roster-bench';
import { benchStatistics } from './statistics-bench';
import { benchStatisticsPage } from './statistics-page-bench';

type Goal = { atMost: number } | { atLeast: number };
type Figure = {
  name: string;
  value: number | null;
  baseline: number | null;
  unit: string;
  ratio: number | null;
  goal: Goal;
  met: boolean | null;
  note: string;
};

function figure(
  name: string,
  value: number,
  baseline: number | null,
  unit: string,
  goal: Goal,
  note: string,
): Figure {
  const ratio = baseline === null ? value : value / baseline;
  const met = 'atMost' in goal ? ratio <= goal.atMost : ratio >= goal.atLeast;
  return { name, value, baseline, unit, ratio, goal, met, note };
}

const figures: Figure[] = [];
const docsRuns: { oursMs: number; bareMs: number }[] = [];

for (let run = 1; run <= 3; run++) {
  const docs = await benchDocs();
  docsRuns.push(docs);
  figures.push(
    figure(
      `record export / bare Packer, run ${run} of 3`,
      docs.oursMs,
      docs.bareMs,
      'ms',
      { atMost: 1.5 },
      `屋场会记录 of 200 attendees / 60 issues, median of ${docs.iterations}`,
    ),
  );
}

const home = await benchHome();
figures.push(
  figure(
    'home interactive, empty database / bare React + antd table page',
    home.appMs,
    home.baselineMs,
    'ms',
    { atMost: 1.5 },
    `median of ${home.runs} fresh profiles each`,
  ),
);

const demo = await benchDemo();
const written = await benchOpenAfterWrite();
figures.push(
  figure(
    'home interactive, ten-year demo dataset / empty database',
    demo.demoMs,
    demo.emptyMs,
    'ms',
    { atMost: 1.2 },
    `median of ${demo.runs} cold starts of each profile; the demo (${demo.files} files, ${(demo.bytes / 1e6).toFixed(0)} MB) imported once through 导入 in ${(demo.importMs / 1000).toFixed(0)} s; ` +
      `a bare page that only opens the same database cold and reads the home screen's lists: ${demo.bareDemoMs.toFixed(0)} ms with the demo, ${demo.bareEmptyMs.toFixed(0)} ms empty; ` +
      `the open alone ${demo.openDemoMs.toFixed(0)} ms with the demo, of it LevelDB Scopes ${demo.scopesDemoMs.toFixed(0)} ms ` +
      `(empty: ${demo.openEmptyMs.toFixed(0)} ms, ${demo.scopesEmptyMs.toFixed(0)} ms); ` +
      `${written.records.toLocaleString('en')} records written in one transaction open in ${written.oneOpenMs.toFixed(0)} ms ` +
      `(LevelDB Scopes ${written.oneScopesMs.toFixed(0)} ms), in transactions of ${written.smallTransaction} in ` +
      `${written.smallOpenMs.toFixed(0)} ms (${written.smallScopesMs.toFixed(0)} ms), medians of ${written.runs} (open-cost.ts)`,
  ),
);

// Other work on the machine skews the absolute figures: the load average beside each of these.
const load = () => `load ${os.loadavg()[0]?.toFixed(1) ?? '?'}`;

const ledger = await benchLedger();
figures.push(
  figure(
    '台账 filter change to painted list, p95, ten-year demo',
    ledger.appP95,
    null,
    'ms',
    { atMost: 50 },
    `${ledger.changes} changes (村, 类别, 状态, 逾期, search typed and deleted, 清除) over 20,135 issues; ` +
      `p50 ${ledger.appP50.toFixed(1)} ms; bare Array.filter page p95 ${ledger.baselineP95.toFixed(1)} ms ` +
      `(${(ledger.appP95 / ledger.baselineP95).toFixed(1)}×); list first shown ${(ledger.firstShownMs / 1000).toFixed(1)} s; ${load()}`,
  ),
);

const due = await benchHomeDue();
figures.push(
  figure(
    'home 逾期/即将到期 lists, ten-year demo / empty database',
    due.demoMs,
    due.emptyMs,
    'ms',
    { atMost: 1.2 },
    `median of ${due.runs} cold starts of each profile, in turns; ${load()}`,
  ),
);
const roster = await benchRoster();
figures.push(
  figure(
    '村民名册 search key to painted list, p95, ten-year demo',
    roster.appP95,
    null,
    'ms',
    { atMost: 16 },
    `${roster.keys} keys (zs, sdh, 王, 石门村, 李明, lj typed and deleted) over ${roster.persons} persons; ` +
      `p50 ${roster.appP50.toFixed(1)} ms; first key on the page ${roster.firstKeyMs.toFixed(0)} ms; ` +
      `bare String.includes page p95 ${roster.baselineP95.toFixed(1)} ms ` +
      `(${(roster.appP95 / roster.baselineP95).toFixed(1)}×); ${load()}`,
  ),
);

const yearStatistics = await benchStatisticsPage();
figures.push(
  figure(
    "a year's statistics on 统计, ten-year demo in Chromium",
    yearStatistics.ms,
    null,
    'ms',
    { atMost: 100 },
    `median of ${yearStatistics.runs} choices of 2025年/2024年, max ${yearStatistics.maxMs.toFixed(0)} ms, ` +
      `after preparing the records once as the page read them (${yearStatistics.prepareMs.toFixed(0)} ms); ` +
      `a plain counting pass over the same records ${yearStatistics.baselineMs.toFixed(1)} ms ` +
      `(${(yearStatistics.ms / yearStatistics.baselineMs).toFixed(1)}×); ${load()}`,
  ),
);
await closeDemoProfiles();

const imported = await benchImport();
// Throughput is rows per time, so ours / raw throughput = raw time / our time.
figures.push(
  figure(
    'import throughput / raw Dexie bulkPut',
    imported.rawMs,
    imported.oursMs,
    'ms',
    { atLeast: 0.5 },
    `${imported.rows} rows; value is raw bulkPut time, baseline our import time`,
  ),
);

const keystroke = await benchKeystroke();
figures.push(
  figure(
    'keystroke to stored, p95',
    keystroke.p95Ms,
    null,
    'ms',
    { atMost: 16 },
    `${keystroke.samples} key presses, autosave flushed at once; p50 ${keystroke.p50Ms.toFixed(1)} ms; ` +
      `floor: a bare page reading and writing the record on each key p95 ${keystroke.bareP95Ms.toFixed(1)} ms, ` +
      `p50 ${keystroke.bareP50Ms.toFixed(1)} ms; the same bare page saving in a worker p95 ` +
      `${keystroke.workerP95Ms.toFixed(1)} ms, p50 ${keystroke.workerP50Ms.toFixed(1)} ms; a bare strict IndexedDB put alone ` +
      `p95 ${keystroke.rawP95Ms.toFixed(1)} ms, p50 ${keystroke.rawP50Ms.toFixed(1)} ms`,
  ),
);

const paint = await benchKeystrokePaint();
figures.push(
  figure(
    'keystroke to paint, p95, CPU 4× slower',
    paint.appP95,
    null,
    'ms',
    { atMost: 16 },
    `6,000-character description, 200 attendees / 60 issues; app p50 ${paint.appP50.toFixed(1)} ms; ` +
      `bare textarea p50 ${paint.baselineP50.toFixed(1)} ms, p95 ${paint.baselineP95.toFixed(1)} ms; ` +
      `empty bare textarea (the measure's floor here) p50 ${paint.floorP50.toFixed(1)} ms, p95 ${paint.floorP95.toFixed(1)} ms`,
  ),
);

const statistics = benchStatistics();
figures.push(
  figure(
    "a year's statistics (本期 and 累计, by village), in Node",
    statistics.ms,
    null,
    'ms',
    { atMost: 100 },
    `demo township in Node, ${statistics.meetings} meetings, ${statistics.issues} issues, records as structured clones`,
  ),
);

const results = {
  measuredAt: new Date().toISOString(),
  cores: os.cpus().length,
  // Other work on the machine skews the absolute figure (keystroke); ratios suffer less.
  loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
  node: process.version,
  startupBytes: startupBytes(),
  figures,
  docsStable: docsRuns.every((d) => d.oursMs / d.bareMs <= 1.5),
};
writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);

const goalText = (goal: Goal) => ('atMost' in goal ? `≤ ${goal.atMost}` : `≥ ${goal.atLeast}`);
const number = (value: number | null, digits: number) =>
  value === null ? '—' : value.toFixed(digits);
console.table(
  figures.map((f) => ({
    figure: f.name,
    value: number(f.value, 1),
    baseline: number(f.baseline, 1),
    ratio: f.baseline === null ? '—' : number(f.ratio, 2),
    goal: goalText(f.goal),
    met: f.met === null ? f.note : f.met ? 'yes' : 'NO',
  })),
);
console.log(
  `${results.cores} cores, load ${results.loadAverage.join(' ')}; start-up bytes ${results.startupBytes}; record export stable over 3 runs: ` +
    `${results.docsStable ? 'yes' : 'NO'}; written to bench-results.json`,
);

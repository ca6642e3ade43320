// Importing a township's year (200 meetings' exchange files, 30 attendees and 10 issues each)
// through the app's import in Chromium on real IndexedDB, against a raw Dexie bulkPut of the
// same rows in the same page. Goal: at least 0.5 of raw throughput.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { emptyRecords, type ExchangeFile } from '../../shared/exchange/format';
import { createExchangeFile, serializeExchangeFile } from '../../shared/exchange/write';
import { openProfile, removeProfile } from '../e2e/browser';
import { meetingBuilder } from '../fixtures/records';
import { median } from './stats';

const meetings = 200;
const runs = 5;

async function townshipYear(): Promise<ExchangeFile[]> {
  const files: ExchangeFile[] = [];
  for (let m = 0; m < meetings; m++) {
    const day = String((m % 28) + 1).padStart(2, '0');
    const month = String((m % 12) + 1).padStart(2, '0');
    const b = meetingBuilder(0x1000 + m, `2026-${month}-${day}`, {
      village: `第${(m % 20) + 1}村`,
      status: '已结束',
    });
    for (let a = 0; a < 30; a++)
      b.attend(`村民${m}-${a}`, { group: `${(a % 6) + 1}组`, phone: a % 3 ? '' : '13812341234' });
    for (let i = 0; i < 10; i++)
      b.issue({
        description: `第${i + 1}个问题：村道、饮水、医保`.repeat(3),
        responseType: '交办',
        status: '办理中',
        owner: '王站长',
        unit: '交通站',
        deadline: '2026-12-31',
      });
    const records = {
      ...emptyRecords(),
      meetings: [b.bundle.meeting],
      attendance: b.bundle.attendance,
      issues: b.bundle.issues,
    };
    files.push(
      await createExchangeFile(
        {
          kind: 'exchange',
          exportedAt: '2026-11-27T08:00:00.000Z',
          appVersion: 'bench',
          source: { deviceId: `laptop-${m % 8}`, label: '' },
        },
        records,
      ),
    );
  }
  return files;
}

export async function benchImport() {
  const outDir = mkdtempSync(join(tmpdir(), 'wch-import-bench-'));
  const root = 'test/bench/import-page';
  await build({ configFile: false, root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    configFile: false,
    root,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const profile = await openProfile();
  try {
    const files = await townshipYear();
    const texts = files.map(serializeExchangeFile);
    const rows = files.reduce(
      (n, f) =>
        n + f.records.meetings.length + f.records.attendance.length + f.records.issues.length,
      0,
    );
    const page = await profile.context.newPage();
    await page.goto(server.resolvedUrls?.local[0] ?? '');
    await page.waitForFunction(() => document.title === 'ready');
    await page.evaluate((t) => {
      (window as unknown as { bytes: Uint8Array[] }).bytes = t.map((s) =>
        new TextEncoder().encode(s),
      );
    }, texts);
    const ours: number[] = [];
    const parsing: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const o = await page.evaluate(() =>
        window.bench.importFiles((window as unknown as { bytes: Uint8Array[] }).bytes),
      );
      const r = await page.evaluate((f) => window.bench.rawBulkPut(f), files);
      if (i > 0) {
        ours.push(o.total);
        parsing.push(o.parse);
        raw.push(r);
      }
    }
    const result = { oursMs: median(ours), parseMs: median(parsing), rawMs: median(raw), rows };
    console.log(
      `import of ${meetings} meetings' files (${rows} rows, ${(texts.join('').length / 1e6).toFixed(1)} M chars, ${runs} runs): ` +
        `ours ${result.oursMs.toFixed(0)} ms (reading and checking ${result.parseMs.toFixed(0)} ms); raw bulkPut ${result.rawMs.toFixed(0)} ms; ` +
        `throughput ratio ${(result.rawMs / result.oursMs).toFixed(2)} (goal ≥ 0.5)`,
    );
    return result;
  } finally {
    await profile.close();
    removeProfile(profile);
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

// Time from navigation to an interactive home screen on an empty database, in Chromium, against
// a minimal page with one button served by the same server in the same run (the baseline).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { openProfile, removeProfile } from '../e2e/browser';
import { median } from './stats';

const runs = 5;

async function timeLoad(url: string, markName: string): Promise<number> {
  const profile = await openProfile();
  try {
    const page = await profile.context.newPage();
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, markName);
    return await page.evaluate(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
      markName,
    );
  } finally {
    await profile.close();
    removeProfile(profile);
  }
}

export async function benchHome() {
  const baselineDir = join('dist', '__bench');
  mkdirSync(baselineDir, { recursive: true });
  writeFileSync(
    join(baselineDir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><button>新建屋场会</button><script>performance.mark("baseline-interactive")</script>',
  );
  const server = await preview({
    configFile: 'vite.config.ts',
    preview: { port: 0 },
    logLevel: 'error',
  });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('no preview URL');
    const app: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < runs; i++) {
      baseline.push(await timeLoad(`${url}__bench/`, 'baseline-interactive'));
      app.push(await timeLoad(url, 'home-interactive'));
    }
    const result = { appMs: median(app), baselineMs: median(baseline) };
    console.log(
      `home screen interactive (empty database, ${runs} runs): median ${result.appMs.toFixed(0)} ms; ` +
        `minimal page ${result.baselineMs.toFixed(0)} ms; ratio ${(result.appMs / result.baselineMs).toFixed(2)}×`,
    );
    return result;
  } finally {
    await server.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

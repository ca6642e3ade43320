// Time from navigation to an interactive home screen on an empty database, in Chromium, against
// a bare React + antd page showing one table (test/bench/home-baseline), built by Vite and served
// by Vite's preview server like the app, in the same run. Also the start-up bytes: what
// dist/index.html loads before the home screen can run.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview, type PreviewServer } from 'vite';
import { openProfile, removeProfile } from '../e2e/browser';
import { markTime } from './mark-time';
import { coldStarts, median } from './stats';

const runs = coldStarts;

async function timeLoad(url: string, markName: string): Promise<number> {
  const profile = await openProfile();
  try {
    const page = await profile.context.newPage();
    await page.goto(url);
    return await markTime(page, markName);
  } finally {
    await profile.close();
    removeProfile(profile);
  }
}

function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('no preview URL');
  return url;
}

/**
 * Bytes of the scripts, module preloads and styles that dist/index.html names, and of what its
 * entry script preloads for the imports it makes at once: boot.ts imports opening.ts and main.tsx
 * and nothing else, so the entry's `__vite__mapDeps` lists those imports' chunks and styles (the
 * page names them too, so they load while boot.ts runs). An entry with more imports than those
 * two fails here, as the list would then name pages loaded later.
 */
export function startupBytes(distRoot = 'dist'): number {
  const html = readFileSync(join(distRoot, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const entries = [...html.matchAll(/<script[^>]* src="\.\/(assets\/[^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const preloaded = entries.flatMap((script) => {
    const code = readFileSync(join(distRoot, script), 'utf8');
    const imports = code.match(/\bimport\(/g)?.length ?? 0;
    if (imports > 2) {
      throw new Error(`${script} makes ${imports} imports; expected opening's and main's only`);
    }
    const list = /__vite__mapDeps=.*?m\.f=\[([^\]]*)\]/.exec(code)?.[1] ?? '';
    return [...list.matchAll(/"\.\/([^"]+)"/g)].map((m) => `assets/${m[1] ?? ''}`);
  });
  const assets = new Set([...named, ...preloaded]);
  return [...assets].reduce((sum, asset) => sum + statSync(join(distRoot, asset)).size, 0);
}

export async function benchHome() {
  const baselineOut = mkdtempSync(join(tmpdir(), 'wch-home-baseline-'));
  const baselineRoot = 'test/bench/home-baseline';
  await build({
    configFile: false,
    root: baselineRoot,
    base: './',
    plugins: [react()],
    logLevel: 'error',
    build: { outDir: baselineOut, emptyOutDir: true },
  });
  const app = await preview({
    configFile: 'vite.config.ts',
    preview: { port: 0 },
    logLevel: 'error',
  });
  const baseline = await preview({
    configFile: false,
    root: baselineRoot,
    build: { outDir: baselineOut },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  try {
    const appTimes: number[] = [];
    const baselineTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      baselineTimes.push(await timeLoad(urlOf(baseline), 'baseline-interactive'));
      appTimes.push(await timeLoad(urlOf(app), 'home-interactive'));
    }
    return { appMs: median(appTimes), baselineMs: median(baselineTimes), runs };
  } finally {
    await app.close();
    await baseline.close();
    rmSync(baselineOut, { recursive: true, force: true });
  }
}

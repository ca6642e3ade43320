// Packs the app with electron-builder --dir, as `npm run pack` does, but with a stand-in for
// Electron's runtime (it cannot be downloaded here) that carries a real fuse wire, then checks
// what was packed: app.asar holds only the built app within its size budget, and the packed
// executable's fuses are flipped.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAsar, readAsarText } from './asar-reader';
import { electronDefaultWire, readFuses, standInExecutable } from './fuse-wire';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
/** The budget README states for app.asar. */
const asarBudgetBytes = 5 * 1024 * 1024;
let work: string;
let unpacked: string;

beforeAll(async () => {
  expect(existsSync(path.join(root, 'dist/index.html')), 'build first: npx vite build').toBe(true);
  work = mkdtempSync(path.join(os.tmpdir(), 'wch-pack-'));
  const electronDist = path.join(work, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(path.join(electronDist, 'electron'), standInExecutable(electronDefaultWire));
  chmodSync(path.join(electronDist, 'electron'), 0o755);
  await run(process.execPath, [path.join(root, 'build/build-electron.mjs')], { cwd: root });
  await run(
    path.join(root, 'node_modules/.bin/electron-builder'),
    [
      '--dir',
      '--linux',
      '--x64',
      '--config',
      'build/electron-builder.yml',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${path.join(work, 'out')}`,
    ],
    { cwd: root, env: { ...process.env, CI: 'true' } },
  );
  unpacked = path.join(work, 'out', 'linux-unpacked');
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed app', () => {
  it('holds only the built renderer, main, preload and package.json in app.asar', () => {
    const files = listAsar(path.join(unpacked, 'resources', 'app.asar')).map((f) => f.path);
    for (const needed of [
      'package.json',
      'dist/index.html',
      'dist-electron/main.cjs',
      'dist-electron/preload.cjs',
    ]) {
      expect(files).toContain(needed);
    }
    const unexpected = files.filter(
      (file) =>
        file !== 'package.json' &&
        !/^dist\/(index\.html|assets\/[^/]+\.(js|css|woff2?|png|svg|ico))$/.test(file) &&
        !/^dist-electron\/(main|preload)\.cjs$/.test(file),
    );
    expect(unexpected).toEqual([]);
    expect(files.filter((file) => /\.map$|node_modules|\.tsx?$|^test\//.test(file))).toEqual([]);
  });

  it(`stays within the size budget of ${asarBudgetBytes / 1024 / 1024} MB`, () => {
    const size = statSync(path.join(unpacked, 'resources', 'app.asar')).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MB`);
    expect(size).toBeLessThanOrEqual(asarBudgetBytes);
  });

  it('has its fuses flipped in the packed executable', () => {
    expect(readFuses(path.join(unpacked, 'wuchanghui-assistant'))).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs no dev dependency information into package.json', () => {
    const packed = JSON.parse(
      readAsarText(path.join(unpacked, 'resources', 'app.asar'), 'package.json'),
    ) as Record<string, unknown>;
    expect(packed['main']).toBe('dist-electron/main.cjs');
    expect(Object.keys(packed)).not.toContain('devDependencies');
    expect(Object.keys(packed)).not.toContain('dependencies');
    expect(Object.keys(packed)).not.toContain('scripts');
  });
});

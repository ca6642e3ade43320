// Runs build/build-electron.mjs into a temporary folder and checks what would ship.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
let outdir: string;
let main: string;
let preload: string;

const requiredModules = (code: string) =>
  [...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);

beforeAll(async () => {
  outdir = await mkdtemp(path.join(os.tmpdir(), 'wch-build-'));
  await run(process.execPath, [path.join(root, 'build/build-electron.mjs'), '--outdir', outdir], {
    cwd: root,
  });
  main = await readFile(path.join(outdir, 'main.cjs'), 'utf8');
  preload = await readFile(path.join(outdir, 'preload.cjs'), 'utf8');
});

afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

describe('build-electron.mjs', () => {
  it('bundles main as CommonJS needing only electron and Node built-ins', () => {
    expect(main).toContain('registerSchemesAsPrivileged');
    expect(requiredModules(main)).not.toContain('electron-log');
    expect(main).not.toMatch(/^\s*(import|export)\s/m);
    for (const name of requiredModules(main)) {
      // electron-log asks for built-ins without the node: prefix.
      expect(name === 'electron' || (name !== undefined && isBuiltin(name)), name).toBe(true);
    }
  });

  it('bundles a preload that requires electron alone and uses only contextBridge and ipcRenderer', () => {
    expect(requiredModules(preload)).toEqual(['electron']);
    const electronMembers = [...preload.matchAll(/import_electron\.(\w+)/g)].map((m) => m[1]);
    expect(new Set(electronMembers)).toEqual(new Set(['contextBridge', 'ipcRenderer']));
    expect(preload).toContain('exposeInMainWorld("desktop"');
  });

  it('keeps zod and the schemas out of the preload', () => {
    expect(preload).not.toMatch(/zod|safeParse|strictObject/);
    expect(preload.length).toBeLessThan(2_000);
  });
});

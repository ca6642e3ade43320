// build/check-machine.mjs, which `npm test` runs first: run as a real process with a PATH that
// lacks some commands. Without root it must stop at once with one line; as root it calls
// apt-get (here a stand-in on PATH that records its arguments and "installs" soffice).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const script = path.join(root, 'build/check-machine.mjs');
const folders: string[] = [];

/** A folder for PATH holding links to the given commands only. */
function pathWith(commands: Record<string, string>): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'wch-path-'));
  chmodSync(folder, 0o777);
  folders.push(folder);
  for (const [name, target] of Object.entries(commands))
    symlinkSync(target, path.join(folder, name));
  return folder;
}

function which(command: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.stdout.trim();
}

/** Runs the script as an unprivileged user when the test runs as root. */
function runCheck(env: Record<string, string>, asRoot: boolean) {
  const isRoot = process.getuid?.() === 0;
  const command = isRoot && !asRoot ? which('setpriv') : process.execPath;
  const args =
    isRoot && !asRoot
      ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, script]
      : [script];
  return spawnSync(command, args, { env: { HOME: os.tmpdir(), ...env }, encoding: 'utf8' });
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('check-machine', () => {
  it('says nothing and passes when everything is there', () => {
    const folder = pathWith({ soffice: which('soffice'), pdftotext: which('pdftotext') });
    const result = runCheck({ PATH: folder }, false);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('without root, stops with one line naming the missing packages and the command', () => {
    const folder = pathWith({ pdftotext: which('pdftotext') });
    const result = runCheck({ PATH: folder, CHROMIUM_PATH: '/nonexistent/chromium' }, false);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('chromium libreoffice-writer-nogui');
    expect(lines[0]).toContain(
      'apt-get install -y --no-install-recommends chromium libreoffice-writer-nogui',
    );
    expect(lines[0]).not.toContain('poppler-utils');
  });

  it('as root, installs what is missing with apt-get (refuses when the suite is not root)', () => {
    const folder = pathWith({ pdftotext: which('pdftotext') });
    const log = path.join(folder, 'apt-get.log');
    // A stand-in for apt-get: records each call and "installs" LibreOffice by linking soffice.
    writeFileSync(
      path.join(folder, 'apt-get'),
      `#!/bin/sh\necho "$@" >> ${log}\n` +
        `[ "$1" = install ] && /bin/ln -s ${which('soffice')} ${path.join(folder, 'soffice')}\n` +
        'exit 0\n',
    );
    chmodSync(path.join(folder, 'apt-get'), 0o755);
    const result = runCheck({ PATH: folder }, true);
    if (process.getuid?.() !== 0) {
      expect(result.status).toBe(1);
      return;
    }
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(log, 'utf8').split('\n')).toEqual([
      'update -qq',
      'install -y -qq --no-install-recommends libreoffice-writer-nogui',
      '',
    ]);
  });
});

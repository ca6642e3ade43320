// Security gate: Electronegativity over the shipped main-process code and page. Any finding
// not in the allowlist fails, and so does an allowlist entry that no longer matches anything.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedFindings } from './electronegativity-allowlist';
import { scanFolder, scanShippedCode, type Finding } from './electronegativity';

/** Each allowlist entry covers one finding of its check in its file; any more are unexpected. */
function unexpectedFindings(findings: readonly Finding[]): string[] {
  const unused = [...allowedFindings];
  return findings
    .filter((finding) => {
      const index = unused.findIndex((a) => a.id === finding.id && a.file === finding.file);
      if (index !== -1) unused.splice(index, 1);
      return index === -1;
    })
    .map((f) => `${f.id} ${f.severity} ${f.file}:${f.line} ${f.description}`);
}

describe('Electronegativity', () => {
  it('finds an insecure window in a deliberately bad main process (the scanner is live)', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'wch-bad-electron-'));
    try {
      mkdirSync(path.join(folder, 'electron'));
      writeFileSync(
        path.join(folder, 'electron', 'main.ts'),
        "import { BrowserWindow } from 'electron';\n" +
          'const w: BrowserWindow = new BrowserWindow({ webPreferences: ' +
          '{ nodeIntegration: true, contextIsolation: false, sandbox: false } });\n' +
          "void w.loadURL('http://example.com/');\n",
      );
      const { findings } = await scanFolder(folder);
      const ids = findings.map((finding) => finding.id);
      expect(ids).toContain('CONTEXT_ISOLATION_JS_CHECK');
      expect(ids).toContain('SANDBOX_JS_CHECK');
      expect(unexpectedFindings(findings).join('\n')).toContain('HTTP_RESOURCES_JS_CHECK');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports nothing outside the allowlist for electron/ and the built index.html', async () => {
    const { findings, errors } = await scanShippedCode(process.cwd());
    expect(errors, 'files the scanner could not parse').toEqual([]);
    expect(unexpectedFindings(findings)).toEqual([]);
    const stale = allowedFindings
      .filter((allowed) => !findings.some((f) => f.id === allowed.id && f.file === allowed.file))
      .map((allowed) => `${allowed.id} ${allowed.file}`);
    expect(stale, 'allowlist entries that match no finding any more').toEqual([]);
  });

  it('gives a reason for every allowed finding', () => {
    for (const allowed of allowedFindings) expect(allowed.reason.length).toBeGreaterThan(30);
  });
});

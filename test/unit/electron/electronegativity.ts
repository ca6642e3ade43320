// Runs Doyensec's Electronegativity through its JS API (its command line exits 0 even on HIGH
// findings) over what ships: the main-process sources and the built index.html.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Finding = {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  description: string;
};

type RawIssue = {
  id: string;
  file: string;
  severity: { name: string };
  confidence: { name: string };
  location: { line: number };
  description: string;
};
type RunResult = { issues: RawIssue[]; errors: { file: string; message: string }[] };
type Run = (options: Record<string, unknown>) => Promise<RunResult>;

const require = createRequire(import.meta.url);
const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');

/**
 * The runner fetches translations, and one check fetches Electron's release list, from the
 * network on every run. Neither is needed to judge our code and this machine reaches no such
 * host, so `got` is replaced by one that fails at once (the runner then uses its bundled English).
 */
function loadOffline(): Run {
  const localRequire = createRequire(runnerPath);
  const gotPath = createRequire(localRequire.resolve('./locales/i18n.js')).resolve('got');
  require.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: () => Promise.reject(new Error('offline: Electronegativity fetches nothing here')),
  } as unknown as NodeJS.Module;
  return require(runnerPath) as Run;
}

/** Checks left out, each with its reason. */
export const excludedChecks = {
  // It only lists Electron releases newer than ours, fetched from the network.
  availablesecurityfixesglobalcheck: 'needs the network; Electron updates are a release task',
};

const electronVersion = (
  JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }
).version;

/** Scans a folder; paths in findings are relative to it, with forward slashes. */
export async function scanFolder(
  folder: string,
): Promise<{ findings: Finding[]; errors: string[] }> {
  const run = loadOffline();
  const result = await run({
    input: folder,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: Object.keys(excludedChecks),
  });
  return {
    findings: result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file.split(path.sep).join('/'),
      line: issue.location.line,
      description: issue.description,
    })),
    errors: result.errors.map((error) => `${error.file}: ${error.message}`),
  };
}

/** Copies electron/ and the built dist/index.html into a temporary folder and scans it. */
export async function scanShippedCode(root: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'wch-electronegativity-'));
  try {
    cpSync(path.join(root, 'electron'), path.join(folder, 'electron'), { recursive: true });
    cpSync(path.join(root, 'dist', 'index.html'), path.join(folder, 'index.html'));
    return await scanFolder(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// Bundles the Electron main process and preload into dist-electron/ as CommonJS: a sandboxed
// preload cannot load ES modules, and electron itself is provided by the runtime.
// Usage: node build/build-electron.mjs [--outdir <folder>]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function outdirFromArgs(args) {
  const index = args.indexOf('--outdir');
  const value = index === -1 ? undefined : args[index + 1];
  return value === undefined ? path.join(root, 'dist-electron') : path.resolve(value);
}

const outdir = outdirFromArgs(process.argv.slice(2));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/main.ts')],
    outfile: path.join(outdir, 'main.cjs'),
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload.ts')],
    outfile: path.join(outdir, 'preload.cjs'),
  }),
]);

console.log(`Built main.cjs and preload.cjs in ${path.relative(root, outdir) || '.'}`);

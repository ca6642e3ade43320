import { defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { metaContentSecurityPolicy } from './electron/content-security-policy';

// The version shown in 设置 and written into exchange files and backups.
process.env.VITE_APP_VERSION ??= (
  JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
).version;

const charsetTag = '<meta charset="UTF-8" />';

/**
 * Writes the app's one Content-Security-Policy (electron/content-security-policy.ts) into the
 * built index.html right after the charset, before any script. Build only: the dev server's hot
 * reload needs inline scripts, and Electron's dev window gets no app:// header either.
 */
function contentSecurityPolicyMeta(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`;
  return {
    name: 'wuchanghui-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(charsetTag)) throw new Error(`index.html lacks ${charsetTag}`);
        return html.replace(charsetTag, `${charsetTag}\n    ${meta}`);
      },
    },
  };
}

const rendererDir = fileURLToPath(new URL('renderer/', import.meta.url));
const page = `${rendererDir}index.html`;
const opening = `${rendererDir}opening.ts`;
const app = `${rendererDir}main.tsx`;

type ModuleGraph = {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
};

/** Every module `from` imports statically, directly or through others, `from` included. */
function staticallyReached(graph: ModuleGraph, from: string): Set<string> {
  const reached = new Set<string>();
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return reached;
}

/**
 * The start-up code in two chunks, each from an input of its own (so that its modules are tagged
 * `$initial`; a static import of antd reaches every component through its index, so the graph
 * alone would take in the pages' components too):
 * - opening-*.js, what opening.ts imports statically: the database, the repositories and the first
 *   reads;
 * - main-*.js, the rest of what main.tsx imports statically: React, antd, the frame and the home
 *   screen.
 * The page names both, so the browser fetches and compiles them while boot.ts, the page's first
 * module, runs; boot.ts then runs the first, which opens the database and begins the first reads,
 * and the second while those go on. What the page itself imports (boot.ts and its imports) is
 * left out: it runs before either. Split the usual way, the start-up code was 34 files, which a browser
 * fetches six at a time from one server.
 */
function startupChunks(): Plugin {
  const reached = new Map<string, Set<string>>();
  const reachedFrom = (graph: ModuleGraph, from: string) => {
    const found = reached.get(from) ?? staticallyReached(graph, from);
    reached.set(from, found);
    return found;
  };
  const startup =
    (name: string, from: string) =>
    (id: string, graph: ModuleGraph): string | null =>
      reachedFrom(graph, from).has(id) && !reachedFrom(graph, page).has(id) ? name : null;
  return {
    name: 'wuchanghui-startup-chunks',
    apply: 'build',
    buildStart: () => reached.clear(),
    config: () => ({
      build: {
        rolldownOptions: {
          input: { index: page, opening, main: app },
          preserveEntrySignatures: 'allow-extension',
          output: {
            codeSplitting: {
              groups: [
                {
                  name: startup('opening', opening),
                  debugName: 'opening',
                  tags: ['$initial'],
                  priority: 2,
                  includeDependenciesRecursively: false,
                },
                {
                  name: startup('main', app),
                  debugName: 'main',
                  tags: ['$initial'],
                  priority: 1,
                  includeDependenciesRecursively: false,
                },
              ],
            },
          },
        },
      },
    }),
    // The page names the start-up chunks and their styles, so they load while boot.ts runs instead
    // of after (a stylesheet preload does not hold back the scripts, as a stylesheet would).
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        const chunks = Object.values(bundle ?? {}).filter(
          (output): output is Rolldown.OutputChunk =>
            output.type === 'chunk' && [opening, app].includes(output.facadeModuleId ?? ''),
        );
        if (chunks.length !== 2) throw new Error('no start-up chunks for opening.ts and main.tsx');
        const named = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
        const scripts = new Set(chunks.flatMap((c) => [c.fileName, ...c.imports]));
        const styles = new Set(chunks.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]));
        const link = (attrs: Record<string, string | boolean>) => ({
          tag: 'link',
          attrs: { ...attrs, crossorigin: true },
          injectTo: 'head' as const,
        });
        return [
          ...[...scripts]
            .filter((file) => !named.has(file))
            .map((file) => link({ rel: 'modulepreload', href: `./${file}` })),
          ...[...styles].map((file) => link({ rel: 'preload', as: 'style', href: `./${file}` })),
        ];
      },
    },
  };
}

// The renderer is one static bundle: served from app://wuchanghui in Electron, and from a
// localhost address by `npm run web` and the end-to-end tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), startupChunks()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1' },
});

import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
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

// The renderer is one static bundle: served from app://wuchanghui in Electron, and from a
// localhost address by `npm run web` and the end-to-end tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1' },
});

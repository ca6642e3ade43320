import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

// The version shown in 设置 and written into exchange files and backups.
process.env.VITE_APP_VERSION ??= (
  JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
).version;

// The renderer is one static bundle: served from app://wuchanghui in Electron, and from a
// localhost address by `npm run web` and the end-to-end tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1' },
});

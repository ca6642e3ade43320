// Content types for the files Vite emits into dist/. Module scripts are refused by Chromium
// unless served with a JavaScript type, so the table must cover every extension Vite writes.
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const fallbackContentType = 'application/octet-stream';

/** The Content-Type header for a file, judged by its extension (case-insensitive). */
export function contentTypeFor(filePath: string): string {
  const match = /\.[^./\\]+$/.exec(filePath);
  if (!match) return fallbackContentType;
  return contentTypes[match[0].toLowerCase()] ?? fallbackContentType;
}

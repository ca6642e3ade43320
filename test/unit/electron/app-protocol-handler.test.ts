import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/app-protocol';
import { contentSecurityPolicy } from '../../../electron/content-security-policy';

function errorWithCode(code: string) {
  return Object.assign(new Error(code), { code });
}

function fakeDist(files: Record<string, string>, root = path.resolve('/dist')) {
  const reads: string[] = [];
  const handler = createAppProtocolHandler({
    distRoot: root,
    readFile: (filePath) => {
      reads.push(filePath);
      const relative = path.relative(root, filePath).split(path.sep).join('/');
      const text = files[relative];
      if (text === undefined) return Promise.reject(errorWithCode('ENOENT'));
      if (text === 'EACCES') return Promise.reject(errorWithCode('EACCES'));
      return Promise.resolve(new TextEncoder().encode(text));
    },
    // No links in this dist: every path is its own real path.
    realpath: (filePath) => Promise.resolve(filePath),
  });
  return { handler, reads };
}

const get = (url: string, init: RequestInit = {}) => new Request(url, init);
const shell = '<!doctype html><div id="root"></div>';

describe('createAppProtocolHandler with a fake dist', () => {
  const { handler, reads } = fakeDist({
    'index.html': shell,
    'assets/app.js': 'console.log(1)',
    'assets/app.css': 'body{}',
    'denied.js': 'EACCES',
  });

  it('serves index.html for / with a content security policy', async () => {
    const response = await handler(get('app://wuchanghui/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(shell);
  });

  it('serves scripts and styles with their own types and no CSP header', async () => {
    const script = await handler(get('app://wuchanghui/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBeNull();
    expect(await script.text()).toBe('console.log(1)');
    const style = await handler(get('app://wuchanghui/assets/app.css'));
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('falls back to index.html for client-side routes', async () => {
    const route = await handler(get('app://wuchanghui/meetings/42'));
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(shell);
    const page = await handler(
      get('app://wuchanghui/meetings/print.view', { headers: { accept: 'text/html' } }),
    );
    expect(await page.text()).toBe(shell);
  });

  it('answers 404, not the shell, for a missing asset', async () => {
    const response = await handler(get('app://wuchanghui/assets/missing.js'));
    expect(response.status).toBe(404);
  });

  it('answers 403 without touching the disk for a traversal attempt', async () => {
    reads.length = 0;
    for (const url of ['app://wuchanghui/..%2f..%2fetc%2fpasswd', 'app://other/index.html']) {
      expect((await handler(get(url))).status).toBe(403);
    }
    expect(reads).toEqual([]);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler(get('app://wuchanghui/', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await handler(get('app://wuchanghui/assets/app.js', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('reports a read failure as 500 rather than serving the shell', async () => {
    expect((await handler(get('app://wuchanghui/denied.js'))).status).toBe(500);
  });

  it('answers 404 when even index.html is missing', async () => {
    const empty = fakeDist({});
    expect((await empty.handler(get('app://wuchanghui/meetings'))).status).toBe(404);
  });
});

describe('createAppProtocolHandler on a real folder', () => {
  let root: string;
  let dist: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'wch-protocol-'));
    dist = path.join(root, 'dist');
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await writeFile(path.join(dist, 'index.html'), shell);
    await writeFile(path.join(dist, 'assets', 'app.js'), 'export {}');
    await writeFile(path.join(root, 'secret.txt'), 'top secret');
    await symlink(path.join(root, 'secret.txt'), path.join(dist, 'assets', 'leak.txt'));
    await symlink(root, path.join(dist, 'up'));
    await symlink(path.join(dist, 'assets', 'app.js'), path.join(dist, 'assets', 'alias.js'));
    await symlink(dist, path.join(root, 'dist-link'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('serves files from disk and never the file next to dist', async () => {
    const handler = createAppProtocolHandler({ distRoot: dist, readFile, realpath });
    expect(await (await handler(get('app://wuchanghui/assets/app.js'))).text()).toBe('export {}');
    // A folder is not a file: the route falls back to the shell.
    expect(await (await handler(get('app://wuchanghui/assets'))).text()).toBe(shell);
    for (const url of [
      'app://wuchanghui/../secret.txt',
      'app://wuchanghui/%2e%2e/secret.txt',
      'app://wuchanghui/..%2fsecret.txt',
      'app://wuchanghui/..%5csecret.txt',
    ]) {
      const response = await handler(get(url));
      expect(await response.text()).not.toContain('top secret');
    }
  });

  it('refuses a link inside dist that leads out of it, as it refuses ../', async () => {
    const handler = createAppProtocolHandler({ distRoot: dist, readFile, realpath });
    for (const url of ['app://wuchanghui/assets/leak.txt', 'app://wuchanghui/up/secret.txt']) {
      const response = await handler(get(url));
      expect(response.status, url).toBe(403);
      expect(await response.text()).toBe('Forbidden');
    }
  });

  it('serves a link that stays inside dist, and a dist reached through a link', async () => {
    const handler = createAppProtocolHandler({ distRoot: dist, readFile, realpath });
    expect(await (await handler(get('app://wuchanghui/assets/alias.js'))).text()).toBe('export {}');
    const linked = createAppProtocolHandler({
      distRoot: path.join(root, 'dist-link'),
      readFile,
      realpath,
    });
    expect(await (await linked(get('app://wuchanghui/assets/app.js'))).text()).toBe('export {}');
    expect((await linked(get('app://wuchanghui/up/secret.txt'))).status).toBe(403);
  });
});

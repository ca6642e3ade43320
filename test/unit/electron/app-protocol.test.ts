import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appSchemePrivileges, resolveAppFilePath } from '../../../electron/app-protocol';
import { contentTypeFor } from '../../../electron/content-types';

const distRoot = path.resolve('/opt/app/dist');
const resolve = (url: string) => resolveAppFilePath(url, distRoot);
const isInsideDist = (filePath: string) => filePath.startsWith(distRoot + path.sep);

describe('resolveAppFilePath', () => {
  it('maps app URLs to files inside dist', () => {
    expect(resolve('app://wuchanghui/')).toBe(path.join(distRoot, 'index.html'));
    expect(resolve('app://wuchanghui')).toBe(path.join(distRoot, 'index.html'));
    expect(resolve('app://wuchanghui/assets/index-a1.js')).toBe(
      path.join(distRoot, 'assets', 'index-a1.js'),
    );
    expect(resolve('app://wuchanghui/assets/a.css?v=2#top')).toBe(
      path.join(distRoot, 'assets', 'a.css'),
    );
    expect(resolve('app://wuchanghui/%E5%9B%BE%20%E7%89%87.png')).toBe(
      path.join(distRoot, '图 片.png'),
    );
  });

  it.each([
    ['parent segment', 'app://wuchanghui/../etc/passwd'],
    ['nested parent segment', 'app://wuchanghui/assets/../../secret'],
    ['encoded parent', 'app://wuchanghui/%2e%2e/secret'],
    ['mixed-case encoded parent', 'app://wuchanghui/%2E%2e/%2e%2E/secret'],
    ['half-encoded parent', 'app://wuchanghui/.%2e/secret'],
    ['parent with encoded slash', 'app://wuchanghui/..%2f..%2fetc%2fpasswd'],
    ['encoded slash', 'app://wuchanghui/assets%2f..%2f..%2fsecret'],
    ['backslash', 'app://wuchanghui/..\\secret'],
    ['encoded backslash', 'app://wuchanghui/..%5csecret'],
    ['encoded backslash, lower case', 'app://wuchanghui/a%5cb'],
    ['dot segment', 'app://wuchanghui/./index.html'],
    ['drive letter', 'app://wuchanghui/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://wuchanghui/C%3A%2FWindows'],
    ['alternate data stream', 'app://wuchanghui/index.html::$DATA'],
    ['NUL byte', 'app://wuchanghui/index.html%00.png'],
    ['raw control character', 'app://wuchanghui/a\u0001b'],
    ['Windows device name', 'app://wuchanghui/CON'],
    ['Windows device name with extension', 'app://wuchanghui/assets/nul.js'],
    ['trailing dot alias', 'app://wuchanghui/index.html.'],
    ['trailing space alias', 'app://wuchanghui/index.html%20'],
    ['malformed escape', 'app://wuchanghui/%E0%A4%A'],
    ['other host', 'app://evil/index.html'],
    ['look-alike host', 'app://wuchanghui.evil.com/index.html'],
    ['empty host', 'app:///etc/passwd'],
    ['no authority', 'app:/etc/passwd'],
    ['port', 'app://wuchanghui:8080/index.html'],
    ['credentials', 'app://user:pw@wuchanghui/index.html'],
    ['other scheme', 'https://wuchanghui/index.html'],
    ['file scheme', 'file:///etc/passwd'],
    ['not a URL', '/etc/passwd'],
    ['overlong URL', `app://wuchanghui/${'a'.repeat(5000)}`],
  ])('refuses %s', (_label, url) => {
    expect(resolve(url)).toBeNull();
  });

  it('keeps absolute-looking and double-encoded paths inside dist', () => {
    const doubleSlash = resolve('app://wuchanghui//etc/passwd');
    expect(doubleSlash).toBe(path.join(distRoot, 'etc', 'passwd'));
    const doubleEncoded = resolve('app://wuchanghui/%252e%252e/secret');
    expect(doubleEncoded).toBe(path.join(distRoot, '%2e%2e', 'secret'));
  });

  it('stays inside dist on Windows paths too', () => {
    const winRoot = 'C:\\Program Files\\屋场会助手\\resources\\app.asar\\dist';
    const winResolve = (url: string) => resolveAppFilePath(url, winRoot, path.win32);
    expect(winResolve('app://wuchanghui/assets/a.js')).toBe(`${winRoot}\\assets\\a.js`);
    expect(winResolve('app://wuchanghui/..%5c..%5cWindows')).toBeNull();
    expect(winResolve('app://wuchanghui/C:')).toBeNull();
    expect(winResolve('app://wuchanghui/%5c%5cserver%5cshare')).toBeNull();
  });

  it('never resolves outside dist, whatever follows the host', () => {
    const anyPath = fc.oneof(
      fc.string(),
      fc
        .array(fc.constantFrom('..', '.', '%2e', '%2E', '%2f', '%5c', '/', '\\', 'a', ':', '%00'))
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyPath, (tail) => {
        const result = resolve(`app://wuchanghui/${tail}`);
        return result === null || isInsideDist(result);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-x.js', 'text/javascript; charset=utf-8'],
    ['assets/index-x.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['module.wasm', 'application/wasm'],
    ['README', 'application/octet-stream'],
    ['weird.__proto__', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('appSchemePrivileges', () => {
  it('is standard, secure and fetchable, and bypasses nothing', () => {
    expect(appSchemePrivileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
    });
    expect(appSchemePrivileges).not.toHaveProperty('bypassCSP');
    expect(appSchemePrivileges).not.toHaveProperty('corsEnabled');
  });
});

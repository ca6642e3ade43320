// Serves the built renderer (dist/) under app://wuchanghui/. A fixed standard scheme gives
// IndexedDB a stable origin, and unlike file:// it exposes nothing outside dist/, not even
// through a link inside it.
import path from 'node:path';
import { appHost, appScheme } from '../shared/app-identity';
import { contentTypeFor } from './content-types';
import { contentSecurityPolicy } from './content-security-policy';

type PathApi = Pick<typeof path, 'join' | 'relative' | 'isAbsolute' | 'sep'>;

export type AppProtocolDeps = {
  /** Absolute path of the folder Vite built (contains index.html). */
  distRoot: string;
  readFile(filePath: string): Promise<Uint8Array>;
  /** The path with every link followed (fs.promises.realpath, which also reads inside app.asar). */
  realpath(filePath: string): Promise<string>;
  pathApi?: PathApi;
};

/**
 * Registered before `ready`. standard + secure give IndexedDB a stable secure origin and resolve
 * `/assets/...` like http; CORS stays off so no other origin can read our files.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const;

const indexFile = 'index.html';
const maxUrlLength = 4096;
// Windows opens a device, not a file, for these names whatever the extension.
const windowsDeviceName = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\..*)?$/i;

function isSafeSegment(segment: string): boolean {
  if (segment === '.' || segment === '..') return false;
  // Separators, drive letters and alternate data streams (`:`) and control characters.
  if (/[/\\:]|\p{Cc}/u.test(segment)) return false;
  // Windows silently strips trailing dots and spaces, so `index.html.` would alias index.html.
  if (/[. ]$/.test(segment)) return false;
  return !windowsDeviceName.test(segment);
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The raw path of a URL as written, before the URL parser resolves `..` and `%2e%2e`. */
function rawPathOf(url: string): string {
  const afterAuthority = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  return afterAuthority.replace(/[?#].*$/s, '');
}

/** Whether `filePath` lies strictly inside `root` (the folder itself is not a file in it). */
function isInside(root: string, filePath: string, pathApi: PathApi): boolean {
  const relative = pathApi.relative(root, filePath);
  return !(
    relative === '' ||
    relative === '..' ||
    relative.startsWith(`..${pathApi.sep}`) ||
    pathApi.isAbsolute(relative)
  );
}

/**
 * Maps an app:// request URL to a file inside distRoot, or null when the URL is refused: another
 * scheme or host, credentials or a port, any `.`/`..` segment (plain or percent-encoded),
 * backslashes, drive letters, NUL or other control characters. `/` maps to index.html.
 */
export function resolveAppFilePath(
  url: string,
  distRoot: string,
  pathApi: PathApi = path,
): string | null {
  if (url.length > maxUrlLength || /\\|\p{Cc}/u.test(url) || /%5c|%00/i.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host.toLowerCase() !== appHost) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;

  for (const raw of rawPathOf(url).split('/')) {
    const decoded = decodeSegment(raw);
    if (decoded === null || decoded === '.' || decoded === '..') return null;
  }
  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/')) {
    if (raw === '') continue;
    const decoded = decodeSegment(raw);
    if (decoded === null || !isSafeSegment(decoded)) return null;
    segments.push(decoded);
  }
  if (segments.length === 0) segments.push(indexFile);

  const filePath = pathApi.join(distRoot, ...segments);
  return isInside(distRoot, filePath, pathApi) ? filePath : null;
}

function isMissingFileError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/** A client-side route (no file extension) or a page load: both get the SPA shell. */
function wantsAppShell(request: Request, filePath: string): boolean {
  const lastSegment = filePath.split(/[/\\]/).pop() ?? '';
  const accept = request.headers.get('accept') ?? '';
  return !lastSegment.includes('.') || accept.includes('text/html');
}

function fileResponse(request: Request, filePath: string, bytes: Uint8Array): Response {
  const contentType = contentTypeFor(filePath);
  const headers = new Headers({
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  if (contentType.startsWith('text/html')) {
    headers.set('Content-Security-Policy', contentSecurityPolicy);
  }
  const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
  return new Response(body, { status: 200, headers });
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** The handler passed to protocol.handle(appScheme, ...). */
export function createAppProtocolHandler(deps: AppProtocolDeps) {
  const pathApi = deps.pathApi ?? path;
  let realDistRoot: Promise<string> | undefined;

  /**
   * The bytes of a file whose real path (links followed) is inside dist's real path, read from
   * that real path so a link cannot be swapped between the check and the read; null outside.
   */
  async function readInsideDist(filePath: string): Promise<Uint8Array | null> {
    realDistRoot ??= deps.realpath(deps.distRoot);
    const [root, real] = await Promise.all([realDistRoot, deps.realpath(filePath)]);
    return isInside(root, real, pathApi) ? deps.readFile(real) : null;
  }

  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse(405, 'Method Not Allowed');
    }
    const filePath = resolveAppFilePath(request.url, deps.distRoot, pathApi);
    if (filePath === null) return errorResponse(403, 'Forbidden');
    try {
      const bytes = await readInsideDist(filePath);
      if (bytes === null) return errorResponse(403, 'Forbidden');
      return fileResponse(request, filePath, bytes);
    } catch (error) {
      if (!isMissingFileError(error)) return errorResponse(500, 'Internal Error');
      if (!wantsAppShell(request, filePath)) return errorResponse(404, 'Not Found');
    }
    const indexPath = pathApi.join(deps.distRoot, indexFile);
    try {
      const bytes = await readInsideDist(indexPath);
      if (bytes !== null) return fileResponse(request, indexPath, bytes);
    } catch {
      // Reported as below: no page to serve.
    }
    return errorResponse(404, 'Not Found');
  };
}

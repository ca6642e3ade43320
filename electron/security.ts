// The decisions behind the window's security settings, as pure functions over URLs and
// permission names, so each rule is tested without starting Electron.
import { appHost, appOrigin, appScheme } from '../shared/app-identity';

/**
 * `scheme://host[:port]` of a URL, or null. Computed by hand because Node reports the origin of
 * a non-special scheme such as app:// as the opaque "null".
 */
export function originOf(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

/** The origins our own pages come from: the app scheme, plus the Vite dev server in dev. */
export function trustedOrigins(devServerUrl: string | null): readonly string[] {
  const devOrigin = devServerUrl === null ? null : originOf(devServerUrl);
  return devOrigin === null ? [appOrigin] : [appOrigin, devOrigin];
}

export function isTrustedUrl(url: string | null | undefined, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/** A page may only navigate within our own origins; everything else is refused. */
export function isNavigationAllowed(url: string, origins: readonly string[]): boolean {
  return isTrustedUrl(url, origins);
}

/**
 * Sub-frames may also show an empty or inline document, or a blob our page made: each carries
 * our origin, so a print preview in an iframe keeps working. The main frame may not.
 */
export function isFrameNavigationAllowed(
  url: string,
  isMainFrame: boolean,
  origins: readonly string[],
): boolean {
  if (isNavigationAllowed(url, origins)) return true;
  if (isMainFrame) return false;
  if (url === 'about:blank' || url === 'about:srcdoc') return true;
  return url.startsWith('blob:') && isTrustedUrl(url.slice('blob:'.length), origins);
}

/** Only frames showing our own pages may call IPC. */
export function isSenderAllowed(
  frameUrl: string | null | undefined,
  origins: readonly string[],
): boolean {
  return isTrustedUrl(frameUrl, origins);
}

/**
 * Permissions our own pages may use; all others are denied. persistent-storage keeps
 * Chromium from evicting the IndexedDB database when the disk runs low, and
 * clipboard-sanitized-write lets a copy button put plain text on the clipboard.
 */
const grantedPermissions: ReadonlySet<string> = new Set([
  'persistent-storage',
  'clipboard-sanitized-write',
]);

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | null | undefined,
  origins: readonly string[],
): boolean {
  return grantedPermissions.has(permission) && isTrustedUrl(requestingUrl, origins);
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server to load instead of app://, or null. Honoured only in an unpackaged build and
 * only for an http(s) URL on this machine, so a stray environment variable can never point an
 * installed copy at a remote page.
 */
export function devServerUrlFrom(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): string | null {
  const value = env['VITE_DEV_SERVER_URL'];
  if (isPackaged || value === undefined || value === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return null;
  }
  const isHttp = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  return isHttp && loopbackHosts.has(parsed.hostname) ? parsed.href : null;
}

/** The first page to load: the dev server, or the app's own index. */
export function startUrl(devServerUrl: string | null): string {
  return devServerUrl ?? `${appScheme}://${appHost}/`;
}

/** The window's web preferences. Each flag is the secure value, spelled out so review sees it. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // A middle click opens links in a new window; our pages never need it.
    disableBlinkFeatures: 'Auxclick',
  } as const;
}

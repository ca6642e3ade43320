// Attaches the security decisions to Electron objects. The parameter types are the few members
// used, so tests pass plain fakes and this file never loads the electron runtime.
import { isFrameNavigationAllowed, isPermissionGranted } from './security';

type NavigationEvent = { url: string; isMainFrame?: boolean; preventDefault(): void };

export type GuardableWebContents = {
  on(event: string, listener: (event: NavigationEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

export type GuardableSession = {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
};

/** Events that move a frame to another URL; each is cancelled unless the target is ours. */
const navigationEvents = ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const;

/**
 * Denies window.open and <webview>, and cancels navigation to any origin but ours. Links to
 * the web therefore do nothing; the app has no need to show remote pages.
 */
export function guardWebContents(contents: GuardableWebContents, origins: readonly string[]) {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  for (const name of navigationEvents) {
    contents.on(name, (event) => {
      const isMainFrame = event.isMainFrame !== false;
      if (!isFrameNavigationAllowed(event.url, isMainFrame, origins)) event.preventDefault();
    });
  }
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission except the few isPermissionGranted allows for our own pages. */
export function guardSession(session: GuardableSession, origins: readonly string[]) {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, origins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, origins),
  );
}

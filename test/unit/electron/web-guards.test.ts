import { describe, expect, it, vi } from 'vitest';
import { trustedOrigins } from '../../../electron/security';
import {
  guardSession,
  guardWebContents,
  type GuardableSession,
  type GuardableWebContents,
} from '../../../electron/web-guards';

type Listener = (event: { url: string; isMainFrame?: boolean; preventDefault(): void }) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardableWebContents = {
    on: (name, listener) => listeners.set(name, [...(listeners.get(name) ?? []), listener]),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const emit = (name: string, url: string, isMainFrame?: boolean) => {
    const preventDefault = vi.fn();
    for (const listener of listeners.get(name) ?? [])
      listener({ url, isMainFrame, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, emit, open: (url: string) => openHandler?.({ url }) };
}

const origins = trustedOrigins(null);

describe('guardWebContents', () => {
  it('denies every window.open', () => {
    const fake = fakeWebContents();
    guardWebContents(fake.contents, origins);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.open('app://wuchanghui/')).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'cancels %s away from the app and lets in-app moves through',
    (name) => {
      const fake = fakeWebContents();
      guardWebContents(fake.contents, origins);
      expect(fake.emit(name, 'https://example.com/')).toBe(true);
      expect(fake.emit(name, 'file:///etc/passwd')).toBe(true);
      expect(fake.emit(name, 'app://wuchanghui/meetings/1')).toBe(false);
    },
  );

  it('lets an inline print frame load but never the main frame', () => {
    const fake = fakeWebContents();
    guardWebContents(fake.contents, origins);
    expect(fake.emit('will-frame-navigate', 'about:srcdoc', false)).toBe(false);
    expect(fake.emit('will-frame-navigate', 'about:blank', true)).toBe(true);
    expect(fake.emit('will-frame-navigate', 'https://example.com/', false)).toBe(true);
  });

  it('refuses to attach a <webview>', () => {
    const fake = fakeWebContents();
    guardWebContents(fake.contents, origins);
    expect(fake.emit('will-attach-webview', 'app://wuchanghui/')).toBe(true);
  });
});

describe('guardSession', () => {
  function fakeSession() {
    const handlers: {
      request?: Parameters<GuardableSession['setPermissionRequestHandler']>[0];
      check?: Parameters<GuardableSession['setPermissionCheckHandler']>[0];
    } = {};
    const session: GuardableSession = {
      setPermissionRequestHandler: (handler) => {
        handlers.request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        handlers.check = handler;
      },
    };
    return { session, handlers };
  }

  it('installs both handlers and denies a camera request', () => {
    const { session, handlers } = fakeSession();
    guardSession(session, origins);
    const callback = vi.fn();
    handlers.request?.(null, 'media', callback, { requestingUrl: 'app://wuchanghui/' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(handlers.check?.(null, 'geolocation', 'app://wuchanghui')).toBe(false);
  });

  it('grants persistent storage to the app origin only', () => {
    const { session, handlers } = fakeSession();
    guardSession(session, origins);
    const callback = vi.fn();
    handlers.request?.(null, 'persistent-storage', callback, {
      requestingUrl: 'app://wuchanghui/',
    });
    handlers.request?.(null, 'persistent-storage', callback, { requestingUrl: 'https://x.test/' });
    handlers.request?.(null, 'persistent-storage', callback, {});
    expect(callback.mock.calls).toEqual([[true], [false], [false]]);
    expect(handlers.check?.(null, 'persistent-storage', 'app://wuchanghui')).toBe(true);
  });
});

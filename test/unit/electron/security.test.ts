import { describe, expect, it } from 'vitest';
import { appOrigin } from '../../../shared/app-identity';
import {
  devServerUrlFrom,
  isFrameNavigationAllowed,
  isNavigationAllowed,
  isPermissionGranted,
  isSenderAllowed,
  originOf,
  secureWebPreferences,
  startUrl,
  trustedOrigins,
} from '../../../electron/security';

const production = trustedOrigins(null);
const dev = trustedOrigins('http://localhost:5173/');

describe('originOf', () => {
  it('computes the origin of the app scheme, which Node reports as "null"', () => {
    expect(new URL('app://wuchanghui/x').origin).toBe('null');
    expect(originOf('app://wuchanghui/meetings/1?x#y')).toBe('app://wuchanghui');
    expect(originOf('http://localhost:5173/a')).toBe('http://localhost:5173');
    expect(originOf('APP://WuChangHui/')).toBe('app://wuchanghui');
  });

  it.each([null, undefined, '', 'not a url', 'about:blank', 'data:text/html,hi', 'app:///x'])(
    'has no origin for %s',
    (url) => {
      expect(originOf(url)).toBeNull();
    },
  );

  it('refuses URLs with credentials, a classic origin-confusion trick', () => {
    expect(originOf('app://wuchanghui@evil.example/')).toBeNull();
    expect(originOf('http://localhost:5173@evil.example/')).toBeNull();
  });
});

describe('trustedOrigins', () => {
  it('is only the app origin in production', () => {
    expect(production).toEqual([appOrigin]);
  });

  it('adds the dev server origin in dev', () => {
    expect(dev).toEqual([appOrigin, 'http://localhost:5173']);
  });
});

describe('isNavigationAllowed', () => {
  it('allows our own pages', () => {
    expect(isNavigationAllowed('app://wuchanghui/meetings/3', production)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5173/meetings/3', dev)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'app://evil/',
    'app://wuchanghui.evil.com/',
    'app://wuchanghui:1/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'mailto:someone@example.com',
    '',
  ])('denies %s in production', (url) => {
    expect(isNavigationAllowed(url, production)).toBe(false);
  });

  it('denies another port on localhost in dev', () => {
    expect(isNavigationAllowed('http://localhost:8080/', dev)).toBe(false);
  });
});

describe('isFrameNavigationAllowed', () => {
  it.each(['about:blank', 'about:srcdoc', 'blob:app://wuchanghui/5f0c-uuid'])(
    'lets a sub-frame show %s but not the main frame',
    (url) => {
      expect(isFrameNavigationAllowed(url, false, production)).toBe(true);
      expect(isFrameNavigationAllowed(url, true, production)).toBe(false);
    },
  );

  it.each([
    'https://example.com/',
    'blob:https://example.com/5f0c-uuid',
    'blob:null/5f0c-uuid',
    'data:text/html,x',
    'javascript:alert(1)',
    'file:///etc/passwd',
  ])('keeps sub-frames away from %s', (url) => {
    expect(isFrameNavigationAllowed(url, false, production)).toBe(false);
  });

  it('lets any frame move within the app', () => {
    expect(isFrameNavigationAllowed('app://wuchanghui/print', true, production)).toBe(true);
  });
});

describe('isSenderAllowed', () => {
  it('accepts frames showing our pages', () => {
    expect(isSenderAllowed('app://wuchanghui/', production)).toBe(true);
  });

  it.each([null, undefined, '', 'about:blank', 'https://example.com/', 'file:///index.html'])(
    'rejects %s',
    (url) => {
      expect(isSenderAllowed(url, production)).toBe(false);
    },
  );
});

describe('isPermissionGranted', () => {
  it('grants persistent storage and clipboard writes to our pages only', () => {
    expect(isPermissionGranted('persistent-storage', 'app://wuchanghui', production)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://wuchanghui/', production)).toBe(
      true,
    );
    expect(isPermissionGranted('persistent-storage', 'https://example.com', production)).toBe(
      false,
    );
    expect(isPermissionGranted('persistent-storage', undefined, production)).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'denies %s even to our pages',
    (permission) => {
      expect(isPermissionGranted(permission, 'app://wuchanghui/', production)).toBe(false);
    },
  );
});

describe('devServerUrlFrom', () => {
  const env = (value: string) => ({ VITE_DEV_SERVER_URL: value });

  it('uses a local dev server in an unpackaged build', () => {
    expect(devServerUrlFrom(env('http://localhost:5173'), false)).toBe('http://localhost:5173/');
    expect(devServerUrlFrom(env('http://127.0.0.1:5173/'), false)).toBe('http://127.0.0.1:5173/');
  });

  it('ignores the variable in an installed copy', () => {
    expect(devServerUrlFrom(env('http://localhost:5173'), true)).toBeNull();
  });

  it.each(['', 'https://evil.example/', 'file:///tmp/index.html', 'http://192.168.1.2:5173', 'x'])(
    'ignores %s',
    (value) => {
      expect(devServerUrlFrom(env(value), false)).toBeNull();
    },
  );

  it('is null when the variable is unset', () => {
    expect(devServerUrlFrom({}, false)).toBeNull();
  });
});

describe('startUrl', () => {
  it('loads the app scheme unless a dev server is given', () => {
    expect(startUrl(null)).toBe('app://wuchanghui/');
    expect(startUrl('http://localhost:5173/')).toBe('http://localhost:5173/');
  });
});

describe('secureWebPreferences', () => {
  it('turns on every isolation and turns off every Node bridge', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
});

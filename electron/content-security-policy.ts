// The app's one Content-Security-Policy. The app:// protocol sends it as a header with every
// page, and the Vite build writes it into index.html as a meta tag (vite.config.ts), so the page
// carries the same policy when it is served any other way (`npm run web`, the tests).

/** Directive name → sources. Only our own scripts run; antd injects style tags at run time. */
export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'data:', 'blob:'],
  'frame-src': ["'self'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Browsers ignore these in a meta tag (and warn); they only work as a header. */
export const headerOnlyDirectives: readonly string[] = ['frame-ancestors'];

function serialize(names: readonly string[]): string {
  return names.map((name) => [name, ...(cspDirectives[name] ?? [])].join(' ')).join('; ');
}

/** The header value sent with every HTML page from app://. */
export const contentSecurityPolicy = serialize(Object.keys(cspDirectives));

/** The same policy for the page's meta tag, less the header-only directives. */
export const metaContentSecurityPolicy = serialize(
  Object.keys(cspDirectives).filter((name) => !headerOnlyDirectives.includes(name)),
);

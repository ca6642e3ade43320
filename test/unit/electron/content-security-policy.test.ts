// The app's one CSP: its rules, read by an independent parser, and proof that the app://
// header and the built page's meta tag carry the same policy.
import { existsSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/app-protocol';
import {
  contentSecurityPolicy,
  metaContentSecurityPolicy,
} from '../../../electron/content-security-policy';
import { metaPolicyOf, parsePolicy, policyProblems } from './csp-rules';

describe('the rules the policy must keep', () => {
  it.each([
    ["script-src 'self' 'unsafe-eval'; object-src 'none'", "script-src allows 'unsafe-eval'"],
    ["script-src 'self' 'unsafe-inline'; object-src 'none'", "script-src allows 'unsafe-inline'"],
    ["default-src 'self'; script-src 'self' https://cdn.example; object-src 'none'", 'https://'],
    ["default-src *; script-src 'self'; object-src 'none'", 'remote or unknown source *'],
    ["default-src 'self'; connect-src wss://x.example; object-src 'none'", 'wss://x.example'],
    ["default-src 'self'; object-src 'none'; img-src http:", 'remote or unknown source http:'],
    ["default-src 'self'", "object-src is not 'none'"],
    ["style-src 'self'; object-src 'none'", 'no script-src and no default-src'],
  ])('refuses %s', (policy, problem) => {
    expect(policyProblems(policy).join('\n')).toContain(problem);
  });

  it("lets script-src fall back to default-src 'self'", () => {
    expect(policyProblems("default-src 'self'; object-src 'none'")).toEqual([]);
  });

  it('holds for the header and for the meta tag', () => {
    expect(policyProblems(contentSecurityPolicy)).toEqual([]);
    expect(policyProblems(metaContentSecurityPolicy)).toEqual([]);
    expect(parsePolicy(contentSecurityPolicy).get('script-src')).toEqual(["'self'"]);
    expect(parsePolicy(contentSecurityPolicy).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('the header and the built page agree', () => {
  const distRoot = path.resolve('dist');

  it('serves the built index.html from app:// with a header equal to its meta tag', async () => {
    expect(existsSync(path.join(distRoot, 'index.html')), 'build first: npx vite build').toBe(true);
    const handler = createAppProtocolHandler({ distRoot, readFile, realpath });
    const response = await handler(new Request('app://wuchanghui/'));
    const header = response.headers.get('content-security-policy');
    const meta = metaPolicyOf(await response.text());
    expect(header).not.toBeNull();
    expect(meta).not.toBeNull();
    // A meta tag cannot carry frame-ancestors (browsers ignore it there); all else is equal.
    const fromHeader = parsePolicy(header ?? '');
    fromHeader.delete('frame-ancestors');
    expect(parsePolicy(meta ?? '')).toEqual(fromHeader);
  });

  it('has exactly one CSP meta tag in the built page, before any script', async () => {
    const html = await readFile(path.join(distRoot, 'index.html'), 'utf8');
    const metas = html.match(/http-equiv="Content-Security-Policy"/gi) ?? [];
    expect(metas).toHaveLength(1);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allowedOrigins,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  isAllowedUrl,
  isPermissionAllowed,
  originOf,
  WEB_PREFERENCES,
} from './security-policy.js';

const source = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('web preferences', () => {
  it('isolate, sandbox and keep Node out of the renderer', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    expect(WEB_PREFERENCES).not.toHaveProperty('preload');
  });

  it('window.ts uses them and overrides nothing but the preload path', () => {
    const text = source('./window.ts');
    expect(text).toMatch(/webPreferences:\s*\{\s*\.\.\.WEB_PREFERENCES,\s*preload:\s*options\.preload\s*\}/);
    for (const key of Object.keys(WEB_PREFERENCES)) expect(text).not.toContain(`${key}:`);
  });
});

describe('security.ts registers every guard', () => {
  const text = source('./security.ts');
  it.each([
    'setPermissionRequestHandler',
    'setPermissionCheckHandler',
    'onHeadersReceived',
    "'will-navigate'",
    "'will-redirect'",
    'setWindowOpenHandler',
    "action: 'deny'",
    "'will-attach-webview'",
    "'web-contents-created'",
  ])('%s', (needle) => expect(text).toContain(needle));

  it('index.ts installs them before any window exists', () => {
    const index = source('./index.ts');
    const firstWindow = index.indexOf('openWindow();');
    expect(index.indexOf('installSecurity(origins)')).toBeGreaterThan(-1);
    expect(index.indexOf('installSecurity(origins)')).toBeLessThan(firstWindow);
    expect(index.indexOf('hardenSession(session.defaultSession')).toBeLessThan(firstWindow);
  });
});

describe('content security policy', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);

  it("allows scripts from 'self' only, never eval or inline", () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('names no remote origin and no wildcard', () => {
    for (const [name, values] of csp) {
      for (const value of values) {
        expect(value, `${name} ${value}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
    expect(csp.get('style-src')).toContain("'unsafe-inline'"); // styles only: see the comment on CSP_DIRECTIVES
  });

  it('matches the meta CSP in the renderer (both are enforced, so a mismatch would block the app)', () => {
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'renderer index.html has a CSP meta tag').toBeDefined();
    // frame-ancestors only works as a header (browsers ignore it in a meta tag), so only the header carries it.
    const headerOnly = new Set(['frame-ancestors']);
    const header = Object.entries(CSP_DIRECTIVES).filter(([name]) => !headerOnly.has(name));
    expect(Object.fromEntries(parseCsp(meta!))).toEqual(Object.fromEntries(header));
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('origins', () => {
  it('app:// has a real origin here even though WHATWG calls it opaque', () => {
    expect(new URL('app://crosscheck/index.html').origin).toBe('null');
    expect(originOf('app://crosscheck/index.html')).toBe(APP_ORIGIN);
    expect(originOf('http://localhost:5173/src/main.ts')).toBe('http://localhost:5173');
    expect(originOf('not a url')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
  });

  it('allows only our origin, plus the dev server when one is given', () => {
    const prod = allowedOrigins(undefined);
    expect(isAllowedUrl('app://crosscheck/index.html', prod)).toBe(true);
    expect(isAllowedUrl('app://crosscheck.evil.com/', prod)).toBe(false);
    expect(isAllowedUrl('app://evil/index.html', prod)).toBe(false);
    expect(isAllowedUrl('https://example.com/', prod)).toBe(false);
    expect(isAllowedUrl('file:///home/user/article.html', prod)).toBe(false);
    expect(isAllowedUrl('http://localhost:5173/', prod)).toBe(false);
    const dev = allowedOrigins('http://localhost:5173/');
    expect(isAllowedUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAllowedUrl('http://localhost:5174/index.html', dev)).toBe(false);
  });

  it('refuses every permission except clipboard writes and persistent storage for our own pages', () => {
    const origins = allowedOrigins();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'clipboard-read']) {
      expect(isPermissionAllowed(permission, 'app://crosscheck/index.html', origins)).toBe(false);
    }
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://crosscheck/index.html', origins)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', origins)).toBe(false);
    expect(isPermissionAllowed('persistent-storage', 'app://crosscheck/', origins)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'file:///tmp/x.html', origins)).toBe(false);
  });
});

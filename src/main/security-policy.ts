/**
 * The shell's security settings as plain data, kept free of Electron imports so unit tests can check them
 * (docs/SECURITY.md walks through each item of Electron's checklist and where it is met).
 */
import type { WebPreferences } from 'electron';

/** The renderer is served from this privileged custom scheme instead of file:// (checklist item 18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'crosscheck';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent as a response header as defence in depth beside the renderer's meta CSP (src/renderer/index.html).
 * Both policies are enforced, so they must agree: security-policy.test.ts compares them (frame-ancestors is header-only:
 * browsers ignore it in a meta tag).
 * 'unsafe-inline' is for styles only (Svelte transitions write style attributes); blob: workers are pdf.js's.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/**
 * Every BrowserWindow gets exactly these (plus its preload path). Spelled out even where they are Electron's
 * defaults, so a future default change or a careless override shows up in review and in the test.
 */
export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

/**
 * `scheme://host[:port]` of a URL. Not `URL.origin`: WHATWG gives the opaque origin "null" for
 * non-special schemes such as app://, which would make every app:// URL look alike.
 */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (!u.host) return null;
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

/** Origins the window may show and IPC may come from: the app scheme, plus Vite's dev server when running `electron-vite dev`. */
export function allowedOrigins(devServerUrl?: string): string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

export function isAllowedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/**
 * Permission policy: everything is refused except, for our own pages, writing sanitised text to the clipboard
 * (the "copy" actions) and persistent storage (`navigator.storage.persist()`, so the library in IndexedDB is not
 * evicted). No camera, microphone, geolocation, notifications, or anything else a hostile page could want.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage']);

export function isPermissionAllowed(permission: string, requestingUrl: string, origins: readonly string[]): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAllowedUrl(requestingUrl, origins);
}

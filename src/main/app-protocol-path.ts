/** Maps app:// request URLs onto files under the built renderer folder, refusing anything that would escape it. */
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './security-policy.js';
import contentTypes from '../../resources/content-types.json';

/**
 * Absolute path of the file to serve, or null when the URL is not ours or would leave `root`
 * (`..` segments, encoded `%2e%2e` or `%2f`, backslashes, NUL bytes). `/` serves index.html.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Backslashes are separators on Windows; a decoded one could smuggle `..\` past the segment check.
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.split('/').some((segment) => segment === '..')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(base, relative);
  // Belt and braces after the segment check: the resolved path must still be inside the root.
  return file.startsWith(base + sep) ? file : null;
}

// One table for the app:// protocol and scripts/serve-web.mjs (the web build's static server).
const CONTENT_TYPES: Readonly<Record<string, string>> = contentTypes;

/** Module scripts and workers are refused without a JavaScript MIME type, so this must not guess. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

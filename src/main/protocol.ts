/** Serves the built renderer from app://crosscheck/ (a standard, secure scheme) instead of file:// (checklist item 18). */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { contentTypeFor, resolveAppFile } from './app-protocol-path.js';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security-policy.js';

/**
 * Must run before the app is ready. `standard` gives the scheme real origins (IndexedDB, relative URLs); `secure`
 * makes it a secure context. `corsEnabled` because Vite emits `<script type="module" crossorigin>` and module
 * workers, which load in CORS mode and Chromium refuses CORS-mode loads from schemes not on its CORS list; it lets no
 * foreign page in, since navigation is locked to this origin (security.ts).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

/** Only files under `root` (out/renderer) are reachable; anything else is a 404, never an error page with a path. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? resolveAppFile(root, request.url) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': contentTypeFor(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/**
 * Electron-side hardening: every webContents may only show our own origin, opens no windows and attaches no
 * <webview>; the session refuses permissions and adds the CSP header. The policy values live in security-policy.ts.
 */
import { app, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAllowedUrl, isPermissionAllowed } from './security-policy.js';

export function hardenSession(session: Session, origins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, origins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, origins),
  );
  // Covers the Vite dev server (http); app:// responses carry the same header from protocol.ts.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

export function hardenContents(contents: WebContents, origins: readonly string[]): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedUrl(url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => refuseForeign(event, event.url));
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies hardenContents to every webContents the app ever creates, including any a future feature adds. */
export function installSecurity(origins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, origins));
}

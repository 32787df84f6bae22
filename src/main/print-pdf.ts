/**
 * printToPdf: the report's HTML printed by Chromium in a hidden window that runs no script, has no preload and
 * lives in its own in-memory session. The HTML is served from memory on that session's app:// handler (a data:
 * URL would cap reports near 2 MB), under the report's own CSP, so nothing can load from outside.
 */
import { BrowserWindow, session, type Session } from 'electron';
import { randomUUID } from 'node:crypto';
import { REPORT_CSP } from '../core/report/csp.js';
import { APP_SCHEME, WEB_PREFERENCES } from './security-policy.js';

const PRINT_PARTITION = 'crosscheck-print';
const PRINT_HOST = 'print';
const pending = new Map<string, string>();
let printSession: Session | null = null;

function sessionForPrinting(): Session {
  if (printSession) return printSession;
  const s = session.fromPartition(PRINT_PARTITION);
  s.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const html = url.host === PRINT_HOST ? pending.get(url.pathname.slice(1)) : undefined;
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': REPORT_CSP, 'X-Content-Type-Options': 'nosniff' } });
  });
  printSession = s;
  return s;
}

export async function printToPdf(html: string): Promise<Uint8Array> {
  const token = randomUUID();
  pending.set(token, html);
  const win = new BrowserWindow({ show: false, webPreferences: { ...WEB_PREFERENCES, javascript: false, session: sessionForPrinting() } });
  try {
    await win.loadURL(`${APP_SCHEME}://${PRINT_HOST}/${token}`);
    const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    pending.delete(token);
    win.destroy();
  }
}

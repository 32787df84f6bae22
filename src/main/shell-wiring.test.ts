/**
 * The Electron-facing modules (ipc.ts, protocol.ts, security.ts) wired to a stand-in `electron` module. The real
 * package is never loaded (vi.mock with a factory replaces it; loading it would start a runtime download), so this
 * checks our wiring and guards, not Electron itself: that part is e2e/electron/app.spec.ts where a runtime exists.
 */
import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportMessage } from '../preload/ipc-channels.js';
import { importChannel, INVOKE_METHODS, invokeChannel } from '../preload/ipc-channels.js';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const fake = vi.hoisted(() => ({
  ipc: new Map<string, Handler>(),
  protocols: new Map<string, (request: Request) => Promise<Response>>(),
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  appListeners: new Map<string, (...args: unknown[]) => void>(),
}));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: Handler) => fake.ipc.set(channel, fn) },
  dialog: fake.dialog,
  BrowserWindow: { fromWebContents: () => null, getFocusedWindow: () => null, getAllWindows: () => [] },
  app: { on: (name: string, fn: (...args: unknown[]) => void) => fake.appListeners.set(name, fn), getPath: () => tmpdir() },
  protocol: { handle: (scheme: string, fn: (r: Request) => Promise<Response>) => fake.protocols.set(scheme, fn), registerSchemesAsPrivileged: vi.fn() },
}));

const { registerIpc } = await import('./ipc.js');
const { serveRenderer } = await import('./protocol.js');
const { hardenContents, hardenSession, installSecurity } = await import('./security.js');
const { ImportPool } = await import('./import-pool.js');
const { allowedOrigins, CONTENT_SECURITY_POLICY } = await import('./security-policy.js');

const origins = allowedOrigins();
let dir: string;

/** A webContents as far as ipc.ts uses it, recording what it was sent. */
class FakeContents extends EventEmitter {
  sent: { channel: string; message: ImportMessage }[] = [];
  readonly mainFrame = { url: 'app://crosscheck/index.html' };
  constructor(readonly id: number) {
    super();
  }
  send(channel: string, message: ImportMessage) {
    this.sent.push({ channel, message });
  }
  isDestroyed() {
    return false;
  }
}

function call(method: string, sender: FakeContents, args: unknown[], frame: { url: string } | null = sender.mainFrame) {
  const handler = fake.ipc.get(invokeChannel(method as (typeof INVOKE_METHODS)[number]))!;
  return handler({ sender, senderFrame: frame }, ...args);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-shell-'));
  // A pool whose "worker" answers in-thread: ipc.ts is what is under test here.
  const pool = new ImportPool(() => {
    const w = new EventEmitter() as EventEmitter & { postMessage(t: { id: number; path: string; name: string }): void; terminate(): Promise<number> };
    w.postMessage = (t) =>
      setImmediate(() => w.emit('message', { id: t.id, outcome: { ok: false, failure: { path: t.path, message: `seen ${t.name}` } } }));
    w.terminate = async () => 0;
    return w;
  });
  registerIpc({ origins, pool });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ipc.ts', () => {
  it('registers one handler per contract method and nothing else', () => {
    expect([...fake.ipc.keys()].sort()).toEqual(INVOKE_METHODS.map(invokeChannel).sort());
  });

  it('refuses foreign senders, subframes and bad arguments before any handler runs', async () => {
    const sender = new FakeContents(1);
    await expect(call('pickSources', sender, ['files'], { url: 'https://evil.example/' })).rejects.toThrow(/refused pickSources/);
    await expect(call('pickSources', sender, ['files'], { url: 'app://crosscheck/frame.html' })).rejects.toThrow(/refused/);
    await expect(call('pickSources', sender, ['files'], null)).rejects.toThrow(/closed frame/);
    await expect(call('pickSources', sender, ['/etc'])).rejects.toThrow(/kind must be/);
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('picks a folder, streams the import on the per-source channel and refuses a second import of the same list', async () => {
    await mkdir(join(dir, 'picked/.cache'), { recursive: true });
    await writeFile(join(dir, 'picked/a.txt'), 'a');
    await writeFile(join(dir, 'picked/b.txt'), 'b');
    await writeFile(join(dir, 'picked/.cache/c.txt'), 'c');
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'picked')] });
    const sender = new FakeContents(2);
    const list = (await call('pickSources', sender, ['folder'])) as { id: string; count: number };
    expect(list.count).toBe(2);
    expect(fake.dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({ properties: ['openDirectory'] });

    await expect(call('importSources', new FakeContents(3), [list.id])).rejects.toThrow(/unknown or already imported/);
    await call('importSources', sender, [list.id]);
    await vi.waitFor(() => expect(sender.sent.at(-1)?.message.type).toBe('done'));
    expect(new Set(sender.sent.map((s) => s.channel))).toEqual(new Set([importChannel(list.id)]));
    const failures = sender.sent.flatMap((s) => (s.message.type === 'event' && s.message.event.type === 'failure' ? [s.message.event.failure.message] : []));
    expect(failures).toEqual(['seen a.txt', 'seen b.txt']);
    expect(sender.sent.at(-1)?.message).toEqual({ type: 'done', summary: { parsed: 0, failed: 2, cancelled: false } });
    await expect(call('importSources', sender, [list.id])).rejects.toThrow(/unknown or already imported/);
  });

  it('returns null when the picker is cancelled', async () => {
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call('pickSources', new FakeContents(4), ['files'])).toBeNull();
  });

  it('saves through the dialog with an atomic write, or returns null when cancelled', async () => {
    const target = join(dir, 'report.md');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const request = { suggestedName: 'report.md', mime: 'text/markdown', data: '# Report\n' };
    expect(await call('saveFile', new FakeContents(5), [request])).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('# Report\n');
    expect(fake.dialog.showSaveDialog.mock.calls[0]![0].defaultPath).toBe(join(tmpdir(), 'report.md'));
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await call('saveFile', new FakeContents(5), [request])).toBeNull();
  });
});

describe('protocol.ts', () => {
  it('serves the renderer folder with the CSP header and nothing outside it', async () => {
    const root = join(dir, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Crosscheck</title>');
    await writeFile(join(root, 'assets/app.js'), 'export {};');
    await writeFile(join(dir, 'secret.txt'), 'secret');
    serveRenderer(root);
    const handle = fake.protocols.get('app')!;
    const index = await handle(new Request('app://crosscheck/'));
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>Crosscheck</title>');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handle(new Request('app://crosscheck/assets/app.js'))).headers.get('content-type')).toMatch(/javascript/);
    for (const url of ['app://crosscheck/..%2fsecret.txt', 'app://crosscheck/missing.js', 'app://elsewhere/index.html']) {
      const res = await handle(new Request(url));
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
    expect((await handle(new Request('app://crosscheck/index.html', { method: 'POST', body: 'x' }))).status).toBe(404);
  });
});

describe('security.ts', () => {
  it('blocks foreign navigation, new windows and webviews on every webContents', () => {
    installSecurity(origins);
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    fake.appListeners.get('web-contents-created')!({}, contents);
    const navigate = (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.emit(name, event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-frame-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(navigate('will-navigate', 'app://crosscheck/index.html')).toBe(false);
    expect(navigate('will-attach-webview', 'app://crosscheck/index.html')).toBe(true);
    expect(contents.setWindowOpenHandler.mock.calls[0]![0]({ url: 'app://crosscheck/' })).toEqual({ action: 'deny' });
    expect(hardenContents).toBeTypeOf('function');
  });

  it('denies permissions and adds the CSP header on the session', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl: string }) => void) | undefined;
    let check: ((c: unknown, p: string, origin: string) => boolean) | undefined;
    let headers: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
      webRequest: { onHeadersReceived: (fn: typeof headers) => (headers = fn) },
    };
    hardenSession(session as never, origins);
    const answers: boolean[] = [];
    request!(null, 'media', (ok) => answers.push(ok), { requestingUrl: 'app://crosscheck/' });
    request!(null, 'clipboard-sanitized-write', (ok) => answers.push(ok), { requestingUrl: 'https://evil.example/' });
    expect(answers).toEqual([false, false]);
    expect(check!(null, 'geolocation', 'app://crosscheck')).toBe(false);
    let result: unknown;
    headers!({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (result = r));
    expect(result).toEqual({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});

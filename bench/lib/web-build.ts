// What every browser benchmark needs before it opens a page: a current dist-web, a free port, a server that answers.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { log } from './env.js';

export const CHROMIUM = '/usr/bin/chromium';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = 0;
  for (const e of readdirSync(path)) if (e !== 'node_modules') m = Math.max(m, newest(join(path, e)));
  return m;
}

/** Build dist-web when it is missing or older than the sources it is built from (a stale build would time old code). */
export function ensureWebBuild(root: string): void {
  const index = join(root, 'dist-web', 'index.html');
  const src = Math.max(...['src/renderer', 'src/core', 'src/preload', 'vite.web.config.ts'].map((p) => newest(join(root, p))));
  if (existsSync(index) && statSync(index).mtimeMs >= src) return;
  log('building the web renderer (dist-web is missing or older than src/)');
  const r = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build of the web renderer failed');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

export async function waitUp(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`web server at ${url} did not start`);
}

/**
 * A current dist-web served by scripts/serve-web.mjs on a free port (or on PORT when set: sessions sharing a machine
 * are each given one), answering; `stop()` ends the server.
 */
export async function serveWebBuild(root: string): Promise<{ url: string; stop: () => void }> {
  ensureWebBuild(root);
  const port = process.env.PORT ? Number(process.env.PORT) : await freePort();
  // A server left on PORT (e.g. by Playwright's reuseExistingServer) would answer instead of ours and serve another
  // dist-web: an A/B of two roots would then time one build twice (decision 0039).
  // (A server this harness just stopped may take a moment to go, so wait a little before calling it foreign.)
  for (let tries = 0; await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false); tries++) {
    if (tries === 20) throw new Error(`port ${port} is already served by another process; stop it before a browser benchmark`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve-web.mjs')], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  try { await waitUp(url, 10_000); } catch (e) { server.kill(); throw e; }
  return { url, stop: () => server.kill() };
}

/**
 * The web build served and open in Debian's Chromium at the benches' viewport, `initScript` run first in every page,
 * once the app's heading shows. `close` ends the browser and the server.
 */
export async function openWebBuild(root: string, initScript: string): Promise<{ url: string; page: Page; close: () => Promise<void> }> {
  const { url, stop } = await serveWebBuild(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const close = async () => {
    await browser.close();
    stop();
  };
  try {
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
    await context.addInitScript(initScript);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'Crosscheck', level: 1 }).waitFor();
    return { url, page, close };
  } catch (e) {
    await close();
    throw e;
  }
}

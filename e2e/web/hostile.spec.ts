/**
 * The hostile corpus (test/hostile/make-corpus.ts) imported in the web build: no dialog, no request to any host but
 * the local server, no element injected, nothing run (window.__pwned stays unset), the good files beside the bad
 * all imported, each bad file one line, and the browser's memory (all its processes) sampled during the import.
 */
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPECT, GOOD_TITLES, makeHostileCorpus } from '../../test/hostile/make-corpus.js';
import { artifact, rowTitles } from './helpers.js';

const LIMIT_MB = 1536;

/**
 * Memory (MB) of the browser started with `profile` and all its descendants (renderers, GPU, utility processes):
 * the sum of their proportional set sizes (PSS: shared pages split between the processes that map them, so the
 * browser's shared libraries are not counted once per process), and the plain RSS sum as an upper bound.
 */
function treeMemory(profile: string): { pss: number; rss: number } {
  const main = Number(execSync(`pgrep -o -f -- "user-data-dir=${profile}"`).toString().trim());
  const rows = execSync('ps -e -o pid=,ppid=,rss=').toString().trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
  const kids = new Map<number, number[]>();
  for (const [pid, ppid] of rows) kids.set(ppid, [...(kids.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , r]) => [pid, r]));
  let [pss, total] = [0, 0];
  const stack = [main];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    try {
      pss += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? rss.get(pid) ?? 0);
    } catch {
      pss += rss.get(pid) ?? 0;
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return { pss: pss / 1024, rss: total / 1024 };
}

/** The slice of the page's globals the check uses (this file compiles without the DOM lib). */
interface El { tagName: string; outerHTML: string; attributes: ArrayLike<{ name: string }>; src?: string }
interface PageGlobals {
  __pwned?: unknown;
  location: { origin: string };
  document: { querySelectorAll(sel: string): ArrayLike<El> };
}

async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    const found: string[] = [];
    if (g.__pwned !== undefined) found.push('window.__pwned was set');
    for (const el of Array.from(g.document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) found.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
    }
    for (const el of Array.from(g.document.querySelectorAll('iframe, object, embed, img[src="x"], a[href^="javascript:"]'))) found.push(el.outerHTML.slice(0, 80));
    for (const s of Array.from(g.document.querySelectorAll('script'))) if (!s.src || !s.src.startsWith(g.location.origin)) found.push(`script ${s.src || '(inline)'}`);
    return found;
  });
}

test('hostile files: nothing runs, nothing is fetched, good files beside bad ones import, memory bounded', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const base = mkdtempSync(join(tmpdir(), 'crosscheck-hostile-'));
  const root = join(base, 'corpus');
  // Symlinks are a desktop/CLI matter: a browser's folder picker never hands the page a link target.
  const written = await makeHostileCorpus(root, { symlinks: false });

  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-profile-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', baseURL, viewport: { width: 1360, height: 860 },
  });
  const local = new URL(baseURL!).host;
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol.startsWith('http') && url.host !== local) {
      foreign.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.host !== local) foreign.push(url.href);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Crosscheck', level: 1 })).toBeVisible();
  const idle = treeMemory(profile);
  const peak = { ...idle };
  const sampler = setInterval(() => {
    try {
      const m = treeMemory(profile);
      [peak.pss, peak.rss] = [Math.max(peak.pss, m.pss), Math.max(peak.rss, m.rss)];
    } catch {
      /* the browser may be between processes */
    }
  }, 200);
  const started = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Import folder' }).click();
  await (await chooser).setFiles(root);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('Import finished', { timeout: 180_000 });
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);

  // Good files beside the bad ones: all imported.
  for (const title of GOOD_TITLES) await expect(rowTitles(page).filter({ hasText: title })).toHaveCount(1);
  // Each bad file: one line with its reason.
  const failures = await page.getByTestId('import-failures').locator('li').allTextContents();
  for (const rel of written) {
    const want = EXPECT[rel];
    const line = failures.find((f) => f.startsWith(`corpus/${rel} — `));
    if (want.failure) {
      expect(line, rel).toBeDefined();
      expect(line!.slice(`corpus/${rel} — `.length), rel).toMatch(want.failure);
    } else expect(line, `${rel} should import`).toBeUndefined();
  }

  // Open every imported article whose metadata carries markup: shown as text, nothing injected, nothing run.
  const hostileRows = page.getByRole('table', { name: 'Articles' }).getByRole('button', { name: /<img|<script|hostile name/ });
  const n = await hostileRows.count();
  expect(n).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < n; i++) {
    await hostileRows.nth(i).click();
    await page.waitForTimeout(150);
    expect(await injected(page)).toEqual([]);
  }
  await expect(page.getByText('<img src=x onerror="window.__pwned=1"> Harbour fire').filter({ visible: true }).first()).toBeVisible();

  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  const mb = (x: number) => Math.round(x);
  writeFileSync(artifact('hostile-web.json'), JSON.stringify({ files: written.length, seconds, idlePssMb: mb(idle.pss), peakPssMb: mb(peak.pss), idleRssSumMb: mb(idle.rss), peakRssSumMb: mb(peak.rss), limitMb: LIMIT_MB }, null, 2));
  console.log(`hostile corpus in the web build: ${written.length} files in ${seconds.toFixed(1)} s; browser memory idle ${mb(idle.pss)} MB PSS, peak ${mb(peak.pss)} MB PSS (RSS sum ${mb(idle.rss)} -> ${mb(peak.rss)} MB)`);
  expect(peak.pss).toBeLessThan(LIMIT_MB);
  await page.screenshot({ path: artifact('hostile-web.png') });
  await context.close();
});

// End-to-end import into IndexedDB in real Chromium: the web build (dist-web, served by scripts/serve-web.mjs),
// driven like a user: "Import folder" in the toolbar, answer the picker with a folder of generated files,
// wait for the import report. Relies on: the toolbar button named "Import folder", the report
// [data-testid=import-summary], and the Dexie DB 'crosscheck' with table 'articles' (counted afterwards).
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import type { SynthFile } from '../synthetic/formats.js';
import { reportCounts } from '../lib/app-report.js';
import { log } from '../lib/env.js';
import { CHROMIUM, serveWebBuild } from '../lib/web-build.js';

export interface BrowserOptions {
  root: string;
  folder: string;
  files: SynthFile[];
  repeats: number;
  /** After the first repeat, fewer repeats are run if they would not fit in this many ms (never fewer than 1). */
  budgetMs: number;
  smoke: boolean;
}

export interface BrowserResult {
  /** Wall time per repeat from answering the picker to the import report (fresh profile each time). */
  ms: number[];
  /** Articles in IndexedDB after the last repeat (duplicates by content hash are stored once). */
  stored: number;
  /** From the app's import report of the last repeat. */
  imported: number;
  duplicates: number;
  failures: number;
  /** Per repeat, where the time went (null when the import was too short to sample). */
  phases: Phases[];
}

export async function runBrowserImport(o: BrowserOptions): Promise<BrowserResult | null> {
  if (!existsSync(CHROMIUM)) { console.log(`skipped browser import: ${CHROMIUM} not found`); return null; }
  const { url, stop } = await serveWebBuild(o.root);
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const ms: number[] = [];
    let stored = 0;
    let counts = { imported: 0, duplicates: 0, failures: 0 };
    const phaseList: Phases[] = [];
    let repeats = o.repeats;
    for (let r = 0; r < repeats; r++) {
      // A fresh context is a fresh profile: IndexedDB starts empty every repeat.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole('heading', { name: 'Crosscheck', level: 1 }).waitFor();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('toolbar').getByRole('button', { name: 'Import folder' }).click();
      const picker = await chooser;
      await sampleProgress(page);
      const t0 = performance.now();
      await picker.setFiles(o.folder);
      await page.getByTestId('import-summary').waitFor({ state: 'visible', timeout: o.smoke ? 60_000 : 600_000 });
      ms.push(performance.now() - t0);
      const ph = await phases(page, o.files.length, ms[r]!);
      if (ph) phaseList.push(ph);
      stored = await countArticles(page);
      const report = (await page.getByTestId('import-summary').innerText()).replace(/\s+/g, ' ');
      counts = reportCounts(report);
      if (counts.imported + counts.duplicates < o.files.length) {
        console.log(`warning: the app imported ${counts.imported} + ${counts.duplicates} duplicates of ${o.files.length} files; its report: ${report.slice(0, 300)}`);
      }
      log(`browser repeat ${r + 1}: ${o.files.length} files in ${(ms[r]! / 1000).toFixed(1)} s, ${stored} articles in IndexedDB`);
      if (stored === 0) {
        // Not a timing we can report: say so (the report was printed above) instead of failing the whole bench.
        console.log('browser import stored nothing: no browser rows');
        await context.close();
        return null;
      }
      await context.close();
      if (r === 0) repeats = Math.max(1, Math.min(o.repeats, Math.floor(o.budgetMs / ms[0]!)));
    }
    return { ms, stored, ...counts, phases: phaseList };
  } finally {
    await browser.close();
    stop();
  }
}

type Sample = [t: number, filesParsed: number, articlesShown: number];

/**
 * Every 250 ms inside the page, record the progress line ("412 of 1000 files", files parsed by the worker) and the
 * status bar's article count (articles stored and shown). Sampling in the page adds no round trips to the timing.
 */
function sampleProgress(page: import('@playwright/test').Page): Promise<void> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { __benchSamples: Sample[]; document: { querySelector(s: string): { textContent: string | null } | null } };
    // No named helper functions in here: tsx would wrap them in a `__name` call that does not exist in the page.
    g.__benchSamples = [];
    const t0 = performance.now();
    setInterval(() => {
      const parsed = /(\d+) of \d+ files/.exec(g.document.querySelector('[data-testid=import-counts]')?.textContent ?? '');
      const shown = /(\d+) articles?/.exec(g.document.querySelector('[data-testid=article-count]')?.textContent ?? '');
      g.__benchSamples.push([performance.now() - t0, parsed ? Number(parsed[1]) : -1, shown ? Number(shown[1]) : 0]);
    }, 250);
  });
}

export interface Phases {
  /** Share of the wall time until the worker had parsed every file. */
  parseShare: number;
  /** Time to show the second half of the stored articles ÷ time to show the first half (1 = steady rate). */
  halfRatio: number;
}

async function phases(page: import('@playwright/test').Page, files: number, totalMs: number): Promise<Phases | null> {
  const samples = await page.evaluate(() => (globalThis as unknown as { __benchSamples: Sample[] }).__benchSamples) as Sample[];
  if (samples.length < 8) return null;
  const parsedAt = samples.find(([, p]) => p >= files)?.[0] ?? totalMs;
  const final = samples[samples.length - 1]![2];
  const mid = samples.find(([, , a]) => a >= final / 2)?.[0];
  const end = samples.find(([, , a]) => a >= final)?.[0];
  if (mid === undefined || end === undefined || mid === 0) return null;
  return { parseShare: Math.min(1, parsedAt / totalMs), halfRatio: (end - mid) / mid };
}

/** Count rows in the app's Dexie database straight through IndexedDB (no dependency on the app's globals). */
function countArticles(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve, reject) => {
    // Typed by hand: this file compiles under the Node tsconfig (no DOM lib) but the callback runs in the page.
    interface Req<T> { result: T; error: unknown; onsuccess: (() => void) | null; onerror: (() => void) | null }
    interface Db { transaction(s: string, m: string): { objectStore(s: string): { count(): Req<number> } }; close(): void }
    const req = (globalThis as unknown as { indexedDB: { open(name: string): Req<Db> } }).indexedDB.open('crosscheck');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('articles', 'readonly');
      const c = tx.objectStore('articles').count();
      c.onsuccess = () => { resolve(c.result); db.close(); };
      c.onerror = () => reject(c.error);
    };
  }));
}

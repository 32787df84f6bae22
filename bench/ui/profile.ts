// Where the ui bench's main-thread time goes (decision 0095): the web build with the bench's 1,000-article library,
// a Chromium CPU profile (CDP, 200 µs sampling) of (1) the analysis settling after the reload and (2) the Statistics
// filter keystrokes, each summarised as the functions with the most self time, and the long tasks of each window.
// Not a bench row: run by hand (`npx tsx bench/ui/profile.ts`), PORT as for the benches.
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { ROOT } from '../lib/env.js';
import { CHROMIUM, serveWebBuild } from '../lib/web-build.js';
import { seedLibrary, syntheticLibrary } from './library.js';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; }

function top(profile: Profile, n = 18): string {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    if (ms) byName.set(name, (byName.get(name) ?? 0) + ms);
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`).join('\n');
}

async function profiled(cdp: CDPSession, page: Page, label: string, run: () => Promise<void>): Promise<void> {
  await page.evaluate('window.__long = []');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const long = (await page.evaluate('window.__long')) as number[];
  console.log(`== ${label}: long tasks ${long.map(Math.round).sort((a, b) => b - a).join(', ') || 'none'}\n${top(profile)}`);
}

const articles = await syntheticLibrary(1000);
const { url, stop } = await serveWebBuild(ROOT);
const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  await context.addInitScript(`new PerformanceObserver((l) => { for (const e of l.getEntries()) (window.__long ??= []).push(e.duration); }).observe({ type: 'longtask' })`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await page.goto(url);
  await page.getByRole('heading', { name: 'Crosscheck', level: 1 }).waitFor();
  await seedLibrary(page, articles);
  await page.getByRole('table', { name: 'Articles' }).locator('tbody tr').first().waitFor({ timeout: 60_000 });
  const status = `!document.querySelector('[data-testid="analysis-status"]')?.textContent?.includes('Analysing') && /contested/.test(document.querySelector('#tab-statistics')?.textContent ?? '')`;
  await profiled(cdp, page, 'analysis settling', async () => {
    await page.waitForFunction(status, undefined, { timeout: 600_000, polling: 250 });
    await page.waitForTimeout(1000);
  });
  await page.getByRole('tab', { name: /Statistics/ }).click();
  await page.getByTestId('quantity-card').first().waitFor();
  const filter = page.getByRole('searchbox', { name: 'Filter quantities' });
  await filter.click();
  await page.waitForTimeout(2500);
  await profiled(cdp, page, 'filter keystrokes', async () => {
    for (const word of ['fire', 'people', 'zzzq']) {
      for (const ch of word) { await page.keyboard.press(ch); await page.waitForTimeout(120); }
      for (let k = 0; k < word.length; k++) { await page.keyboard.press('Backspace'); await page.waitForTimeout(120); }
    }
  });
  await context.close();
} finally {
  await browser.close();
  stop();
}

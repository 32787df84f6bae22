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

interface Long { start: number; duration: number }

/** Sample times in the page's performance.now() ms: the profile clock is offset by the marker's first sample. */
function sampleTimes(profile: Profile & { startTime: number }, marker: number): number[] {
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d) / 1000);
  const markerNode = profile.nodes.find((n) => n.callFrame.functionName === '__profileMarker');
  const first = profile.samples.findIndex((id) => id === markerNode?.id);
  const offset = first < 0 ? 0 : times[first]! - marker;
  return times.map((x) => x - offset);
}

function top(profile: Profile, n = 18, keep: (i: number) => boolean = () => true): string {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => keep(i) && self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
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
  await page.evaluate('window.__long = []').catch(() => undefined);
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  // A named busy loop whose first sample ties the profile's clock to performance.now() (after the run: a reload
  // starts a new clock).
  const marker = (await page.evaluate(`(function __profileMarker() { const t = performance.now(); while (performance.now() - t < 20); return t; })()`)) as number;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile & { startTime: number } };
  const long = ((await page.evaluate('window.__long ?? []')) as Long[]).sort((a, b) => b.duration - a.duration);
  console.log(`== ${label}: long tasks ${long.map((l) => Math.round(l.duration)).join(', ') || 'none'}\n${top(profile)}`);
  const times = sampleTimes(profile, marker);
  for (const l of long.slice(0, 2)) {
    console.log(`-- the ${Math.round(l.duration)} ms task:\n${top(profile, 12, (i) => times[i]! >= l.start && times[i]! <= l.start + l.duration)}`);
  }
}

const articles = await syntheticLibrary(1000);
const { url, stop } = await serveWebBuild(ROOT);
const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  await context.addInitScript(`new PerformanceObserver((l) => { for (const e of l.getEntries()) (window.__long ??= []).push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask' })`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await page.goto(url);
  await page.getByRole('heading', { name: 'Crosscheck', level: 1 }).waitFor();
  await profiled(cdp, page, 'reload with the library (to its first row)', async () => {
    await seedLibrary(page, articles);
    await page.getByRole('table', { name: 'Articles' }).locator('tbody tr').first().waitFor({ timeout: 60_000 });
  });
  const status = `!document.querySelector('[data-testid="analysis-status"]')?.textContent?.includes('Analysing') && /contested/.test(document.querySelector('#tab-statistics')?.textContent ?? '')`;
  await profiled(cdp, page, 'analysis settling', async () => {
    // (waitForFunction would eval the string, which the page's CSP forbids; page.evaluate does not.)
    while (!(await page.evaluate(status))) await page.waitForTimeout(250);
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

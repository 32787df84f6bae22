// What one Statistics filter keystroke costs on the renderer's main thread (decision 0104): the web build with the
// bench's 1,000-article library, a Chromium trace (devtools.timeline) over the same keystrokes as the ui bench, each
// key's window (its keydown to the next key) summed as self time by event (script, style recalc, layout, paint …).
// Not a bench row: run by hand (`npx tsx bench/ui/trace.ts`), PORT as for the benches. `TRACE=tabs` traces tab
// switches instead (decision 0118): ←/→ in the tab list, Library ⇄ Statistics 8 times each way, each key to its frame;
// `TRACE=library` the Library table's keys: End, Home, PageDown ×4, End, Home from its first row.
import { chromium } from '@playwright/test';
import { ROOT } from '../lib/env.js';
import { CHROMIUM, serveWebBuild } from '../lib/web-build.js';
import { seedLibrary, syntheticLibrary } from './library.js';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { type?: string } } }

/**
 * Self time (µs) of each complete event on one thread between `from` and `to` (children's time taken off), as thread
 * CPU time (`tdur`): on a shared machine the wall time includes the time the thread waited for a core.
 */
function selfTimes(events: TraceEvent[], from: number, to: number): Map<string, number> {
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of events) {
    if (e.ts < from || e.ts >= to) continue;
    while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const cpu = e.tdur ?? e.dur!;
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - cpu);
    self.set(e.name, (self.get(e.name) ?? 0) + cpu);
    stack.push({ end: e.ts + e.dur!, name: e.name });
  }
  return self;
}

/** Trace event names folded into what a checker would call them. */
const KIND: Record<string, string> = {
  FunctionCall: 'script', EvaluateScript: 'script', 'v8.compile': 'script', RunMicrotasks: 'script', TimerFire: 'script',
  FireAnimationFrame: 'script', EventDispatch: 'script', 'V8.GC_SCAVENGER': 'gc', MajorGC: 'gc', MinorGC: 'gc', 'V8.GCScavenger': 'gc',
  'V8.Execute': 'script', 'v8.run': 'script', 'V8.RunMicrotasks': 'script', 'v8.callFunction': 'script',
  UpdateLayoutTree: 'style', 'Document::recalcStyle': 'style', 'Document::rebuildLayoutTree': 'style', 'Document::updateStyle': 'style',
  'LocalFrameView::performLayout': 'layout', 'InlineNode::ShapeTextIncludingFirstLine': 'layout', Commit: 'commit',
  'Blink.PrePaint.UpdateTime': 'paint', 'PaintArtifactCompositor::Update': 'paint', 'Blink.CompositingInputs.UpdateTime': 'paint', CullRectUpdate: 'paint',
  'Editor::HandleKeyboardEvent': 'editing', 'TypingCommand::InsertText': 'editing', 'Editor::SyncSelection': 'editing', ParseAuthorStyleSheet: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint',
  Layerize: 'paint', UpdateLayer: 'paint', 'Document::updateStyleAndLayout': 'layout', IntersectionObserverController_computeIntersections: 'io',
};

const TABS = process.env.TRACE === 'tabs';
const LIBRARY = process.env.TRACE === 'library';
const articles = await syntheticLibrary(1000);
const { url, stop } = await serveWebBuild(ROOT);
const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  // The ui bench's probe (keydown → rAF → zero timer: the frame is out), ending each key with a user-timing mark.
  // Also counted: frames whose cards end above the pane's bottom while more are to come (a key drew too few cards).
  await context.addInitScript(`addEventListener('keydown', () => requestAnimationFrame(() => setTimeout(() => {
    performance.mark('key-frame');
    const list = document.querySelector('[data-testid="quantity-list"]');
    const cards = list?.querySelectorAll('[data-testid="quantity-card"]');
    const last = cards?.[cards.length - 1];
    if (last && list.querySelector('[data-testid="show-more"]') && last.getBoundingClientRect().bottom < list.getBoundingClientRect().bottom) window.__short = (window.__short ?? 0) + 1;
  }, 0)), true)`);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Crosscheck', level: 1 }).waitFor();
  await seedLibrary(page, articles);
  await page.getByRole('table', { name: 'Articles' }).locator('tbody tr').first().waitFor({ timeout: 60_000 });
  const status = `!document.querySelector('[data-testid="analysis-status"]')?.textContent?.includes('Analysing') && /contested/.test(document.querySelector('#tab-statistics')?.textContent ?? '')`;
  while (!(await page.evaluate(status))) await page.waitForTimeout(250);
  await page.getByRole('tab', { name: /Statistics/ }).click();
  await page.getByTestId('quantity-card').first().waitFor();
  if (TABS) {
    // Both views drawn once, then the tab list focused on Library (→ goes to Statistics, ← back).
    await page.getByRole('tab', { name: /Library/ }).click();
  } else if (LIBRARY) {
    await page.getByRole('tab', { name: /Library/ }).click();
    await page.getByRole('table', { name: 'Articles' }).locator('tbody button[data-id]').first().focus();
  } else {
    await page.getByRole('searchbox', { name: 'Filter quantities' }).click();
  }
  await page.waitForTimeout(2500);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'toplevel'] });
  if (LIBRARY) {
    for (const key of ['End', 'Home', 'PageDown', 'PageDown', 'PageDown', 'PageDown', 'End', 'Home']) { await page.keyboard.press(key); await page.waitForTimeout(600); }
  } else if (TABS) {
    for (let i = 0; i < 8; i++) {
      for (const key of ['ArrowRight', 'ArrowLeft']) { await page.keyboard.press(key); await page.waitForTimeout(300); }
    }
  } else {
    for (const word of ['fire', 'people', 'zzzq']) {
      for (const ch of word) { await page.keyboard.press(ch); await page.waitForTimeout(150); }
      for (let k = 0; k < word.length; k++) { await page.keyboard.press('Backspace'); await page.waitForTimeout(150); }
    }
  }
  console.log(`frames with the pane not filled: ${await page.evaluate('window.__short ?? 0')}`);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const all = trace.traceEvents;
  // The page's main thread: the one its keydown dispatches ran on.
  const keys = all.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((a, b) => a.ts - b.ts);
  const main = all.filter((e) => e.ph === 'X' && e.pid === keys[0]!.pid && e.tid === keys[0]!.tid && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const total = new Map<string, number>();
  const kinds = new Map<string, number>();
  const rows: string[] = [];
  const marks = all.filter((e) => e.name === 'key-frame').map((e) => e.ts).sort((a, b) => a - b);
  keys.forEach((k, i) => {
    // To the frame after the key (what the bench times); what the rest of the page costs after it is not counted.
    const to = marks.find((t) => t > k.ts) ?? k.ts + 150_000;
    const self = selfTimes(main, k.ts, to);
    const byKind = new Map<string, number>();
    for (const [name, us] of self) {
      const kind = KIND[name] ?? 'other';
      byKind.set(kind, (byKind.get(kind) ?? 0) + us / 1000);
      kinds.set(kind, (kinds.get(kind) ?? 0) + us / 1000);
      total.set(name, (total.get(name) ?? 0) + us / 1000);
    }
    const sum = [...byKind.values()].reduce((a, b) => a + b, 0);
    // The slow keys (they set the p95): which events.
    if (to - k.ts > 35_000) rows.push('    ' + [...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`).join(', '));
    rows.push(`key ${String(i + 1).padStart(2)}  to frame ${((to - k.ts) / 1000).toFixed(1).padStart(6)} ms  cpu ${sum.toFixed(1).padStart(6)} ms  ` + [...byKind].sort((a, b) => b[1] - a[1]).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', '));
  });
  console.log(rows.join('\n'));
  const lat = keys.map((k) => ((marks.find((t) => t > k.ts) ?? k.ts) - k.ts) / 1000).sort((a, b) => a - b);
  const at = (p: number) => lat[Math.max(0, Math.ceil(p * lat.length) - 1)]!.toFixed(1);
  console.log(`== to frame: median ${at(0.5)}, p95 ${at(0.95)}, max ${at(1)} ms over ${lat.length} keys; cpu ${[...kinds.values()].reduce((a, b) => a + b, 0).toFixed(0)} ms: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')} ms`);
  console.log('== self time by event over all keys');
  console.log([...total].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${n}`).join('\n'));
  await context.close();
} finally {
  await browser.close();
  stop();
}

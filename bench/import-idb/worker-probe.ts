// Probe (issue 9, decision 0045): the same files through the same core importer, one file at a time, in Node and in
// the web build's import Web Worker in Chromium (no UI, no IndexedDB, no pool): per format, how much slower is the
// worker? Optional `--profile` records a V8 CPU profile of the worker (CDP, via the browser session, flat mode) and
// prints the heaviest functions by self time grouped by bundle file.
//   npx tsx bench/import-idb/worker-probe.ts [--rounds 2] [--profile] [--only pdf]
import { chromium } from '@playwright/test';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, ROOT } from '../lib/env.js';
import { CHROMIUM, serveWebBuild } from '../lib/web-build.js';
import { cachedFiles, MIX_1K } from '../synthetic/corpus.js';
import type { SynthFormat } from '../synthetic/formats.js';

const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf('--rounds') + 1] || 2) || 2;
const PROFILE = args.includes('--profile');
const DEPTH = args.includes('--depth') ? Number(args[args.indexOf('--depth') + 1]) : 1;
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const N = 1000;
const dir = join(CACHE, `import-${N}`);
const files = (await cachedFiles(dir, N, { mix: MIX_1K })).filter((f) => !ONLY || f.format === ONLY);
const FORMATS: SynthFormat[] = ['txt', 'md', 'html', 'pdf', 'docx'];

// --- Node: core importFile, same order, fastest of ROUNDS per format.
const { importFile } = await import('../../src/core/import/index.js');
const nodeMs = new Map<string, number>();
for (let r = 0; r < ROUNDS; r++) {
  const per = new Map<string, number>();
  for (const f of files) {
    const t = performance.now();
    await importFile({ name: f.name, path: `bench/${f.name}`, bytes: f.bytes });
    per.set(f.format, (per.get(f.format) ?? 0) + performance.now() - t);
  }
  for (const [k, v] of per) nodeMs.set(k, Math.min(nodeMs.get(k) ?? Infinity, v));
}

// --- Chromium: the built import worker, fed File objects one at a time.
const { url, stop } = await serveWebBuild(ROOT);
const workerChunk = readdirSync(join(ROOT, 'dist-web', 'assets')).find((f) => /^import\.worker-.*\.js$/.test(f));
const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  const page = await browser.newPage();
  await page.goto(url);
  // Page-side code as strings: this file compiles without the DOM lib, and tsx's __name() does not exist in the page.
  await page.evaluate(`(() => {
    const i = document.createElement('input');
    i.type = 'file'; i.multiple = true; i.id = 'probe-files';
    document.body.append(i);
  })()`);
  await page.setInputFiles('#probe-files', files.map((f) => join(dir, 'files', f.name)));
  let cdp: import('@playwright/test').CDPSession | null = null;
  let workerSession: string | null = null;
  if (PROFILE) {
    cdp = await browser.newBrowserCDPSession();
    await cdp.send('Target.setDiscoverTargets', { discover: true });
  }
  const workerUrl = new URL(`assets/${workerChunk}`, url).href;
  const formats = files.map((f) => f.format);
  // Start the worker and warm it up on the first 20 files.
  await page.evaluate(`(async () => {
    const g = globalThis;
    g.__w = new Worker(${JSON.stringify(workerUrl)}, { type: 'module', name: 'import' });
    const input = document.getElementById('probe-files');
    g.__run = async (from, to) => {
      const out = [];
      for (let k = from; k < to; k++) {
        const file = input.files[k];
        const t = performance.now();
        await new Promise((res) => {
          g.__w.onmessage = (e) => { if (e.data?.type === 'result') res(); };
          g.__w.postMessage({ channel: 'crosscheck-import', type: 'parse', id: k, task: { file, path: file.name } });
        });
        out.push(performance.now() - t);
      }
      return out;
    };
    await g.__run(0, 20);
  })()`);
  // Files as the input lists them (name order): map names back to formats.
  const names = await page.evaluate(`[...document.getElementById('probe-files').files].map((f) => f.name)`) as string[];
  const fmtOf = new Map(files.map((f) => [f.name, f.format]));
  if (cdp) {
    const { targetInfos } = await cdp.send('Target.getTargets') as { targetInfos: { targetId: string; type: string; title: string; url: string }[] };
    const t = targetInfos.find((x) => x.type === 'worker' && x.url.includes('import.worker'));
    if (!t) throw new Error('no worker target');
    ({ sessionId: workerSession } = await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false }) as { sessionId: string });
  }
  // Old-style (non-flat) session to the worker: commands wrapped in Target.sendMessageToTarget, answers as events.
  let nextId = 1;
  const pending = new Map<number, (v: unknown) => void>();
  cdp?.on('Target.receivedMessageFromTarget' as never, ((e: { sessionId: string; message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id !== undefined) pending.get(m.id)?.(m.result);
  }) as never);
  const send = (method: string, params: object = {}) => new Promise<unknown>((res) => {
    const id = nextId++;
    pending.set(id, res);
    void cdp!.send('Target.sendMessageToTarget' as never, { sessionId: workerSession, message: JSON.stringify({ id, method, params }) } as never);
  });
  void formats;
  if (PROFILE) {
    await send('Profiler.enable');
    await send('Profiler.setSamplingInterval', { interval: 200 });
    await send('Profiler.start');
  }
  const webMs = new Map<string, number>();
  for (let r = 0; r < ROUNDS; r++) {
    const times = await page.evaluate((n) => (globalThis as unknown as { __run: (a: number, b: number) => Promise<number[]> }).__run(0, n), names.length);
    const per = new Map<string, number>();
    times.forEach((ms, k) => { const f = fmtOf.get(names[k]!)!; per.set(f, (per.get(f) ?? 0) + ms); });
    for (const [k, v] of per) webMs.set(k, Math.min(webMs.get(k) ?? Infinity, v));
  }
  // As a string: tsx wraps named functions in __name(), which does not exist in the page.
  await page.evaluate(`globalThis.__runDeep = (from, to, depth) => new Promise((res) => {
    const input = document.getElementById('probe-files');
    const t0 = performance.now();
    let k = from, inflight = 0;
    const send = () => {
      while (inflight < depth && k < to) {
        const file = input.files[k];
        globalThis.__w.postMessage({ channel: 'crosscheck-import', type: 'parse', id: k++, task: { file, path: file.name } });
        inflight++;
      }
      if (inflight === 0) res(performance.now() - t0);
    };
    globalThis.__w.onmessage = (e) => { if (e.data?.type === 'result') { inflight--; send(); } };
    send();
  })`);
  for (const d of [1, DEPTH, 1, DEPTH]) {
    const ms = await page.evaluate(([n, d]) => (globalThis as unknown as { __runDeep: (a: number, b: number, d: number) => Promise<number> }).__runDeep(0, n, d), [names.length, d]);
    console.log(`in flight ${d}: ${ms.toFixed(0)} ms for ${names.length} files`);
  }
  if (PROFILE) {
    const { profile } = await send('Profiler.stop') as { profile: CpuProfile };
    writeFileSync(join(CACHE, 'worker-probe.cpuprofile'), JSON.stringify(profile));
    summarise(profile);
  }
  let totN = 0, totW = 0;
  console.log('format  files  node_ms  worker_ms  worker/node');
  for (const f of FORMATS) {
    const n = nodeMs.get(f), w = webMs.get(f);
    if (n === undefined || w === undefined) continue;
    totN += n; totW += w;
    console.log(`${f.padEnd(6)} ${String(files.filter((x) => x.format === f).length).padStart(6)} ${n.toFixed(0).padStart(8)} ${w.toFixed(0).padStart(10)} ${(w / n).toFixed(2).padStart(12)}`);
  }
  console.log(`all    ${String(files.length).padStart(6)} ${totN.toFixed(0).padStart(8)} ${totW.toFixed(0).padStart(10)} ${(totW / totN).toFixed(2).padStart(12)}`);
  writeFileSync(join(CACHE, 'worker-probe.json'), JSON.stringify({ node: Object.fromEntries(nodeMs), web: Object.fromEntries(webMs) }, null, 1));
} finally {
  await browser.close();
  stop();
}

interface CpuNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface CpuProfile { nodes: CpuNode[]; samples: number[]; timeDeltas: number[] }

/** Self time by function (top 40) and by script file. */
function summarise(p: CpuProfile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const fn = new Map<string, number>(), file = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const c = byId.get(id)!.callFrame;
    const f = c.url.split('/').pop() || '(native)';
    const k = `${c.functionName || '(anon)'} ${f}:${c.lineNumber + 1}:${c.columnNumber + 1}`;
    fn.set(k, (fn.get(k) ?? 0) + ms); file.set(f, (file.get(f) ?? 0) + ms); total += ms;
  }
  console.log(`profile: ${total.toFixed(0)} ms sampled`);
  for (const [k, v] of [...file].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  file ${v.toFixed(0).padStart(7)} ms  ${k}`);
  for (const [k, v] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${v.toFixed(0).padStart(7)} ms  ${k}`);
}

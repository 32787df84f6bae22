// The database's v4 upgrade (decision 0077: every article record read once, titles still as their file stated them
// shortened) on a large library, in Chromium's real IndexedDB: a v3 database (IDB version 30) of N article records is
// written beside the web build, then the app opens it and Dexie runs the upgrade. Timed from the open request's
// `upgradeneeded` to its `success` (the upgrade transaction has committed), with the longest main-thread task in
// that window; baseline: writing the same N records in one transaction, in the same repeat (decision 0099).
// Run alone: `tsx bench/import-idb/upgrade.ts [N]`.
import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import type { Article } from '../../src/core/model/index.js';
import { normaliseForHash, sha256Hex } from '../../src/core/text/index.js';
import { log, ROOT } from '../lib/env.js';
import { median } from '../lib/stats.js';
import { CHROMIUM, openWebBuild } from '../lib/web-build.js';
import { syntheticLibrary } from '../ui/library.js';

export interface UpgradeResult {
  n: number;
  /** upgradeneeded → success of the app's open request, per repeat. */
  upgradeMs: number[];
  /** Writing the same n records (one readwrite transaction, put each, to complete), per repeat. */
  writeMs: number[];
  /** Longest main-thread task inside the upgrade window, per repeat (0 when none over 50 ms). */
  longestTaskMs: number[];
  /** Records written with a title as the file stated it, and records the upgrade shortened (should be equal). */
  stated: number;
  shortened: number;
}

/** One record in `STATED_EVERY` has its title as a pre-0056 import stored it ("Headline 7 - Outlet", hash of that). */
const STATED_EVERY = 10;
const BASE = 1000;

/**
 * n records from `base` articles, built in the page (30k records are ~260 MB of JSON: too much to send): copy k of
 * article i (record j = k × base + i) gets its own id and hash; one in STATED_EVERY gets the outlet back at the end of
 * its title, with the hash of that title and the text (so the upgrade's hash check passes and it writes). Those titles
 * and hashes are computed here and sent along.
 */
function statedTitles(base: Article[], n: number): { j: number; title: string; hash: string }[] {
  const out: { j: number; title: string; hash: string }[] = [];
  for (let j = 0; j < n; j += STATED_EVERY) {
    const a = base[j % base.length]!;
    if (!a.outlet || a.inferred?.title) continue;
    const title = `${a.title} ${Math.floor(j / base.length)} - ${a.outlet}`;
    out.push({ j, title, hash: sha256Hex(normaliseForHash(title) + '\n' + normaliseForHash(a.text)) });
  }
  return out;
}

/** In the page: the records of `statedTitles`' description, from the base articles. */
const BUILD = `const byJ = new Map(stated.map((s) => [s.j, s]));
  const records = [];
  for (let j = 0; j < n; j++) {
    const a = base[j % base.length], k = Math.floor(j / base.length), s = byJ.get(j);
    records.push({ ...a, id: a.id + '-' + k, hash: s ? s.hash : k.toString(16).padStart(6, '0') + a.hash.slice(6), ...(s ? { title: s.title } : {}) });
  }`;

/** In the page: every store of the app's database (v4 has v3's tables, decision 0077), to recreate it at version 30. */
const READ_STRUCTURE = `new Promise((resolve, reject) => {
  const r = indexedDB.open('crosscheck');
  r.onerror = () => reject(r.error);
  r.onsuccess = () => {
    const db = r.result;
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names);
    const stores = names.map((name) => {
      const s = tx.objectStore(name);
      const indexes = [...s.indexNames].map((i) => { const x = s.index(i); return { name: i, keyPath: x.keyPath, unique: x.unique, multiEntry: x.multiEntry }; });
      return { name, keyPath: s.keyPath, autoIncrement: s.autoIncrement, indexes };
    });
    const version = db.version;
    db.close();
    resolve({ version, stores });
  };
})`;

/** In the page (a same-origin page without the app): delete the database, create it at version 30, write the records. */
const WRITE_V3 = `(async ({ stores, base, stated, n }) => {
  ${BUILD}
  await new Promise((resolve, reject) => { const d = indexedDB.deleteDatabase('crosscheck'); d.onsuccess = resolve; d.onerror = () => reject(d.error); });
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open('crosscheck', 30);
    r.onerror = () => reject(r.error);
    r.onupgradeneeded = () => {
      for (const s of stores) {
        const os = r.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
        for (const i of s.indexes) os.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    };
    r.onsuccess = () => resolve(r.result);
  });
  const t0 = performance.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction('articles', 'readwrite');
    const os = tx.objectStore('articles');
    for (const a of records) os.put(a);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - t0;
  db.close();
  return ms;
})`;

/** Before the app's scripts: the open request of its database timed, and long tasks kept. */
const PROBE = `(() => {
  const w = (window.__upgrade = { long: [] });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name, version) {
    const req = open.apply(this, arguments);
    if (name === 'crosscheck' && version !== undefined) {
      req.addEventListener('upgradeneeded', (e) => { w.start = performance.now(); w.from = e.oldVersion; w.to = e.newVersion; });
      req.addEventListener('success', () => { if (w.start !== undefined && w.end === undefined) w.end = performance.now(); });
    }
    return req;
  };
})()`;

/** In the page after the upgrade: records whose title still ends with " - outlet" (not shortened). */
const COUNT_LEFT = `new Promise((resolve, reject) => {
  const r = indexedDB.open('crosscheck');
  r.onerror = () => reject(r.error);
  r.onsuccess = () => {
    const db = r.result;
    const q = db.transaction('articles').objectStore('articles').getAll();
    q.onsuccess = () => { db.close(); resolve(q.result.filter((a) => a.outlet && a.title.endsWith(' - ' + a.outlet)).length); };
    q.onerror = () => reject(q.error);
  };
})`;

interface Input { base: Article[]; stated: { j: number; title: string; hash: string }[]; n: number }

async function once(page: Page, url: string, structure: unknown, input: Input): Promise<{ upgrade: number; write: number; longest: number; shortened: number }> {
  await page.goto(`${url}__blank-for-upgrade-bench`);
  const write = (await page.evaluate(`${WRITE_V3}(${JSON.stringify({ stores: (structure as { stores: unknown }).stores, ...input })})`)) as number;
  await page.goto(url);
  const end = Date.now() + 600_000;
  let w: { start?: number; end?: number; from?: number; to?: number; long: [number, number][] };
  for (;;) {
    w = (await page.evaluate('window.__upgrade')) as typeof w;
    if (w.end !== undefined) break;
    if (Date.now() > end) throw new Error('the upgrade did not finish in 10 minutes');
    await page.waitForTimeout(50);
  }
  if (w.from !== 30 || w.to !== 40) throw new Error(`expected an upgrade from IDB version 30 to 40, saw ${w.from} → ${w.to}`);
  const inside = w.long.filter(([s, d]) => s < w.end! && s + d > w.start!).map(([, d]) => d);
  const left = (await page.evaluate(COUNT_LEFT)) as number;
  return { upgrade: w.end! - w.start!, write, longest: inside.length ? Math.max(...inside) : 0, shortened: input.stated.length - left };
}

/** The v4 upgrade over n records, `repeats` times; null when Chromium is missing. */
export async function runUpgrade(n: number, repeats: number): Promise<UpgradeResult | null> {
  if (!existsSync(CHROMIUM)) {
    log(`skipped v4 upgrade: ${CHROMIUM} not found`);
    return null;
  }
  const base = await syntheticLibrary(Math.min(BASE, n));
  const input: Input = { base, stated: statedTitles(base, n), n };
  const stated = input.stated.length;
  const { url, page, close } = await openWebBuild(ROOT, PROBE);
  const out: UpgradeResult = { n, upgradeMs: [], writeMs: [], longestTaskMs: [], stated, shortened: 0 };
  try {
    const structure = await page.evaluate(READ_STRUCTURE);
    for (let r = 0; r < repeats; r++) {
      const m = await once(page, url, structure, input);
      log(`v4 upgrade n=${n}: ${m.upgrade.toFixed(0)} ms (writing them: ${m.write.toFixed(0)} ms), longest task ${m.longest.toFixed(0)} ms, ${m.shortened}/${stated} titles shortened`);
      out.upgradeMs.push(m.upgrade);
      out.writeMs.push(m.write);
      out.longestTaskMs.push(m.longest);
      out.shortened = m.shortened;
    }
  } finally {
    await close();
  }
  return out;
}

if (process.argv[1]?.endsWith('upgrade.ts')) {
  const n = Number(process.argv[2] ?? 30_000);
  const r = await runUpgrade(n, 1);
  if (r) console.log(JSON.stringify({ ...r, medianUpgradeMs: median(r.upgradeMs), medianWriteMs: median(r.writeMs) }));
}

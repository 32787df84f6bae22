// A large library for the UI benchmark and the scale e2e: synthetic articles (bench/synthetic) rendered as saved web
// pages, imported by the same core `importFile` the app runs in its worker, then written straight into the web
// build's IndexedDB (importing 1,000 files through the picker would time the importer, not the views).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { importFile } from '../../src/core/import/index.js';
import type { Article } from '../../src/core/model/index.js';
import { CACHE } from '../lib/env.js';
import { generateArticles } from '../synthetic/articles.js';
import { toHtml } from '../synthetic/formats.js';

const FIXED_NOW = new Date('2026-01-15T09:00:00Z');

/** `n` distinct articles (near-copies included, same-content copies skipped), cached in .tmp/bench by size and seed. */
export async function syntheticLibrary(n: number, seed = 1): Promise<Article[]> {
  const file = join(CACHE, `ui-library-${n}-${seed}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Article[];
  const out = new Map<string, Article>();
  // Some near-copies clean up to the same text as their original: generate a few more to end with `n` distinct.
  for (const a of generateArticles(Math.ceil(n * 1.05) + 5, { seed })) {
    if (out.size >= n) break;
    const name = `${a.id}.html`;
    const outcome = await importFile({ name, path: `synthetic/${name}`, bytes: new TextEncoder().encode(toHtml(a)) }, { now: () => FIXED_NOW });
    if (outcome.ok && !out.has(outcome.article.id)) out.set(outcome.article.id, outcome.article);
  }
  const list = [...out.values()];
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify(list));
  return list;
}

/**
 * Put `articles` into the app's database and reload. The page must have opened the app once (so the database
 * exists at its current version); nothing else is written: cases, analysis and search index start empty, as after
 * an import into "All articles".
 */
export async function seedLibrary(page: Page, articles: readonly Article[]): Promise<void> {
  // A string body: this file is type-checked without the DOM library.
  await page.evaluate(
    `(async (articles) => {
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open('crosscheck');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction('articles', 'readwrite');
        const store = tx.objectStore('articles');
        for (const a of articles) store.put(a);
        tx.oncomplete = () => resolve(undefined);
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    })(${JSON.stringify(articles)})`,
  );
  await page.reload();
}

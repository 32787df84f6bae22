/**
 * The web parse worker's own writes (decision 0097): the articles it parsed go to IndexedDB from the worker, each with
 * its journal line in the same transaction (as the page's storeBatch did), and the page is sent a summary. The page
 * thread no longer receives each body and clones it again into IndexedDB.
 */
import type { Article, ImportOutcome } from '../../../../core/model/index.js';
import type { SavedArticle } from '../../../../preload/contract.js';
import { summarize, type StoreResult } from '../db/articles.js';
import { describeDbError } from '../db/errors.js';
import { db as appDb } from '../db/instance.js';
import type { CrosscheckDb } from '../db/schema.js';
import { storeBatch, storeLogged } from './import-log.js';
import type { WebOutcome, WebTask } from './worker-protocol.js';

// The worker's own connection to the app's database (Dexie opens it on the first article stored, so the warm-up and a
// worker that only parses never open it).

/** One parsed file, not yet stored or answered. */
export interface Parsed {
  id: number;
  task: WebTask;
  outcome: ImportOutcome;
}

export function saved(result: StoreResult, article: Article): SavedArticle {
  return result.status === 'stored'
    ? { status: 'stored', summary: summarize(article) }
    : { status: 'duplicate', path: article.path, existing: result.existing };
}

/**
 * Stores the parsed articles of `batch` whose task asks for it, in one transaction per import, and returns each file's
 * answer in order. If a transaction fails, its articles are stored one by one so only the one that cannot be saved
 * fails (with the page's one-line reason), as the page's writer does.
 */
export async function saveParsed(batch: Parsed[], store: CrosscheckDb = appDb): Promise<WebOutcome[]> {
  const out: WebOutcome[] = batch.map((p) => p.outcome);
  const toStore = batch.flatMap((p, i) => (p.outcome.ok && p.task.journal ? [{ i, article: p.outcome.article, importId: p.task.journal.importId }] : []));
  if (!toStore.length) return out;
  // One import per worker in practice; grouped anyway so a journal line never names another import.
  for (const importId of new Set(toStore.map((s) => s.importId))) {
    const group = toStore.filter((s) => s.importId === importId);
    let results: StoreResult[] | null = null;
    try {
      results = await storeBatch(store, group.map((s) => ({ kind: 'article', article: s.article })), importId);
    } catch {
      /* below, one by one */
    }
    for (const [k, s] of group.entries()) {
      try {
        const result = results ? results[k]! : await storeLogged(store, s.article, importId);
        out[s.i] = { ok: true, article: saved(result, s.article) };
      } catch (err) {
        out[s.i] = { ok: false, failure: { path: s.article.path, message: `could not save: ${describeDbError(err)}` } };
      }
    }
  }
  return out;
}

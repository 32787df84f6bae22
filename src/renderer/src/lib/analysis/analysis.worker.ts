/**
 * Analysis worker: reads every article from IndexedDB itself (so the UI thread neither loads nor copies the
 * bodies), runs the core engine and posts the result. Requests are handled one at a time, in order.
 */
import { analyzeArticles } from '../../../../core/analyze.js';
import { byStatus, quantityViews } from '../../../../core/report/quantity-view.js';
import { createDb } from '../db/schema.js';
import { ANALYSIS_CHANNEL, type FromAnalysisWorker, type ToAnalysisWorker } from './protocol.js';

// The renderer tsconfig uses the DOM lib (not WebWorker, which conflicts with it); this is the slice we use.
interface WorkerScope {
  postMessage(message: FromAnalysisWorker): void;
  onmessage: ((e: MessageEvent<ToAnalysisWorker | undefined>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const db = createDb();

let queue = Promise.resolve();
let newest = 0;

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg?.channel !== ANALYSIS_CHANNEL || msg.type !== 'analyse') return;
  newest = Math.max(newest, msg.seq);
  queue = queue.then(() => run(msg.seq));
};

async function run(seq: number): Promise<void> {
  // A newer request is already queued: its answer supersedes this one, so skip the work.
  if (seq < newest) return;
  try {
    if (!db.isOpen()) await db.open();
    const articles = await db.articles.toArray();
    const analysis = analyzeArticles(articles);
    const views = quantityViews(analysis, articles).sort(byStatus);
    scope.postMessage({ channel: ANALYSIS_CHANNEL, seq, type: 'result', result: { analysis, views, articleCount: articles.length } });
  } catch (err) {
    scope.postMessage({ channel: ANALYSIS_CHANNEL, seq, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

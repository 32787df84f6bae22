/**
 * Analysis worker: reads a case's articles from IndexedDB itself (so the UI thread neither loads nor copies the
 * bodies), runs the core engine, keeps the result in the case's `analyses` row and posts it. A case whose
 * fingerprint (articles, their metadata, its corrections) and engine build match the stored row is answered from
 * it without re-analysing. Also sorts the library into suggested stories. Requests run one at a time, in order.
 */
import { analyzeArticles } from '../../../../core/analyze.js';
import { articleTerms, suggestStories, type ArticleTerms, type ExistingGroup } from '../../../../core/cases/index.js';
import type { Article } from '../../../../core/model/index.js';
import { byStatus, quantityViews } from '../../../../core/report/quantity-view.js';
import { createDb } from '../db/schema.js';
import { ALL_ARTICLES_KEY, analysisFingerprint } from './fingerprint.js';
import { encodeResult } from './wire.js';
import { ANALYSIS_CHANNEL, type AnalysisResult, type FromAnalysisWorker, type ToAnalysisWorker } from './protocol.js';

// The renderer tsconfig uses the DOM lib (not WebWorker, which conflicts with it); this is the slice we use.
interface WorkerScope {
  postMessage(message: FromAnalysisWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToAnalysisWorker | undefined>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const db = createDb();

/**
 * The engine build: this script's URL, which in a built app carries a content hash of the worker bundle (engine
 * included). A cached analysis made by another build is recomputed, so an update never shows stale groupings.
 */
const ENGINE = import.meta.url;

let queue = Promise.resolve();
const newest = { analyse: 0, suggest: 0 };

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg?.channel !== ANALYSIS_CHANNEL) return;
  newest[msg.type] = Math.max(newest[msg.type], msg.seq);
  queue = queue.then(() => (msg.type === 'analyse' ? analyse(msg.seq, msg.caseId, msg.fingerprint) : suggest(msg.seq, msg.existing)));
};

async function analyse(seq: number, caseId: string | null, fingerprint: string): Promise<void> {
  // A newer request is already queued: its answer supersedes this one, so skip the work.
  if (seq < newest.analyse) return;
  const key = caseId ?? ALL_ARTICLES_KEY;
  try {
    if (!db.isOpen()) await db.open();
    const stored = await db.analyses.get(key);
    const fresh = (fp: string) => stored && stored.fingerprint === fp && stored.engine === ENGINE;
    if (fresh(fingerprint)) return answer(seq, key, fingerprint, true, stored!);
    const c = caseId === null ? null : await db.cases.get(caseId);
    if (caseId !== null && !c) return answer(seq, key, fingerprint, false, empty());
    const articles = c ? (await db.articles.bulkGet(c.articleIds)).filter((a): a is Article => a !== undefined) : await db.articles.toArray();
    const corrections = await db.corrections.where('caseId').equals(key).toArray();
    // What the worker read is the truth: the UI's list may lag behind another tab's change.
    const actual = analysisFingerprint(articles, corrections);
    if (fresh(actual)) return answer(seq, key, actual, true, stored!);
    const analysis = analyzeArticles(articles, { corrections });
    const result: AnalysisResult = { analysis, views: quantityViews(analysis, articles).sort(byStatus), articleCount: articles.length };
    answer(seq, key, actual, false, result);
    // A case deleted meanwhile keeps no orphan row.
    if (caseId === null || (await db.cases.get(caseId))) {
      await db.analyses.put({ caseId: key, fingerprint: actual, engine: ENGINE, ...result, at: new Date().toISOString() });
    }
  } catch (err) {
    scope.postMessage({ channel: ANALYSIS_CHANNEL, seq, type: 'error', request: 'analyse', message: describe(err) });
  }
}

function answer(seq: number, key: string, fingerprint: string, cached: boolean, r: AnalysisResult): void {
  const { wire, transfer } = encodeResult({ analysis: r.analysis, views: r.views, articleCount: r.articleCount });
  scope.postMessage({ channel: ANALYSIS_CHANNEL, seq, type: 'result', key, fingerprint, cached, result: wire }, transfer);
}

function empty(): AnalysisResult {
  return { analysis: { mentions: [], quantities: [], reuse: [] }, views: [], articleCount: 0 };
}

/** Names and topic words per article content, kept between requests: an article's text never changes. */
const termsByHash = new Map<string, ArticleTerms>();

async function suggest(seq: number, existing: ExistingGroup[]): Promise<void> {
  if (seq < newest.suggest) return;
  try {
    if (!db.isOpen()) await db.open();
    const articles = await db.articles.toArray();
    const terms = new Map<string, ArticleTerms>();
    for (const a of articles) {
      let t = termsByHash.get(a.hash);
      if (!t) termsByHash.set(a.hash, (t = articleTerms(a.title, a.text)));
      terms.set(a.id, t);
    }
    const stories = suggestStories(articles, { existing, terms });
    scope.postMessage({ channel: ANALYSIS_CHANNEL, seq, type: 'stories', stories });
  } catch (err) {
    scope.postMessage({ channel: ANALYSIS_CHANNEL, seq, type: 'error', request: 'suggest', message: describe(err) });
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

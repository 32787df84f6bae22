/**
 * Search worker: holds the index, keeps it in step with the library (sync), answers queries and saves the index to
 * IndexedDB. It reads article bodies from IndexedDB itself, so the UI thread never loads or copies them.
 *
 * Staleness: queries are taken from a one-slot mailbox, so a burst of keystrokes costs one search (the newest);
 * a query whose snippets are still loading when a newer one arrives is dropped. Indexing runs in chunks with a
 * yield between them, so queries are answered while a large import is indexed.
 */
import { SearchEngine, type DocMeta, type SearchFilters } from '../../../../core/search/engine.js';
import { markRuns, matchRanges, snippets } from '../../../../core/search/snippets.js';
import { searchStats, statEntries, type StatEntry } from '../../../../core/search/stats.js';
import { createDb } from '../db/schema.js';
import { loadIndex, saveIndex, clearIndex, type StoredSegments } from './store.js';
import { SEARCH_CHANNEL, type ArticleResult, type FromSearchWorker, type SearchAnswer, type StatResult, type ToSearchWorker } from './protocol.js';

interface WorkerScope {
  postMessage(message: FromSearchWorker): void;
  onmessage: ((e: MessageEvent<ToSearchWorker | undefined>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const db = createDb();

/** Articles whose bodies are read and indexed per step. */
const CHUNK = 200;
const SAVE_DELAY_MS = 1500;
const OPTIMIZE_DELAY_MS = 3000;
const SNIPPET_ARTICLES = 30;
/** Statistics listed above the articles (the count says how many matched in all). */
const STATS_SHOWN = 6;

let engine = new SearchEngine();
let stored: StoredSegments = new Map();
let loadedFrom: 'store' | 'empty' | null = null;
const ready = start();

let pendingSync: DocMeta[] | null = null;
let syncing = false;
let remaining = 0;
let saveTimer: ReturnType<typeof setTimeout> | null = null;

let mailbox: Extract<ToSearchWorker, { type: 'query' }> | null = null;
let queryScheduled = false;
let newestQuery = 0;
/** The newest query answered, asked again when the statistics change under it (an analysis may land after the user typed). */
let lastQuery: Extract<ToSearchWorker, { type: 'query' }> | null = null;

/** Statistics of the app's current analysis (posted by the UI) and of every case analysis cached in IndexedDB. */
let currentStats: StatEntry[] = [];
/** Parts of the next `currentStats` received so far. */
let incomingStats: StatEntry[] = [];
let cachedStats: { caseId: string; entries: StatEntry[] }[] = [];
let allStats: StatEntry[] = [];

const texts = new Map<string, string>();
const TEXT_CACHE = 400;

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg?.channel !== SEARCH_CHANNEL) return;
  if (msg.type === 'sync') {
    pendingSync = msg.docs;
    void runSync();
  } else if (msg.type === 'query') {
    newestQuery = Math.max(newestQuery, msg.seq);
    mailbox = msg;
    if (!queryScheduled) {
      queryScheduled = true;
      // A macrotask, so keystrokes already queued behind this one replace it in the mailbox first.
      setTimeout(() => void runQuery(), 0);
    }
  } else if (msg.type === 'stats') {
    incomingStats = msg.first ? msg.entries : incomingStats.concat(msg.entries);
    if (msg.more) return;
    currentStats = incomingStats;
    incomingStats = [];
    void refreshCachedStats().then(() => {
      if (lastQuery && lastQuery.seq === newestQuery && !mailbox) {
        mailbox = lastQuery;
        if (!queryScheduled) {
          queryScheduled = true;
          setTimeout(() => void runQuery(), 0);
        }
      }
    });
  }
};

async function start(): Promise<void> {
  try {
    if (!db.isOpen()) await db.open();
    const loaded = await loadIndex(db);
    if (loaded) {
      engine = loaded.engine;
      stored = loaded.stored;
      loadedFrom = 'store';
    } else {
      await clearIndex(db);
      loadedFrom = 'empty';
    }
    await refreshCachedStats();
  } catch (err) {
    // An unreadable index is rebuilt by the first sync rather than leaving search broken.
    engine = new SearchEngine();
    stored = new Map();
    loadedFrom = 'empty';
    post({ channel: SEARCH_CHANNEL, type: 'error', seq: null, message: `Stored search index unreadable, rebuilding: ${message(err)}` });
  }
  status();
}

function post(m: FromSearchWorker): void {
  scope.postMessage(m);
}

function status(): void {
  post({ channel: SEARCH_CHANNEL, type: 'status', size: engine.size, indexing: syncing, pending: remaining, loadedFrom });
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const yieldToQueries = () => new Promise<void>((r) => setTimeout(r, 0));

async function runSync(): Promise<void> {
  await ready;
  if (syncing) return;
  syncing = true;
  try {
    while (pendingSync) {
      const docs = pendingSync;
      pendingSync = null;
      const { add, remove, update } = engine.diff(docs);
      if (remove.length) engine.remove(remove);
      if (update.length) engine.update(update);
      remaining = add.length;
      status();
      for (let i = 0; i < add.length; i += CHUNK) {
        const part = add.slice(i, i + CHUNK);
        const bodies = await db.articles.bulkGet(part.map((m) => m.id));
        // An article deleted meanwhile has no body: the next sync (after the delete) will not list it either.
        engine.add(part.flatMap((m, k) => (bodies[k] ? [{ meta: m, text: bodies[k]!.text }] : [])));
        remaining = Math.max(0, add.length - i - CHUNK);
        status();
        await yieldToQueries();
        // The library changed again: diff anew rather than indexing what may be gone.
        if (pendingSync) break;
      }
      if (remove.length || update.length || add.length) {
        scheduleOptimize();
        scheduleSave();
      }
    }
  } catch (err) {
    post({ channel: SEARCH_CHANNEL, type: 'error', seq: null, message: `Indexing failed: ${message(err)}` });
  } finally {
    syncing = false;
    remaining = 0;
    status();
  }
}

let optimizeTimer: ReturnType<typeof setTimeout> | null = null;

/** Once the library has been quiet for a while, merge the body segments into one (queries walk one vocabulary). */
function scheduleOptimize(): void {
  if (optimizeTimer) clearTimeout(optimizeTimer);
  optimizeTimer = setTimeout(() => {
    optimizeTimer = null;
    if (syncing || pendingSync) return scheduleOptimize();
    engine.optimize();
    scheduleSave();
  }, OPTIMIZE_DELAY_MS);
}

function scheduleSave(): void {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    saveTimer = null;
    saveIndex(db, engine, stored)
      .then((next) => (stored = next))
      .catch((err) => post({ channel: SEARCH_CHANNEL, type: 'error', seq: null, message: `Could not save the search index: ${message(err)}` }));
  }, SAVE_DELAY_MS);
}

async function refreshCachedStats(): Promise<void> {
  try {
    if (!db.isOpen()) await db.open();
    const records = await db.analyses.toArray();
    cachedStats = records.map((r) => ({ caseId: r.caseId, entries: statEntries(r.analysis) }));
  } catch {
    cachedStats = [];
  }
  const byId = new Map<string, StatEntry>();
  for (const c of cachedStats) for (const e of c.entries) byId.set(e.id, e);
  for (const e of currentStats) byId.set(e.id, e);
  allStats = [...byId.values()];
}

/** Articles with a contested statistic: in the case's own analysis when it is cached, else in any analysis. */
function contestedSet(caseId: string | null): Set<string> | null {
  const cached = caseId ? cachedStats.find((c) => c.caseId === caseId) : undefined;
  const source = cached ? cached.entries : allStats;
  if (!source.length) return null;
  return new Set(source.filter((e) => e.status === 'contested').map((e) => e.articleId));
}

async function runQuery(): Promise<void> {
  queryScheduled = false;
  const msg = mailbox;
  mailbox = null;
  if (!msg) return;
  lastQuery = msg;
  await ready;
  const t0 = performance.now();
  try {
    const f = msg.filters;
    const members = f.caseId ? await caseMembers(f.caseId) : null;
    const contested = f.contested ? (contestedSet(f.caseId) ?? new Set<string>()) : null;
    const filters: SearchFilters = { articleIds: members, outlets: f.outlets, formats: f.formats, from: f.from, to: f.to, contested };
    const result = engine.search(msg.query, filters, msg.limit);
    const terms = new Set(result.matchedTerms);
    const top = result.hits.slice(0, SNIPPET_ARTICLES);
    const bodies = await textsOf(top.map((h) => h.id));
    if (msg.seq < newestQuery) return; // typed on: this answer is stale
    const articles: ArticleResult[] = result.hits.map((h) => {
      const m = engine.meta(h.id)!;
      const text = bodies.get(h.id);
      return {
        id: h.id, title: m.title, titleRuns: markRuns(m.title, matchRanges(m.title, terms)), outlet: m.outlet,
        published: m.published, format: m.format, snippets: text ? snippets(text, terms) : [],
      };
    });
    const st = searchStats(msg.query, allStats, engine.filterIds(filters), STATS_SHOWN);
    const stats: StatResult[] = st.hits.map(({ entry: e }) => ({
      id: e.id, articleId: e.articleId, title: engine.meta(e.articleId)?.title ?? '', start: e.start, end: e.end, text: e.text,
      label: e.label, status: e.status, counted: e.measure, sentenceRuns: sentenceRuns(e),
    }));
    const answer: SearchAnswer = {
      query: msg.query, total: result.total, articles, statsTotal: st.total, stats,
      contestedUnknown: f.contested && contestedSet(f.caseId) === null, ms: performance.now() - t0,
    };
    post({ channel: SEARCH_CHANNEL, type: 'results', seq: msg.seq, answer });
  } catch (err) {
    post({ channel: SEARCH_CHANNEL, type: 'error', seq: msg.seq, message: `Search failed: ${message(err)}` });
  }
}

/** The statistic's sentence with the figure itself marked. */
function sentenceRuns(e: StatEntry): StatResult['sentenceRuns'] {
  const s = e.sentence || e.text;
  const at = s.indexOf(e.text);
  return at < 0 ? [{ text: s, mark: false }] : markRuns(s, [[at, at + e.text.length]]);
}

async function caseMembers(caseId: string): Promise<Set<string> | null> {
  const c = await db.cases.get(caseId);
  return c ? new Set(c.articleIds) : new Set();
}

async function textsOf(ids: string[]): Promise<Map<string, string>> {
  const missing = ids.filter((id) => !texts.has(id));
  if (missing.length) {
    const rows = await db.articles.bulkGet(missing);
    rows.forEach((a, i) => a && texts.set(missing[i]!, a.text));
    while (texts.size > TEXT_CACHE) texts.delete(texts.keys().next().value!);
  }
  return new Map(ids.flatMap((id) => (texts.has(id) ? [[id, texts.get(id)!] as const] : [])));
}

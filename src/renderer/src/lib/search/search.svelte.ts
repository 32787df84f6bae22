/**
 * Search state on the UI thread: the palette's query, filters and latest answer, and the channel to the search
 * worker. Every keystroke posts a query at once (typing never waits); the worker drops stale ones and the UI keeps
 * only the answer to its newest request.
 */
import type { Analysis, Quantity } from '../../../../core/model/index.js';
import type { DocMeta } from '../../../../core/search/engine.js';
import { quantitiesByMention, statEntry } from '../../../../core/search/stats.js';
import { nextTask } from '../tasks.js';
import { NO_FILTERS, SEARCH_CHANNEL, type FromSearchWorker, type SearchAnswer, type SearchFilterState, type ToSearchWorker } from './protocol.js';

/** Results per query (the palette shows them all; the count says how many more matched). */
export const RESULT_LIMIT = 50;
/** Statistics per message to the worker. */
const STATS_PART = 2000;

class SearchState {
  open = $state(false);
  query = $state('');
  filters = $state<SearchFilterState>({ ...NO_FILTERS });
  answer = $state.raw<SearchAnswer | null>(null);
  /** A query has been posted and its answer has not arrived yet. */
  searching = $state(false);
  size = $state(0);
  indexing = $state(false);
  pending = $state(0);
  /** Where the worker's index came from at start: IndexedDB, or empty (first run or a format change). */
  loadedFrom = $state<'store' | 'empty' | null>(null);
  error = $state<string | null>(null);

  #worker: Worker | null = null;
  #seq = 0;
  #statsRun = 0;

  openPalette(): void {
    this.open = true;
  }

  close(): void {
    this.open = false;
  }

  /** Make the index hold exactly these articles (called at start, after an import batch, a delete or an edit). */
  sync(items: readonly DocMeta[]): void {
    const docs = items.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, author: a.author, published: a.published, format: a.format }));
    this.#post({ channel: SEARCH_CHANNEL, type: 'sync', docs });
  }

  /** The statistics of the current analysis, so they can be found by value and by what they count. */
  async setAnalysis(analysis: Analysis | null): Promise<void> {
    if (!this.#worker && !analysis) return;
    // In parts, each in a task of its own: 21k entries built and copied at once were one 0.1-0.3 s task (0095).
    const run = ++this.#statsRun;
    const mentions = analysis?.mentions ?? [];
    const quantityOf = analysis ? quantitiesByMention(analysis) : new Map<string, Quantity>();
    for (let at = 0; ; at += STATS_PART) {
      if (at > 0) await nextTask();
      // A newer analysis has started its own list.
      if (run !== this.#statsRun) return;
      const entries = mentions.slice(at, at + STATS_PART).map((m) => statEntry(m, quantityOf.get(m.id)));
      const more = at + STATS_PART < mentions.length;
      this.#post({ channel: SEARCH_CHANNEL, type: 'stats', entries, first: at === 0, more });
      if (!more) return;
    }
  }

  /** Search for the current query and filters; an empty query clears the answer. */
  run(): void {
    const seq = ++this.#seq;
    if (!this.query.trim()) {
      this.answer = null;
      this.searching = false;
      return;
    }
    this.searching = true;
    this.#post({ channel: SEARCH_CHANNEL, type: 'query', seq, query: this.query, filters: $state.snapshot(this.filters), limit: RESULT_LIMIT });
  }

  #post(msg: ToSearchWorker): void {
    const w = this.#ensureWorker();
    w?.postMessage(msg);
  }

  #ensureWorker(): Worker | null {
    if (this.#worker) return this.#worker;
    try {
      const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
      worker.onmessage = (e: MessageEvent<FromSearchWorker | undefined>) => this.#receive(e.data);
      worker.onerror = (e) => {
        this.error = `Search failed: ${e.message || 'the worker did not start'}`;
        this.searching = false;
      };
      this.#worker = worker;
      return worker;
    } catch (err) {
      this.error = `Search is unavailable: ${err instanceof Error ? err.message : String(err)}`;
      return null;
    }
  }

  #receive(msg: FromSearchWorker | undefined): void {
    if (msg?.channel !== SEARCH_CHANNEL) return;
    if (msg.type === 'status') {
      const was = this.indexing;
      this.size = msg.size;
      this.indexing = msg.indexing;
      this.pending = msg.pending;
      this.loadedFrom = msg.loadedFrom;
      // The index changed under an open query: ask again so new articles show up.
      if (was && !msg.indexing && this.open && this.query.trim()) this.run();
    } else if (msg.type === 'results') {
      if (msg.seq !== this.#seq) return;
      this.answer = msg.answer;
      this.searching = false;
      this.error = null;
    } else if (msg.seq === null || msg.seq === this.#seq) {
      this.error = msg.message;
      this.searching = false;
    }
  }
}

export const search = new SearchState();

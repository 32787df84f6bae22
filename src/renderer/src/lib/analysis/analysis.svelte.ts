/**
 * The analysis of the current case (or of the whole library), computed in a module Web Worker (same code in
 * Electron's renderer and the web build) and cached per case: in memory for this session, and in IndexedDB by the
 * worker, both keyed by the case and the fingerprint of its inputs. Switching to a case whose inputs are unchanged
 * shows its analysis at once; changes within the shown case are debounced into one run, and only the answer to the
 * newest request is shown.
 */
import type { Analysis } from '../../../../core/model/index.js';
import type { QuantityView } from '../../../../core/report/quantity-view.js';
import { db } from '../db/instance.js';
import { indexMentions } from './marks.js';
import { ALL_ARTICLES_KEY, analysisFingerprintAsync, type FingerprintArticle } from './fingerprint.js';
import type { FromAnalysisWorker, ToAnalysisWorker } from './protocol.js';
import { ANALYSIS_CHANNEL } from './protocol.js';
import { analysisWorker } from './worker-client.js';
import { decodeResultInTasks, type ShownResult } from './wire.js';

export const DEBOUNCE_MS = 300;
/** Analyses kept in memory for instant switching; older ones are still in IndexedDB. */
const MEMORY = 8;

class AnalysisState {
  analysis = $state.raw<Analysis | null>(null);
  views = $state.raw<QuantityView[]>([]);
  /** True from a change of the shown case's inputs (or a switch to an uncached case) until its answer arrives. */
  analysing = $state(false);
  error = $state<string | null>(null);
  /** Cache key of what is shown: a case id, or ALL_ARTICLES_KEY. */
  key = $state<string | null>(null);
  /** The key `analysis` and `views` belong to: during a switch, until the new case's answer, it is still the old one. */
  shownKey = $state<string | null>(null);

  /** mention id → its mention and the quantity it belongs to. */
  byMention = $derived(indexMentions(this.analysis));
  /**
   * Quantities that are years, dates or ordinals: out of the Statistics list and the Board unless asked for (0117).
   * Found by the worker with the analysis (0095).
   */
  dates = $state.raw<Set<string>>(new Set());

  #timer: ReturnType<typeof setTimeout> | null = null;
  #seq = 0;
  #articles: readonly FingerprintArticle[] = [];
  /** The shown case's article list as last scheduled, to ignore calls that change nothing. */
  #inputs = '';
  #memory = new Map<string, { fingerprint: string; result: ShownResult }>();
  #unsubscribe: (() => void) | null = null;
  /** Messages are handled in order; a result's decode spans several tasks (0095). */
  #inbox = Promise.resolve();

  /**
   * Show the analysis of `caseId` (null: all articles) over `articles`, the case's articles as the UI lists them.
   * A switch to another case is handled at once; a change within the shown case waits DEBOUNCE_MS for more.
   */
  schedule(caseId: string | null, articles: readonly FingerprintArticle[], force = false): void {
    const key = caseId ?? ALL_ARTICLES_KEY;
    const switching = key !== this.key;
    const inputs = articles.map((a) => `${a.hash}\u0000${a.title}\u0000${a.outlet}\u0000${a.author}\u0000${a.published}`).join('\u0001');
    // The list was rebuilt (another case changed, a summary was re-read) but says the same: nothing to do.
    if (!switching && !force && inputs === this.#inputs) return;
    this.#inputs = inputs;
    this.#articles = articles;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (switching) {
      this.key = key;
      void this.#evaluate(key, caseId, articles, true);
      return;
    }
    this.analysing = true;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#evaluate(key, caseId, this.#articles, false);
    }, DEBOUNCE_MS);
  }

  /** Re-check the shown case (its corrections changed: the board calls this after writing one). */
  refresh(): void {
    if (this.key === null) return;
    this.schedule(this.key === ALL_ARTICLES_KEY ? null : this.key, this.#articles, true);
  }

  async #evaluate(key: string, caseId: string | null, articles: readonly FingerprintArticle[], switching: boolean): Promise<void> {
    const seq = ++this.#seq;
    if (articles.length === 0) {
      this.#show({ analysis: { mentions: [], quantities: [], reuse: [] }, views: [], articleCount: 0, dates: new Set() });
      this.analysing = false;
      return;
    }
    let fingerprint: string;
    try {
      const corrections = await db.corrections.where('caseId').equals(key).toArray();
      fingerprint = await analysisFingerprintAsync(articles, corrections);
    } catch (err) {
      this.error = `Analysis failed: ${err instanceof Error ? err.message : String(err)}`;
      this.analysing = false;
      return;
    }
    if (seq !== this.#seq) return;
    const known = this.#memory.get(key);
    if (known?.fingerprint === fingerprint) {
      this.#show(known.result);
      this.analysing = false;
      return;
    }
    // Never show one case's figures under another: an uncached switch shows "Analysing…" until its answer.
    if (switching) this.#show(null);
    this.analysing = true;
    this.#post({ channel: ANALYSIS_CHANNEL, type: 'analyse', seq, caseId, fingerprint });
  }

  #show(result: ShownResult | null): void {
    this.error = null;
    this.shownKey = result ? this.key : null;
    this.analysis = result?.analysis ?? null;
    this.views = result?.views ?? [];
    this.dates = result?.dates ?? new Set();
  }

  #post(message: ToAnalysisWorker): void {
    this.#unsubscribe ??= analysisWorker.listen((msg) => this.#enqueue(msg), (message) => {
      this.error = message;
      this.analysing = false;
    });
    if (!analysisWorker.post(message)) this.analysing = false;
  }

  #enqueue(msg: FromAnalysisWorker): void {
    if (msg.type !== 'result' && msg.type !== 'error') return;
    this.#inbox = this.#inbox.then(async () => {
      if (msg.type !== 'result') return this.#receive(msg);
      try {
        this.#receive(msg, await decodeResultInTasks(msg.result));
      } catch (err) {
        if (msg.seq !== this.#seq) return;
        this.error = `Analysis failed: ${err instanceof Error ? err.message : String(err)}`;
        this.analysing = this.#timer !== null;
      }
    });
  }

  #receive(msg: FromAnalysisWorker, result?: ShownResult): void {
    if (msg.type === 'error' && msg.request === 'analyse') {
      if (msg.seq !== this.#seq) return;
      this.error = `Analysis failed: ${msg.message}`;
      this.analysing = this.#timer !== null;
      return;
    }
    if (msg.type !== 'result' || !result) return;
    // Any answer is worth keeping for its case; only the newest request's answer is shown.
    this.#memory.delete(msg.key);
    this.#memory.set(msg.key, { fingerprint: msg.fingerprint, result });
    while (this.#memory.size > MEMORY) this.#memory.delete(this.#memory.keys().next().value!);
    if (msg.seq !== this.#seq || msg.key !== this.key) return;
    this.analysing = this.#timer !== null;
    this.#show(result);
  }
}

export const analysis = new AnalysisState();

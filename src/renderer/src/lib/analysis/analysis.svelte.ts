/**
 * Latest engine analysis of the whole library, computed in a module Web Worker (same code in Electron's renderer
 * and the web build). Library changes call schedule(); bursts (an import storing 50 articles) are debounced into
 * one run, and only the answer to the newest request is kept.
 */
import type { Analysis } from '../../../../core/model/index.js';
import type { QuantityView } from '../../../../core/report/quantity-view.js';
import { indexMentions } from './marks.js';
import { ANALYSIS_CHANNEL, type FromAnalysisWorker, type ToAnalysisWorker } from './protocol.js';

export const DEBOUNCE_MS = 300;

class AnalysisState {
  analysis = $state.raw<Analysis | null>(null);
  views = $state.raw<QuantityView[]>([]);
  /** True from a library change until the answer for it arrives. */
  analysing = $state(false);
  error = $state<string | null>(null);

  /** mention id → its mention and the quantity it belongs to. */
  byMention = $derived(indexMentions(this.analysis));

  #worker: Worker | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #seq = 0;

  /** Ask for a fresh analysis soon. `articleCount` 0 clears it without starting a worker. */
  schedule(articleCount: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    if (articleCount === 0) {
      this.#seq++;
      this.analysis = { mentions: [], quantities: [], reuse: [] };
      this.views = [];
      this.analysing = false;
      return;
    }
    this.analysing = true;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#request();
    }, DEBOUNCE_MS);
  }

  #request(): void {
    const worker = this.#ensureWorker();
    if (!worker) return;
    const message: ToAnalysisWorker = { channel: ANALYSIS_CHANNEL, type: 'analyse', seq: ++this.#seq };
    worker.postMessage(message);
  }

  #ensureWorker(): Worker | null {
    if (this.#worker) return this.#worker;
    try {
      const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
      worker.onmessage = (e: MessageEvent<FromAnalysisWorker | undefined>) => this.#receive(e.data);
      worker.onerror = (e) => {
        this.error = `Analysis failed: ${e.message || 'the worker did not start'}`;
        this.analysing = false;
        worker.terminate();
        this.#worker = null;
      };
      this.#worker = worker;
      return worker;
    } catch (err) {
      this.error = `Analysis is unavailable: ${err instanceof Error ? err.message : String(err)}`;
      this.analysing = false;
      return null;
    }
  }

  #receive(msg: FromAnalysisWorker | undefined): void {
    if (msg?.channel !== ANALYSIS_CHANNEL) return;
    // An older answer than the newest request is stale: the library has changed since.
    if (msg.seq !== this.#seq) return;
    this.analysing = this.#timer !== null;
    if (msg.type === 'error') {
      this.error = `Analysis failed: ${msg.message}`;
      return;
    }
    this.error = null;
    this.analysis = msg.result.analysis;
    this.views = msg.result.views;
  }
}

export const analysis = new AnalysisState();

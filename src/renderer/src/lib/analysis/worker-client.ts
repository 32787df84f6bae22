/**
 * The one analysis worker of the page, shared by the analysis state and the case suggestions. Created on first
 * use by the renderer itself (not the bridge), so Electron's renderer and the web build run the same code.
 */
import { ANALYSIS_CHANNEL, type FromAnalysisWorker, type ToAnalysisWorker } from './protocol.js';

type Listener = (msg: FromAnalysisWorker) => void;
type Failure = (message: string) => void;

class AnalysisWorkerClient {
  #worker: Worker | null = null;
  #listeners = new Set<Listener>();
  #failures = new Set<Failure>();

  listen(onMessage: Listener, onFailure: Failure): () => void {
    this.#listeners.add(onMessage);
    this.#failures.add(onFailure);
    return () => {
      this.#listeners.delete(onMessage);
      this.#failures.delete(onFailure);
    };
  }

  /** False when the worker cannot start (the listeners' failure callbacks have been told why). */
  post(message: ToAnalysisWorker): boolean {
    const worker = this.#ensure();
    if (!worker) return false;
    worker.postMessage(message);
    return true;
  }

  #fail(message: string): void {
    for (const f of this.#failures) f(message);
  }

  #ensure(): Worker | null {
    if (this.#worker) return this.#worker;
    try {
      const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
      worker.onmessage = (e: MessageEvent<FromAnalysisWorker | undefined>) => {
        if (e.data?.channel !== ANALYSIS_CHANNEL) return;
        for (const l of this.#listeners) l(e.data);
      };
      worker.onerror = (e) => {
        this.#fail(`Analysis failed: ${e.message || 'the worker did not start'}`);
        worker.terminate();
        this.#worker = null;
      };
      this.#worker = worker;
      return worker;
    } catch (err) {
      this.#fail(`Analysis is unavailable: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }
}

export const analysisWorker = new AnalysisWorkerClient();

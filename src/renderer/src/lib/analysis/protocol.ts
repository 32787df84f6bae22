/** Messages between the analysis state (UI thread) and the analysis Web Worker. */
import type { Analysis } from '../../../../core/model/index.js';
import type { QuantityView } from '../../../../core/report/quantity-view.js';

/**
 * Every message carries this tag, as the import worker's do: anything else that talks over the worker's port
 * (a library's own messages, a browser extension) is ignored by both sides.
 */
export const ANALYSIS_CHANNEL = 'crosscheck-analysis';

/** `seq` grows with every request; the UI keeps only the answer to the newest one. */
export type ToAnalysisWorker = { channel: typeof ANALYSIS_CHANNEL; type: 'analyse'; seq: number };

export interface AnalysisResult {
  analysis: Analysis;
  /** Quantities joined to their sources, contested first (core byStatus). */
  views: QuantityView[];
  articleCount: number;
}

export type FromAnalysisWorker = { channel: typeof ANALYSIS_CHANNEL; seq: number } & (
  | { type: 'result'; result: AnalysisResult }
  | { type: 'error'; message: string }
);

/** Messages between the UI thread (analysis and case state) and the analysis Web Worker. */
import type { Analysis } from '../../../../core/model/index.js';
import type { ExistingGroup, Story } from '../../../../core/cases/index.js';
import type { QuantityView } from '../../../../core/report/quantity-view.js';
import type { WireResult } from './wire.js';

/**
 * Every message carries this tag, as the import worker's do: anything else that talks over the worker's port
 * (a library's own messages, a browser extension) is ignored by both sides.
 */
export const ANALYSIS_CHANNEL = 'crosscheck-analysis';

/**
 * `seq` grows with every request of a type; the UI keeps only the answer to the newest one.
 * analyse: the analysis of one case (`caseId`), or of the whole library (`caseId` null). `fingerprint` is what the
 * UI computed from its article list and the case's corrections: a cached analysis with it is answered at once.
 * suggest: stories among the library's articles; `existing` cases may gain articles but are never merged.
 */
export type ToAnalysisWorker = { channel: typeof ANALYSIS_CHANNEL; seq: number } & (
  | { type: 'analyse'; caseId: string | null; fingerprint: string }
  | { type: 'suggest'; existing: ExistingGroup[] }
);

export interface AnalysisResult {
  analysis: Analysis;
  /** Quantities joined to their sources, contested first (core byStatus). */
  views: QuantityView[];
  articleCount: number;
}

export type FromAnalysisWorker = { channel: typeof ANALYSIS_CHANNEL; seq: number } & (
  /** `result`: the AnalysisResult encoded (wire.ts), decoded by the page over several tasks. */
  | { type: 'result'; key: string; fingerprint: string; cached: boolean; result: WireResult }
  | { type: 'stories'; stories: Story[] }
  | { type: 'error'; request: 'analyse' | 'suggest'; message: string }
);

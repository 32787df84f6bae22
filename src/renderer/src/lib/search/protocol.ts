/** Messages between the search state (UI thread) and the search Web Worker, tagged like the other workers'. */
import type { DocMeta } from '../../../../core/search/engine.js';
import type { Run, Snippet } from '../../../../core/search/snippets.js';
import type { StatEntry } from '../../../../core/search/stats.js';

export const SEARCH_CHANNEL = 'crosscheck-search';

/** Filters as the palette sets them; the worker turns a case id into its members. */
export interface SearchFilterState {
  caseId: string | null;
  outlets: string[];
  formats: string[];
  from: string;
  to: string;
  contested: boolean;
}

export const NO_FILTERS: SearchFilterState = { caseId: null, outlets: [], formats: [], from: '', to: '', contested: false };

export interface ArticleResult {
  id: string;
  title: string;
  titleRuns: Run[];
  outlet: string | null;
  published: string | null;
  format: string;
  snippets: Snippet[];
}

export interface StatResult {
  id: string;
  articleId: string;
  title: string;
  start: number;
  end: number;
  text: string;
  label: string | null;
  status: StatEntry['status'];
  counted: string | null;
  sentenceRuns: Run[];
}

export interface SearchAnswer {
  query: string;
  total: number;
  articles: ArticleResult[];
  statsTotal: number;
  stats: StatResult[];
  /** The contested filter is on but no analysis has run: nothing can be known to be contested yet. */
  contestedUnknown: boolean;
  ms: number;
}

type Tagged<T> = T & { channel: typeof SEARCH_CHANNEL };

export type ToSearchWorker = Tagged<
  | { type: 'sync'; docs: DocMeta[] }
  | { type: 'query'; seq: number; query: string; filters: SearchFilterState; limit: number }
  /** The current analysis's statistics in parts (each part its own task on the page, 0095): `first` starts a new list, `more` says parts follow. */
  | { type: 'stats'; entries: StatEntry[]; first: boolean; more: boolean }
>;

export type FromSearchWorker = Tagged<
  | { type: 'status'; size: number; indexing: boolean; pending: number; loadedFrom: 'store' | 'empty' | null }
  | { type: 'results'; seq: number; answer: SearchAnswer }
  | { type: 'error'; seq: number | null; message: string }
>;

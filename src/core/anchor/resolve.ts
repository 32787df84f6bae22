// Finding an anchored passage again: by position first, then by exact quote (the best of several by context),
// then approximately (Myers' bit-parallel edit-distance search, the library Hypothesis uses) when the text moved
// or was lightly edited. Each answer says how it was found, so the UI can flag a passage that had to be guessed.
import approxSearch from 'approx-string-match';
import type { TextAnchor } from '../model/index.js';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchorMatch {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1: 1 for a position or exact quote with its context intact. */
  score: number;
}

export interface ResolveOptions {
  /** Share of the quote's characters that may differ in a fuzzy match (default 0.25). */
  maxErrorRate?: number;
  /** Lowest combined score accepted for a fuzzy match (default 0.6). */
  minScore?: number;
}

// Weights: the quote matters most, context on each side tells repeats apart, position breaks ties.
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;
const W_TOTAL = W_QUOTE + W_PREFIX + W_SUFFIX + W_POSITION;
/** More candidates than this are cut to the ones with fewest errors: scoring each costs two small searches. */
const MAX_CANDIDATES = 64;

export function resolveAnchor(anchor: TextAnchor, text: string, options: ResolveOptions = {}): AnchorMatch | null {
  const { exact } = anchor;
  if (!exact) return null;
  if (text.slice(anchor.start, anchor.end) === exact) return { start: anchor.start, end: anchor.end, method: 'position', score: 1 };

  const exactHits: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) exactHits.push(at);
  if (exactHits.length) {
    const best = pick(exactHits.map((start) => ({ start, end: start + exact.length, errors: 0 })), anchor, text);
    return { start: best.start, end: best.end, method: 'quote', score: best.score };
  }

  const maxErrors = Math.max(1, Math.floor(exact.length * (options.maxErrorRate ?? 0.25)));
  if (exact.length < 4) return null;
  let hits = approxSearch(text, exact, Math.min(maxErrors, 256));
  if (!hits.length) return null;
  if (hits.length > MAX_CANDIDATES) hits = hits.sort((a, b) => a.errors - b.errors).slice(0, MAX_CANDIDATES);
  const best = pick(hits, anchor, text);
  if (best.score < (options.minScore ?? 0.6)) return null;
  return { start: best.start, end: best.end, method: 'fuzzy', score: best.score };
}

/** Similarity of `found` to `wanted`, 0..1, by edit distance (1 when there was no context to compare). */
function similarity(found: string, wanted: string): number {
  if (!wanted) return 1;
  if (!found) return 0;
  if (found === wanted) return 1;
  const m = approxSearch(found, wanted, wanted.length);
  const errors = m.length ? Math.min(...m.map((x) => x.errors)) : wanted.length;
  return 1 - errors / wanted.length;
}

function pick(candidates: { start: number; end: number; errors: number }[], anchor: TextAnchor, text: string) {
  let best = { start: 0, end: 0, score: -1 };
  for (const c of candidates) {
    const quote = 1 - c.errors / anchor.exact.length;
    const prefix = similarity(text.slice(Math.max(0, c.start - anchor.prefix.length), c.start), anchor.prefix);
    const suffix = similarity(text.slice(c.end, c.end + anchor.suffix.length), anchor.suffix);
    const position = text.length ? 1 - Math.min(1, Math.abs(c.start - anchor.start) / text.length) : 1;
    const score = (W_QUOTE * quote + W_PREFIX * prefix + W_SUFFIX * suffix + W_POSITION * position) / W_TOTAL;
    if (score > best.score) best = { start: c.start, end: c.end, score };
  }
  return { ...best, score: Math.round(best.score * 1000) / 1000 };
}

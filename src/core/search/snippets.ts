/**
 * Snippets: the passages of an article where the query's terms occur, as plain and marked runs of text (the UI
 * renders runs as text nodes and wraps marked ones in <mark>; no HTML is ever built from article text).
 */
import { tokenize } from './tokenize.js';

export interface Run {
  text: string;
  mark: boolean;
}

export interface Snippet {
  /** Character range of the passage in the text. */
  start: number;
  end: number;
  /** Range of the first match in the passage: where the reader opens. */
  matchStart: number;
  matchEnd: number;
  /** The passage as runs; "…" is added where it was cut out of a longer paragraph. */
  runs: Run[];
}

/** Merged [start, end) ranges of the tokens whose term is in `terms`. */
export function matchRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  for (const t of tokenize(text, 'index')) {
    if (!terms.has(t.term)) continue;
    const last = out[out.length - 1];
    if (last && t.start <= last[1]) last[1] = Math.max(last[1], t.end);
    else out.push([t.start, t.end]);
  }
  return out;
}

/** `text` as runs, marked where a range covers it (ranges sorted, disjoint, relative to `text`). */
export function markRuns(text: string, ranges: readonly (readonly [number, number])[], offset = 0): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const [s0, e0] of ranges) {
    const s = Math.max(at, s0 - offset);
    const e = Math.min(text.length, e0 - offset);
    if (e <= s) continue;
    if (s > at) runs.push({ text: text.slice(at, s), mark: false });
    runs.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mark: false });
  return runs;
}

export interface SnippetOptions {
  /** Most passages per article. */
  max?: number;
  /** Characters of context around the matches. */
  width?: number;
}

/**
 * Up to `max` passages, best first: each is centred on the match whose neighbourhood holds the most distinct
 * matched terms (so a passage with both words of a two-word query wins), cut at word boundaries and never across a
 * paragraph break.
 */
export function snippets(text: string, terms: ReadonlySet<string>, opts: SnippetOptions = {}): Snippet[] {
  const max = opts.max ?? 3;
  const width = opts.width ?? 180;
  const ranges = matchRanges(text, terms);
  if (!ranges.length) return [];
  const distinct = ranges.map(([s, e]) => text.slice(s, e).toLowerCase());
  const para = paragraphOf(text, ranges);
  const scored = ranges.map(([s], i) => {
    const seen = new Set<string>();
    for (let j = i; j < ranges.length && para[j] === para[i] && ranges[j]![0] - s <= width * 0.6; j++) seen.add(distinct[j]!);
    return { i, score: seen.size * 100 - i / ranges.length };
  });
  scored.sort((a, b) => b.score - a.score);
  const out: Snippet[] = [];
  for (const { i } of scored) {
    if (out.length >= max) break;
    const [ms, me] = ranges[i]!;
    if (out.some((o) => ms < o.end && me > o.start)) continue;
    const before = text.lastIndexOf('\n\n', ms - 1);
    const paraStart = before < 0 ? 0 : before + 2;
    const after = text.indexOf('\n\n', me);
    const paraEnd = after < 0 ? text.length : after;
    let start = Math.max(paraStart, ms - Math.floor(width * 0.3));
    if (start > paraStart) start = Math.min(ms, wordStart(text, start));
    let end = Math.min(paraEnd, Math.max(me, start + width));
    if (end < paraEnd) end = Math.max(me, wordEnd(text, end));
    if (out.some((o) => start < o.end && end > o.start)) continue;
    const raw = text.slice(start, end);
    const body = raw.replace(/\s+/g, ' ');
    // Whitespace collapsing shifts offsets: then mark by running the matcher on the passage itself.
    const runs = body === raw ? markRuns(raw, ranges, start) : markRuns(body, matchRanges(body, terms));
    if (start > paraStart) runs.unshift({ text: '…', mark: false });
    if (end < paraEnd) runs.push({ text: '…', mark: false });
    out.push({ start, end, matchStart: ms, matchEnd: me, runs });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Paragraph number of each range (paragraphs are separated by a blank line). */
function paragraphOf(text: string, ranges: readonly [number, number][]): number[] {
  const out: number[] = [];
  let p = 0;
  let next = text.indexOf('\n\n');
  for (const [s] of ranges) {
    while (next >= 0 && next < s) {
      p++;
      next = text.indexOf('\n\n', next + 2);
    }
    out.push(p);
  }
  return out;
}

function wordStart(text: string, i: number): number {
  const k = text.indexOf(' ', i);
  return k < 0 || k - i > 20 ? i : k + 1;
}

function wordEnd(text: string, i: number): number {
  const k = text.lastIndexOf(' ', i);
  return k < 0 || i - k > 20 ? i : k;
}

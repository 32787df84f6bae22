/**
 * What the event and time-frame refiners look for in a sentence, found once per sentence rather than once per number
 * (decision 0107). In number-dense text (one number per ~14 tokens) each refiner walked a window of 8–12 tokens on
 * either side of every number, testing every token; neighbouring windows cover the same tokens again. Here each token
 * of a sentence that holds a number is classed once (one event-lemma lookup, one period-start lookup, a few character
 * tests), and two "next mark" tables let a window jump from one token that matters to the next:
 *  - event marks: a stop (";", ".", "!", "?") or a word with an event lemma;
 *  - time-frame marks: a clause break or a word that can open a period phrase ("over", "during", "last" …).
 * A token's class depends on the token alone; the next/previous-mark tables on its sentence's range, which is why the
 * refiners use them only for a number inside the range `ctx.sentenceTokens` gives it (always, in practice).
 *
 * The tables live in this module and are reused from article to article (not token-sized arrays per call); an entry
 * is valid when its stamp is the current article's generation. Tables above KEEP tokens are dropped at the next
 * normal-sized article.
 */
import { WordMap, WordSet } from '../lexicon/dict.js';
import { EVENT_LEMMAS } from '../lexicon/events.js';
import type { Token } from '../tokenizer.js';
import type { Context } from '../types.js';
import { isClauseBreak } from './util.js';

/** ";", ".", "!", "?" (event's stop). */
export const STOP = 1;
/** A word with an event lemma (`lemmaOf`). */
export const LEMMA = 2;
/** A word that may open a period phrase (time-frame). */
export const PERIOD_START = 4;
/** A clause break (util.ts `isClauseBreak`). */
export const CLAUSE_BREAK = 16;
/** A comma. */
export const COMMA = 32;

const EVENT_LEMMA_MAP = new WordMap(EVENT_LEMMAS);
export const PERIOD_STARTS = new WordSet(['over', 'during', 'in', 'within', 'throughout', 'since', 'for', 'last', 'this', 'so', 'thus', 'past', 'next', 'until', 'by']);

const KEEP = 1 << 16;
let cap = 0;
/** Per token: its class bits and event lemma. */
let cls = new Uint8Array(0);
let lem: (string | null)[] = [];
/** Per sentence start token: the generation its tables were built in, and the range's end then. */
let sentGen = new Int32Array(0);
let sentEnd = new Int32Array(0);
/** Per token of a built sentence [s0, s1): the first event / time-frame mark at or after it (s1 if none). */
let eventNext = new Int32Array(0);
let frameNext = new Int32Array(0);
/** Per token of a built sentence: the last event mark at or before it (s0 − 1 if none). */
let eventPrev = new Int32Array(0);
let gen = 0;
let lastTokens: Token[] | null = null;

function resize(n: number): void {
  const c = n > KEEP ? n : Math.min(KEEP, Math.max(cap * 2, n, 1024));
  cap = c;
  cls = new Uint8Array(c);
  lem = new Array<string | null>(c).fill(null);
  sentGen = new Int32Array(c);
  sentEnd = new Int32Array(c);
  eventNext = new Int32Array(c);
  frameNext = new Int32Array(c);
  eventPrev = new Int32Array(c);
  marks.cls = cls; marks.lem = lem; marks.eventNext = eventNext; marks.eventPrev = eventPrev; marks.frameNext = frameNext;
  gen = 0;
}

function classOf(t: Token, k: number): number {
  let c = 0;
  let l: string | null = null;
  if (t.kind === 'word') {
    // only words are keys; WordMap and WordSet reject most words before hashing them (lexicon/dict.ts)
    l = EVENT_LEMMA_MAP.get(t.lower) ?? null;
    if (l) c |= LEMMA;
    if (PERIOD_STARTS.has(t.lower)) c |= PERIOD_START;
  } else if (t.kind === 'sym' && t.text.length === 1) {
    const code = t.text.charCodeAt(0);
    if (code === 59 || code === 46 || code === 33 || code === 63) c |= STOP;
    if (code === 44) c |= COMMA;
    if (isClauseBreak(t)) c |= CLAUSE_BREAK;
  }
  lem[k] = l;
  return c;
}

/** The marks of one article's sentences; `sentence` builds a sentence's tables on first use. */
export interface Marks {
  cls: Uint8Array;
  lem: (string | null)[];
  eventNext: Int32Array;
  eventPrev: Int32Array;
  frameNext: Int32Array;
}
const marks: Marks = { cls, lem, eventNext, eventPrev, frameNext };

/**
 * The marks of the sentence [s0, s1) of ctx's article, built on first use in this article. A new token array (a new
 * article) starts a new generation.
 */
export function sentenceMarks(ctx: Context, s0: number, s1: number): Marks {
  const toks = ctx.tokens;
  if (toks !== lastTokens) {
    lastTokens = toks;
    const n = toks.length;
    if (n > cap || (cap > KEEP && n <= KEEP) || gen >= 0x3fffffff) resize(n);
    gen++;
  }
  if (s0 < s1 && (sentGen[s0] !== gen || sentEnd[s0] !== s1)) build(toks, s0, s1);
  return marks;
}

function build(toks: Token[], s0: number, s1: number): void {
  // one backward pass classes the tokens and fills the next-mark tables, one forward pass over the classes the other
  let ev = s1, fr = s1;
  for (let k = s1 - 1; k >= s0; k--) {
    const c = classOf(toks[k]!, k);
    cls[k] = c;
    if (c & (STOP | LEMMA)) ev = k;
    if (c & (CLAUSE_BREAK | PERIOD_START)) fr = k;
    eventNext[k] = ev;
    frameNext[k] = fr;
  }
  let pv = s0 - 1;
  for (let k = s0; k < s1; k++) {
    if (cls[k]! & (STOP | LEMMA)) pv = k;
    eventPrev[k] = pv;
  }
  sentGen[s0] = gen;
  sentEnd[s0] = s1;
}

/** Drops the reference to the last article's tokens (tests that check nothing is retained may call it). */
export function forgetMarks(): void {
  lastTokens = null;
}

/** The event lemma of a token, looked up directly (for a number outside its sentence's range). */
export function eventLemma(t: Token): string | null {
  return t.kind === 'word' ? EVENT_LEMMA_MAP.get(t.lower) ?? null : null;
}

/** The first mark at or after i in `next` (a sentence's table), or `end` when there is none before it. */
export function nextMark(next: Int32Array, i: number, end: number): number {
  return i >= end ? end : next[i]!;
}

/** The last mark at or before i in `prev`, or below `start` when there is none from `start` on. */
export function prevMark(prev: Int32Array, i: number, start: number): number {
  return i < start ? start - 1 : prev[i]!;
}

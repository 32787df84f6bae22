/**
 * Statistics extractor: tokenize once, run the ordered parsers at trigger tokens, fold the refiners, and turn
 * drafts into Mentions with character offsets. See docs/extraction.md.
 */
import type { Mention } from '../model/mention.js';
import { splitSentences } from '../sentences/index.js';
import { PARSERS, REFINERS } from './configuration.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from './lexicon/currencies.js';
import { FRACTION_WORDS, MONTHS, ORDINAL_WORDS, UNITS_WORDS, VAGUE_MULTIPLIERS, VULGAR_FRACTIONS } from './lexicon/number-words.js';
import { tokenize, type Token } from './tokenizer.js';
import type { Context, Draft } from './types.js';

export { toBase, sameDimension, type BaseValue } from './units/convert.js';

export interface ExtractOptions {
  title?: string;
  /** Receives the parsers' and refiners' reasons (what was dropped and why). */
  debug?: (msg: string) => void;
}

const TRIGGER_WORDS = new Set<string>([
  ...Object.keys(UNITS_WORDS), ...Object.keys(MONTHS), ...Object.keys(VAGUE_MULTIPLIERS), ...Object.keys(ORDINAL_WORDS),
  ...Object.keys(FRACTION_WORDS), ...Object.keys(DOLLAR_PREFIXES), 'a', 'an', 'between', 'from', 'unanimously', 'unanimous',
  'decade', 'century', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'rs', 'inr', 'minus', 'y', 'rm', 'ps',
]);

/** Word lengths that can trigger: a cheap filter before the set lookup. */
const MAX_TRIGGER_LEN = Math.max(...[...TRIGGER_WORDS].map((w) => w.length));

/**
 * (first letter, length) pairs of the trigger words: most words fail this test, so the set lookup (which hashes
 * the word) only runs for plausible ones. Bit `len` of TRIGGER_SHAPES[first char code].
 */
const TRIGGER_SHAPES = new Uint32Array(128);
for (const w of TRIGGER_WORDS) TRIGGER_SHAPES[w.charCodeAt(0) & 127] |= 1 << w.length;

function isTrigger(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind === 'word') {
    const len = t.lower.length;
    if (len > MAX_TRIGGER_LEN) return false;
    // ISO codes ("USD 5") are upper-case three-letter words
    if (len === 3 && CURRENCY_CODES.has(t.text)) return true;
    const c = t.lower.charCodeAt(0);
    if (c >= 128 || (TRIGGER_SHAPES[c]! & (1 << len)) === 0) return false;
    return TRIGGER_WORDS.has(t.lower);
  }
  if (t.kind === 'sym') return !!CURRENCY_SYMBOLS[t.text] || t.text === '+' || t.text === '(' || t.text === '-' || t.text === '−' || VULGAR_FRACTIONS[t.text] !== undefined;
  return false;
}

function makeContext(text: string, tokens: Token[], debug?: (m: string) => void): Context & { sentences: ReturnType<typeof splitSentences> } {
  const sentences = splitSentences(text);
  const cache = new Map<number, [number, number]>();
  const firstTokAt = (offset: number) => {
    let lo = 0, hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sentenceIndex = (offset: number) => {
    let lo = 0, hi = sentences.length - 1, ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  };
  return {
    text,
    tokens,
    sentences,
    sentenceTokens(i) {
      const tok = tokens[Math.min(i, tokens.length - 1)];
      if (!tok || sentences.length === 0) return [0, tokens.length];
      const si = sentenceIndex(tok.start);
      let r = cache.get(si);
      if (!r) {
        r = [firstTokAt(sentences[si]!.start), firstTokAt(sentences[si]!.end)];
        cache.set(si, r);
      }
      return r;
    },
    debug: debug ? (m) => debug(m()) : () => {},
  };
}

export function extractMentions(text: string, articleId: string, options: ExtractOptions = {}): Mention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = tokenize(text);
  const ctx = makeContext(text, tokens, options.debug);
  let drafts: Draft[] = [];
  const wordParsers = PARSERS.filter((p) => !p.numericStart);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!isTrigger(tok)) continue;
    for (const p of tok.kind === 'word' ? wordParsers : PARSERS) {
      const d = p.parse(ctx, i);
      if (!d) continue;
      if (d.e <= i) break; // defensive: a parser must consume at least one token
      const last = drafts[drafts.length - 1];
      if (last && d.s < last.e) d.s = last.e; // "… 15-0 vote unanimously": never re-read a consumed token
      if (d.s >= d.e) break;
      drafts.push(d);
      i = d.e - 1;
      break;
    }
  }
  for (const r of REFINERS) drafts = r.refine(ctx, drafts);
  // Refiners may extend spans ("a year", "or more"); a span never runs into the next mention.
  for (let k = 1; k < drafts.length; k++) {
    const a = drafts[k - 1]!;
    const b = drafts[k]!;
    if (a.e > b.s) a.e = Math.max(a.s + 1, b.s);
  }
  drafts = drafts.filter((d, k) => k === 0 || d.s >= drafts[k - 1]!.e);
  const out: Mention[] = [];
  let si = 0;
  const sents = ctx.sentences;
  for (const d of drafts) {
    const start = tokens[d.s]!.start;
    const end = tokens[d.e - 1]!.end;
    while (si + 1 < sents.length && sents[si + 1]!.start <= start) si++;
    const sentence = sents[si] && sents[si]!.start <= start ? sents[si]!.text : '';
    const m: Mention = {
      id: `${articleId}:${start}`, articleId, text: text.slice(start, end), start, end, sentence, kind: d.kind,
      value: d.value, low: d.low, high: d.high, unit: d.unit, qualifier: d.qualifier, trend: d.trend,
      measure: d.measure, subject: d.subject, event: d.event, timeFrame: d.timeFrame, attribution: d.attribution,
    };
    if (d.tally) m.tally = d.tally;
    if (d.iso) m.iso = d.iso;
    out.push(m);
  }
  return out;
}

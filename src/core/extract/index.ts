/**
 * Statistics extractor: tokenize once, run the ordered parsers at trigger tokens, fold the refiners, and turn
 * drafts into Mentions with character offsets. See docs/extraction.md.
 */
import type { Mention } from '../model/mention.js';
import { splitSentences } from '../sentences/index.js';
import { PARSERS, REFINERS } from './configuration.js';
import { tokenize, type Token } from './tokenizer.js';
import { isTrigger } from './triggers.js';
import type { Context, Draft, Parser, StartKind } from './types.js';

export { toBase, sameDimension, type BaseValue } from './units/convert.js';

export interface ExtractOptions {
  title?: string;
  /** Receives the parsers' and refiners' reasons (what was dropped and why). */
  debug?: (msg: string) => void;
}

/**
 * The parsers offered a trigger of each kind, in configuration order: at a number the word-only parsers are not
 * called, at a symbol ("$", "+", "½") only the five that read one (decision 0019).
 */
const parsersAt = (kind: StartKind): Parser[] => PARSERS.filter((p) => !p.startsAt || p.startsAt.includes(kind));
const NUM_PARSERS = parsersAt('num');
const WORD_PARSERS = parsersAt('word');
const SYM_PARSERS = parsersAt('sym');

/**
 * The Context of one extraction. A class, not an object literal of closures made per article (decision 0027): the
 * refiners ask `sentenceTokens` for every draft (~7 calls per draft), and with a new closure per article each of those
 * call sites saw another function object; a prototype method is one function, and the per-article state lives in
 * fields instead of a closure context. (Steady-state gain with the event memo change: ×1.01–1.035.)
 */
class ExtractContext implements Context {
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: ReturnType<typeof splitSentences>;
  /**
   * The sentence of the last token asked about. The refiners ask in draft order, mostly about the same sentence
   * again, so two comparisons usually answer (a binary search otherwise). This replaced a per-article Int32Array of
   * every token's sentence: an off-heap buffer allocated and filled for every token of every article (decision 0029).
   */
  private lastSentence = 0;
  /** Each sentence's token range, built on first use (the same tuple is returned every time). */
  private readonly ranges: ([number, number] | undefined)[];
  private readonly whole: [number, number];
  private readonly log: ((m: string) => void) | null;
  constructor(text: string, tokens: Token[], debug?: (m: string) => void) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = splitSentences(text);
    this.ranges = new Array(this.sentences.length);
    this.whole = [0, tokens.length];
    this.log = debug ?? null;
  }
  private firstTokAt(offset: number): number {
    const tokens = this.tokens;
    let lo = 0, hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  sentenceTokens(i: number): [number, number] {
    const tokens = this.tokens;
    const sentences = this.sentences;
    const ti = Math.min(i, tokens.length - 1);
    if (ti < 0 || !tokens[ti] || sentences.length === 0) return this.whole;
    // sentence of a token = the last sentence starting at or before it (the first when none does)
    const start = tokens[ti]!.start;
    let si = this.lastSentence;
    if (!((si === 0 || sentences[si]!.start <= start) && (si + 1 === sentences.length || sentences[si + 1]!.start > start))) {
      let lo = 1, hi = sentences.length; // first sentence starting after the token, among 1..length
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid]!.start <= start) lo = mid + 1;
        else hi = mid;
      }
      si = this.lastSentence = lo - 1;
    }
    let r = this.ranges[si];
    if (!r) r = this.ranges[si] = [this.firstTokAt(sentences[si]!.start), this.firstTokAt(sentences[si]!.end)];
    return r;
  }
  debug(m: () => string): void {
    if (this.log) this.log(m());
  }
}

/**
 * The drafts that start at or after the end of the one before. Not a filter closure inside extractMentions: one that
 * captured `drafts` would move that variable into a heap context for the whole function, parser loop included.
 */
function keepOrdered(drafts: Draft[]): Draft[] {
  return drafts.filter((d, k) => k === 0 || d.s >= drafts[k - 1]!.e);
}

/** The optional fields a Mention carries only when set, in this order (the order of its JSON). */
const OPTIONAL = ['tally', 'iso', 'noun', 'denominator', 'change', 'direction', 'delta', 'ownEvent'] as const;

/**
 * Copies the optional fields that are set. A loop over the names, not one `if (d.x) m.x = d.x` per field (decision
 * 0026): each combination of present fields is another hidden class of the Mention, and a named store in optimised
 * code that meets a class it has not seen deoptimises its function — extractMentions itself, several times per MB of
 * text even after warm-up (measured with --trace-deopt). A store whose name varies goes megamorphic and never does.
 */
function addOptional(m: Mention, d: Draft): void {
  const to = m as unknown as Record<string, unknown>;
  const from = d as unknown as Record<string, unknown>;
  for (let k = 0; k < OPTIONAL.length; k++) {
    const key = OPTIONAL[k]!;
    const v = from[key];
    if (key === 'delta' || key === 'ownEvent' ? v !== undefined : v) to[key] = v;
  }
}

export function extractMentions(text: string, articleId: string, options: ExtractOptions = {}): Mention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = tokenize(text);
  const ctx = new ExtractContext(text, tokens, options.debug);
  let drafts: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!isTrigger(tokens, i)) continue;
    for (const p of tok.kind === 'num' ? NUM_PARSERS : tok.kind === 'word' ? WORD_PARSERS : SYM_PARSERS) {
      const d = p.parse(ctx, i);
      if (!d) continue;
      if (d.e <= i) break; // defensive: a parser must consume at least one token
      const last = drafts[drafts.length - 1];
      if (last && d.s < last.e) d.s = last.e; // "… 12-0 vote unanimously": never re-read a consumed token
      if (d.s >= d.e) break;
      drafts.push(d);
      i = d.e - 1;
      // "cut from $30 billion to $6 billion": the parser read two levels at once
      if (d.next) {
        if (d.next.s >= d.e) {
          drafts.push(d.next);
          i = d.next.e - 1;
        }
        d.next = undefined;
      }
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
  drafts = keepOrdered(drafts);
  const out: Mention[] = [];
  const idPrefix = `${articleId}:`;
  let si = 0;
  const sents = ctx.sentences;
  for (const d of drafts) {
    const start = tokens[d.s]!.start;
    const end = tokens[d.e - 1]!.end;
    while (si + 1 < sents.length && sents[si + 1]!.start <= start) si++;
    const sentence = sents[si] && sents[si]!.start <= start ? sents[si]!.text : '';
    const m: Mention = {
      id: idPrefix + start, articleId, text: text.slice(start, end), start, end, sentence, kind: d.kind,
      value: d.value, low: d.low, high: d.high, unit: d.unit, qualifier: d.qualifier, trend: d.trend,
      measure: d.measure, subject: d.subject, event: d.event, timeFrame: d.timeFrame, attribution: d.attribution,
    };
    if (d.tally || d.iso || d.noun || d.denominator || d.change || d.direction || d.delta !== undefined || d.ownEvent !== undefined) addOptional(m, d);
    out.push(m);
  }
  return out;
}

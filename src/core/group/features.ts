// Per-mention features the pairwise score compares (docs/grouping.md): dimension and base-unit value, the intervals
// a checker reads, stated precision, head noun and role verb as WordNet concepts, the words around the number, names
// (scope, place, owner), explicit and relative time, change vs level, a share's denominator. Linear in mentions.
import type { Mention } from '../model/index.js';
import { around, isStop, type Around, type Scope, type Token } from './context.js';
import { intervalsOf, significantDigits, tallyOf, type Tally } from './interval.js';
import { directionOf, type Direction } from './direction.js';
import { frameOf, type Frame } from './time-frame.js';
import { dimension } from './units.js';
import { isRequirement, isRequirementWord, mayBeRequirementWord, nounConcept, verbConcept, type Concept } from './wordnet.js';

export interface Feat {
  m: Mention;
  /** Dimension key: mentions meet only inside one (`count`, `share`, `money:USD`, `year`, `tally`, `age` ...). */
  dim: string;
  /** Base unit shown with the quantity. */
  unit: string | null;
  /** Point value in base units (shares as fractions, durations in days). */
  value: number | null;
  strict: [number, number] | null;
  loose: [number, number] | null;
  /** At least three significant digits, or decimals: equal values of this kind rarely meet by chance. */
  precise: boolean;
  tally: Tally | null;
  noun: Concept | null;
  verb: Concept | null;
  denominator: Concept | null;
  /** Money only: received, given out or held (direction.ts). */
  direction: Direction | null;
  /**
   * The number is a threshold its verb says must be reached ("needs 60 votes", "60 votes are required"), not a count of
   * what happened (requirementOf).
   */
  required: boolean;
  /** What the pair score reads of the words around the number (the stems themselves live in FeatureTables). */
  ctx: Context;
  frame: Frame;
  /**
   * Sentence identity inside the article (two numbers of one sentence are two things unless they agree): one number
   * per distinct article and sentence, shared by the sentence's mentions (FeatureTables.sentence).
   */
  sentenceKey: number;
}

export type Context = Omit<Around, 'words' | 'before' | 'after'>;

/** Grows a typed array by doubling. */
function grown<T extends Int32Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let k = a.length * 2;
  while (k < need) k *= 2;
  const g = new (a.constructor as new (k: number) => T)(k);
  g.set(a);
  return g;
}

const NO_YEARS: number[] = [];
const NO_NAMES: string[] = [];
const NO_FRAME: Frame = frameOf(null);

/**
 * The tables of one grouping run (decision 0033): context stems interned to integer ids, each mention's stems and
 * their distances in flat typed arrays (mention k's are at off[k] .. off[k + 1]), sentence keys shared by the
 * mentions of one sentence, and names interned, so a mention keeps no per-token objects alive. Term ids are given in
 * order of first appearance, mention by mention in the order featuresOf is called.
 */
export class FeatureTables {
  private terms = new Map<string, number>();
  private strings = new Map<string, string>();
  private sentences = new Map<string, Map<string, number>>();
  private intervals = new Map<string, [number, number]>();
  private contexts = new Map<string, Context>();
  sentenceCount = 0;
  /** Mentions added so far. */
  count = 0;
  off = new Int32Array(1024);
  ids = new Int32Array(4096);
  /**
   * Token distances are at most the context window (10), so one byte each (decision 0038): at 30k articles a 4-byte
   * array, grown by doubling, allocated ~100 MB more of ArrayBuffers, and V8 answers each ~64 MB of new ArrayBuffers
   * with a full collection of the whole heap.
   */
  dist = new Uint8Array(4096);
  termCount = 0;
  /** Appends the next mention's context stems (insertion order kept). */
  addWords(words: Map<string, number>): void {
    const start = this.off[this.count]!, end = start + words.size;
    this.ids = grown(this.ids, end); this.dist = grown(this.dist, end);
    let e = start;
    for (const [w, d] of words) {
      if (d > 255) throw new RangeError('FeatureTables: a context distance above 255 tokens');
      let id = this.terms.get(w);
      if (id === undefined) this.terms.set(w, (id = this.termCount++));
      this.ids[e] = id; this.dist[e] = d; e++;
    }
    this.off = grown(this.off, this.count + 2);
    this.off[++this.count] = end;
  }
  /** One shared string per distinct value (names, relative time words, dimension keys). */
  str(s: string): string {
    const t = this.strings.get(s);
    if (t !== undefined) return t;
    this.strings.set(s, s);
    return s;
  }
  /**
   * One shared interval per distinct pair of bounds (decision 0037): mentions of one figure have equal intervals, and
   * two arrays per mention were ~120 B of the ~400 B a mention's features held. -0 is kept unshared, since a key
   * built from the numbers cannot tell it from 0. The arrays are read-only (nothing writes a Feat's interval).
   */
  interval(iv: [number, number] | null): [number, number] | null {
    if (!iv || Object.is(iv[0], -0) || Object.is(iv[1], -0)) return iv;
    const key = `${iv[0]}|${iv[1]}`;
    const t = this.intervals.get(key);
    if (t !== undefined) return t;
    this.intervals.set(key, iv);
    return iv;
  }
  /** One shared context record per distinct (names, years, relative, change): read-only, like the intervals. */
  context(names: string[], years: number[], relative: string | null, change: boolean, attached: string[] = NO_NAMES, scope: Scope | null = null): Context {
    const attachedNames = attached.length ? attached.map((n) => this.str(n)) : NO_NAMES;
    if (names.some((n) => n.includes('\u0000'))) return { names: names.map((n) => this.str(n)), attachedNames, years: years.length ? years : NO_YEARS, relative: relative === null ? null : this.str(relative), scope, change };
    const key = `${names.join('\u0000')}\u0001${years.join(',')}\u0001${relative === null ? '' : `=${relative}`}\u0001${change ? 1 : 0}\u0001${attached.join('\u0000')}\u0001${scope ?? ''}`;
    const t = this.contexts.get(key);
    if (t !== undefined) return t;
    const c: Context = {
      names: names.length ? names.map((n) => this.str(n)) : NO_NAMES,
      attachedNames,
      years: years.length ? years : NO_YEARS,
      relative: relative === null ? null : this.str(relative),
      scope,
      change,
    };
    this.contexts.set(key, c);
    return c;
  }
  /** Lets the interning maps and the stems go once the context vectors are built (the counts stay). */
  release(): void {
    this.terms = new Map(); this.strings = new Map(); this.sentences = new Map(); this.intervals = new Map(); this.contexts = new Map();
    this.ids = new Int32Array(0); this.dist = new Uint8Array(0); this.off = new Int32Array(0);
  }
  /** The number of this article's sentence, the same for every mention of it. */
  sentence(articleId: string, sentence: string): number {
    let m = this.sentences.get(articleId);
    if (!m) this.sentences.set(articleId, (m = new Map()));
    let k = m.get(sentence);
    if (k === undefined) m.set(sentence, (k = this.sentenceCount++));
    return k;
  }
}

const DURATION_DAYS: Record<string, number> = { year: 365.25, month: 30.44, week: 7, day: 1, h: 1 / 24, min: 1 / 1440, s: 1 / 86400 };

/** Where the sentence sits in the article, so the words after the number can be read. */
function locate(m: Mention, text: string | undefined): { sentence: string; at: number } {
  const sentence = m.sentence ?? m.text;
  if (text) {
    const start = text.lastIndexOf(sentence, m.start);
    if (start >= 0 && start + sentence.length >= m.end) return { sentence, at: m.start - start };
  }
  const at = sentence.indexOf(m.text);
  return { sentence, at: Math.max(0, at) };
}

const PREP = new Set(['in', 'on', 'for', 'of', 'at', 'from', 'to', 'worth']);
const DET = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'those', 'these', 'this', 'that', 'all']);

/**
 * Nouns that name a sum without saying what it is of ("$9,587.64 worth of furniture", "an amount of $2 million"): not
 * an identity, so the noun is read further on ("worth of furniture" → furniture).
 */
const VALUE_NOUNS = new Set(['worth', 'value', 'amount', 'total', 'sum']);

/**
 * The head of the noun phrase after the number, through one preposition ("$5,150 on fur capes" → capes) or a value
 * noun and "of" ("$10,977.74 worth of televisions" → televisions).
 */
function headAfter(after: Token[], sentence: string, from: number): Concept | null {
  let i = 0, head: Concept | null = null;
  const gap = (t: Token, prevEnd: number) => /[,;:.()"“”]/.test(sentence.slice(prevEnd, t.pos));
  let prevEnd = from;
  if (after[0] && VALUE_NOUNS.has(after[0].lower) && after[1]?.lower === 'of' && !gap(after[0], prevEnd) && !gap(after[1], after[0].pos + after[0].w.length)) {
    prevEnd = after[1].pos + after[1].w.length; i = 2;
  } else if (after[0] && PREP.has(after[0].lower) && !gap(after[0], prevEnd)) { prevEnd = after[0].pos + after[0].w.length; i = 1; }
  for (let n = 0; i < after.length && n < 4; i++, n++) {
    const t = after[i]!;
    if (gap(t, prevEnd)) break;
    prevEnd = t.pos + t.w.length;
    if (DET.has(t.lower)) continue;
    if (isStop(t.lower)) break;
    const c = nounConcept(t.lower);
    if (c) head = c;
  }
  return head;
}

const LINK = new Set(['of', 'was', 'is', 'were', 'are', 'at', 'totaled', 'totalled', 'reached', 'be', 'been']);
const HEDGE = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'some', 'over', 'under', 'more', 'less', 'than', 'just', 'least', 'most', 'up', 'to']);
const YEARLIKE = /^(?:1[89]\d\d|20\d\d)$/;

/**
 * The noun a number is stated of when it comes first: "tax rate of 35.7 percent", "the rate was 30 percent",
 * "tax rate: 30 percent", "rate for 2014 was 35.7 percent". Only through a linking word or a colon; names are not heads.
 */
function headBefore(before: Token[], sentence: string, at: number): Concept | null {
  let i = before.length - 1, end = at;
  const gap = (t: Token) => sentence.slice(t.pos + t.w.length, end);
  while (i >= 0 && HEDGE.has(before[i]!.lower) && !/[,;.()]/.test(gap(before[i]!))) { end = before[i]!.pos; i--; }
  let linked = false;
  if (i >= 0 && LINK.has(before[i]!.lower) && !/[,;:.()]/.test(gap(before[i]!))) { end = before[i]!.pos; i--; linked = true; }
  else if (i >= 0 && /^\s*:\s*$/.test(gap(before[i]!))) linked = true;
  if (!linked) return null;
  // "rate for 2014 was": skip one prepositional year.
  if (i >= 1 && YEARLIKE.test(before[i]!.w) && PREP.has(before[i - 1]!.lower)) { end = before[i - 1]!.pos; i -= 2; }
  const t = before[i];
  if (!t || /[,;.()]/.test(gap(t)) || t.cap || isStop(t.lower)) return null;
  return nounConcept(t.lower);
}

function denominatorOf(after: Token[]): Concept | null {
  let i = 0;
  while (i < after.length && /^(?:percent|per|cent|pct|of)$/.test(after[i]!.lower) && after[i]!.lower !== 'of') i++;
  if (after[i]?.lower !== 'of') return null;
  i++;
  while (i < after.length && DET.has(after[i]!.lower)) i++;
  return after[i] ? nounConcept(after[i]!.lower) : null;
}

/** The role verb: the extractor's event, else the nearest past or present verb form just before the number. */
function verbOf(m: Mention, before: Token[]): Concept | null {
  const given = verbConcept(m.event);
  if (given) return given;
  for (let i = before.length - 1, d = 0; i >= 0 && d < 5; i--, d++) {
    const w = before[i]!.lower;
    if (/(?:ed|ing)$/.test(w) || /^(?:paid|spent|won|lost|sold|bought|gave|took|made|got|held|led|cut|put|set|hit|struck|rose|fell|grew)$/.test(w)) {
      const c = verbConcept(w);
      if (c) return c;
    }
  }
  return null;
}

/**
 * Whether a verb of necessity makes the count (isRequirement): the extractor's event, or a form of such a verb just
 * before the number past hedges and determiners ("needs at least 60 votes"), or just after its counted noun as a
 * participle ("60 votes are needed", "60 votes needed to pass"), inside the clause. The backward reach stops at "to":
 * in "needs to cut 900 jobs" the need governs the cutting, and the 900 are jobs cut. A form after a determiner or
 * "in"/"of" is the noun ("the needs of 60 families", "60 families in need"); a past form after the noun and before its
 * object is the verb of the people counted ("60 senators needed more time").
 */
function requirementOf(m: Mention, before: Token[], after: Token[], sentence: string, at: number, end: number): boolean {
  if (isRequirement(verbConcept(m.event))) return true;
  // Most numbers have no such word near them: settle that by a prefix test before any clause edge is sliced out.
  let near = false;
  for (let i = Math.max(0, before.length - 4); i < before.length && !near; i++) near = mayBeRequirementWord(before[i]!.lower);
  for (let i = 0; i < after.length && i < 3 && !near; i++) near = mayBeRequirementWord(after[i]!.lower);
  if (!near) return false;
  const verbAt = (toks: Token[], i: number) => isRequirementWord(toks[i]!.lower) && !NOUN_CUE.has(toks[i - 1]?.lower ?? '');
  let edge = at;
  for (let i = before.length - 1, d = 0; i >= 0 && d < 4; i--, d++) {
    const t = before[i]!;
    if (/[,;:.()]/.test(sentence.slice(t.pos + t.w.length, edge)) || t.lower === 'to') break;
    if (verbAt(before, i)) return true;
    edge = t.pos;
  }
  edge = end;
  for (let i = 0; i < after.length && i < 3; i++) {
    const t = after[i]!;
    if (/[,;:.()]/.test(sentence.slice(edge, t.pos))) break;
    const next = after[i + 1];
    if (verbAt(after, i) && (BE.has(after[i - 1]?.lower ?? '') || !next || next.lower === 'to' ||
      /[,;:.()]/.test(sentence.slice(t.pos + t.w.length, next.pos)))) return true;
    edge = t.pos + t.w.length;
  }
  return false;
}
const NOUN_CUE = new Set([...DET, 'in', 'of']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Words within this many tokens of a number are attached to it ("rate of", "ends in", "187 peacekeepers"). */
export const NEAR = 3;
const APPOSED_AGE = /^\p{Lu}[\p{L}.'’-]*,\s*$/u;

/** A mention's features; its context stems go to `tables` (the next mention there). */
export function featuresOf(m: Mention, text: string | undefined, tables: FeatureTables): Feat {
  const { sentence, at } = locate(m, text);
  const ctx = around(sentence, at, m.text.length);
  const tail = sentence.slice(at + m.text.length);
  const head = sentence.slice(Math.max(0, at - 40), at);
  const tally = m.kind === 'ratio' || m.kind === 'count' ? tallyOf(m, tail) : null;
  let dim: string, unit: string | null = m.unit, factor = 1, kind = m.kind;
  const measure = m.measure?.toLowerCase() ?? null;
  if (tally) { dim = 'tally'; unit = null; }
  else if (m.unit === '%' || (m.kind === 'ratio' && m.value !== null && m.value > 0 && m.value <= 1)) { dim = 'share'; unit = '%'; factor = m.unit === '%' ? 0.01 : 1; }
  else if (m.kind === 'year' || (m.kind === 'date' && /^\d{4}/.test(m.iso ?? '') && !/^\d{4}-\d\d-\d\d/.test(m.iso ?? ''))) { dim = 'year'; unit = 'year'; kind = 'year'; }
  else if (m.kind === 'date') { dim = `date:${m.iso ?? m.text.toLowerCase()}`; unit = null; }
  else if (measure === 'age' || (m.kind === 'count' && m.value !== null && Number.isInteger(m.value) && m.value >= 15 && m.value <= 110 &&
    APPOSED_AGE.test(head.split(/\s(?=\S+,\s*$)/).pop() ?? '') && /^\s*,/.test(tail))) { dim = 'age'; unit = 'year'; factor = m.unit && m.unit !== 'year' ? (DURATION_DAYS[m.unit] ?? 365.25) / 365.25 : 1; }
  else if (m.kind === 'ordinal' && /^\s*anniversary\b/i.test(tail)) { dim = 'duration'; unit = 'day'; factor = 365.25; kind = 'duration'; }
  else if (m.kind === 'duration' && m.unit && DURATION_DAYS[m.unit] !== undefined) { dim = 'duration'; unit = 'day'; factor = DURATION_DAYS[m.unit]!; }
  else if (m.kind === 'ordinal') { dim = 'ordinal'; unit = null; }
  else {
    const before = head.split(/[,;:]/).pop() ?? '';
    const d = dimension(m.unit, m.kind, `${before} ${m.text} ${m.timeFrame ?? ''}`);
    dim = m.kind === 'money' ? `money:${d.dim}` : d.dim; unit = d.base; factor = d.factor;
  }
  const iv = intervalsOf({ ...m, kind }, factor);
  const value = tally ? tally.for : m.value === null ? null : m.value * factor;
  const eventNoun = m.event && !verbConcept(m.event) ? nounConcept(m.event) : null;
  const noun = nounConcept(measure && measure !== 'age' && measure !== 'strength' && !VALUE_NOUNS.has(measure) ? measure : null) ??
    (dim.startsWith('money') || dim === 'share' ? headAfter(ctx.after, sentence, at + m.text.length) ?? headBefore(ctx.before, sentence, at) : null) ??
    (dim === 'year' ? eventNoun ?? headAfter(ctx.after, sentence, at + m.text.length) : null);
  const verb = verbOf(m, ctx.before), denominator = dim === 'share' ? denominatorOf(ctx.after) : null;
  tables.addWords(ctx.words);
  return {
    m, dim: tables.str(dim), unit, value, strict: tables.interval(iv?.strict ?? null), loose: tables.interval(iv?.loose ?? null),
    precise: m.value !== null && (significantDigits(m.value) >= 3 || !Number.isInteger(m.value)) && kind !== 'year',
    tally, noun, verb, denominator,
    direction: dim.startsWith('money') ? directionOf(sentence, at, m.text.length, ctx.before, ctx.after) : null,
    required: requirementOf(m, ctx.before, ctx.after, sentence, at, at + m.text.length),
    ctx: tables.context(ctx.names, ctx.years, ctx.relative, ctx.change, ctx.attachedNames, ctx.scope),
    frame: m.timeFrame ? frameOf(m.timeFrame) : NO_FRAME, sentenceKey: tables.sentence(m.articleId, sentence),
  };
}

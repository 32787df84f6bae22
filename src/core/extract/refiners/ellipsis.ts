/**
 * Ellipsis of a unit: a plain number joined to the next figure by "or" or a partitive "of" shares that figure's
 * currency or unit, which the writer states once ("about 8 or $9", "raised 280 million of the 1.5 billion shekels
 * it needs"). The levels of a change share units in the change refiner ("rose 64 points to 4,577"). A bare number in the
 * same frame as the sentence's percentages is one too ("its rate was 12.4, ... a combined rate of 19 percent").
 */
import { WordSet } from '../lexicon/dict.js';
import type { Context, Draft, Refiner } from '../types.js';
import type { Token } from '../tokenizer.js';
import { isFunctionWord } from './util.js';

const RELATIVE = new Set(['%', 'pp', 'bp']);
const OF_DETERMINERS = new WordSet(['the', 'its', 'their', 'his', 'her', 'our', 'a']);

/** Words that may follow the second member of "X unit in 2018 and Y last year": time and place phrases, the end. */
const AFTER_PARALLEL = new WordSet(['in', 'last', 'this', 'next', 'on', 'during', 'for', 'at', 'by', 'a', 'per', 'while', 'when', 'earlier',
  'later', 'ago', 'before', 'after', 'since', 'from']);
/** Coordinators before the second member. */
const COORDINATORS = new WordSet(['and', 'or', 'versus', 'vs', 'against']);

/**
 * "a 1.4 degree angle in 2018 and 2.1 last year", "40 tonnes in May and 55 in June": a bare number coordinated with
 * a figure that has a unit, followed by nothing but a time phrase or the end of the clause, repeats that unit.
 */
function parallelUnit(ctx: Context, drafts: Draft[], n: number): Draft | null {
  const toks = ctx.tokens;
  const d = drafts[n]!;
  if (d.kind !== 'count' || d.unit !== null || d.value === null || !COORDINATORS.has(toks[d.s - 1]?.lower ?? '')) return null;
  const next = toks[d.e];
  if (next && !(next.kind === 'sym' && next.text !== '-' && next.text !== '%') && !AFTER_PARALLEL.has(next.lower)) return null;
  for (let m = n - 1; m >= 0 && m >= n - 3; m--) {
    const b = drafts[m]!;
    if (b.kind === 'year' || b.kind === 'date') continue;
    if (b.e < ctx.sentenceTokens(d.s)[0] || d.s - b.e > 8) return null;
    if (!b.unit || b.unit.includes('/') || b.tally) return null;
    // nothing but the first member's noun ("degree average launch angle") and a time phrase between the two members
    let k0 = b.e;
    while (k0 < b.e + 3 && toks[k0]?.kind === 'word' && toks[k0]!.text === toks[k0]!.lower && !AFTER_PARALLEL.has(toks[k0]!.lower) &&
      !COORDINATORS.has(toks[k0]!.lower) && !isTimeWord(toks[k0]!)) k0++;
    for (let k = k0; k < d.s - 1; k++) if (toks[k]!.kind === 'sym' || (toks[k]!.kind === 'word' && !AFTER_PARALLEL.has(toks[k]!.lower) && !isTimeWord(toks[k]!))) return null;
    return b;
  }
  return null;
}
const TIME_WORDS = new WordSet(['year', 'month', 'week', 'day', 'quarter', 'season', 'the', 'same', 'period', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'spring', 'summer', 'autumn', 'winter', 'morning',
  'evening', 'night', 'afternoon', 'today', 'yesterday']);
const isTimeWord = (t: Token) => TIME_WORDS.has(t.lower) || (t.kind === 'num' && t.text.length === 4);

/** Copulas and prepositions between a number and the word that frames it ("rate was 12.4", "rate of 19 percent"). */
const FRAME_LINKS = new WordSet(['was', 'is', 'were', 'are', 'be', 'been', 'stood', 'of', 'at', 'to', 'by', 'a', 'an', 'just', ':']);
/** The word a number completes: the nearest word before it past copulas and prepositions, crudely stemmed. */
function frameWord(toks: Token[], s: number): string | null {
  for (let k = s - 1; k >= 0 && k >= s - 4; k--) {
    const t = toks[k]!;
    if (FRAME_LINKS.has(t.lower)) continue;
    return t.kind === 'word' ? t.lower.replace(/(?:es|ed|d|s)$/, '') : null;
  }
  return null;
}

/**
 * "Her tax rate was 12.41, and her combined rate was 19.3 percent", "the index gained 3 percent but the other fell by
 * 2": a bare number that ends its clause (no counted noun after it) in a sentence whose other figures are all
 * percentages, completing the same frame as one of them — the same word before it, or both the amount of a change —
 * is a percentage the writer did not repeat the unit of. Values over 100 stay counts (levels: "up 5% to 1,200").
 */
function parallelPercent(ctx: Context, drafts: Draft[], n: number): Draft | null {
  const toks = ctx.tokens;
  const d = drafts[n]!;
  if (d.value === null || d.value <= 0 || d.value > 100) return null;
  const next = toks[d.e];
  if (next && !(next.kind === 'sym' && (next.text === ',' || next.text === '.' || next.text === ';')) && !COORDINATORS.has(next.lower)) return null;
  const [s0, s1] = ctx.sentenceTokens(d.s);
  const frame = frameWord(toks, d.s);
  let match: Draft | null = null;
  // Drafts are in text order: the sentence's are the run around n.
  let lo = n, hi = n;
  while (lo > 0 && drafts[lo - 1]!.s >= s0) lo--;
  while (hi + 1 < drafts.length && drafts[hi + 1]!.s < s1) hi++;
  for (let k = lo; k <= hi; k++) {
    const b = drafts[k]!;
    if (b === d || b.kind === 'year' || b.kind === 'date') continue;
    if (b.unit !== '%') return null;
    if ((frame !== null && frameWord(toks, b.s) === frame) || (d.change === 'by' && b.change === 'by' && d.trend && b.trend)) match = b;
  }
  return match;
}

/** The debug message outside the loop: a closure over the loop's locals costs a context object per draft. */
function logUnit(ctx: Context, what: string, unit: string | null, why: string): void {
  ctx.debug(() => `"${what}": unit ${unit} ${why}`);
}

export const ellipsisRefiner: Refiner = {
  name: 'ellipsis',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    for (let n = 0; n < drafts.length; n++) {
      const d = drafts[n]!;
      if (d.kind !== 'count' || d.unit !== null) continue;
      const p = (n > 0 ? parallelUnit(ctx, drafts, n) : null) ?? parallelPercent(ctx, drafts, n);
      if (p) {
        d.unit = p.unit;
        d.kind = p.kind;
        logUnit(ctx, toks[d.s]!.text, p.unit, 'of the figure it is coordinated with');
        continue;
      }
      const b = drafts[n + 1];
      if (!b) continue;
      if (d.kind !== 'count' || d.unit !== null || d.value === null || (b.kind !== 'money' && b.kind !== 'measure') || !b.unit) continue;
      const w = toks[d.e];
      if (!w) continue;
      // "the index (16,369.03, up 58.06 points)", "closed at 4,577.10, up 64.06 points": a level and its change
      const k = w.text === ',' ? d.e + 1 : d.e;
      if ((toks[k]?.lower === 'up' || toks[k]?.lower === 'down') && b.s === k + 1 && b.change === 'by' && !RELATIVE.has(b.unit)) {
        d.unit = b.unit;
        d.kind = b.kind;
        logUnit(ctx, toks[d.s]!.text, b.unit, 'of the change after it');
        continue;
      }
      if (w.kind !== 'word') continue;
      let ok = false;
      if (w.lower === 'or') ok = b.s === d.e + 1; // "8 or $9" (not "8 or 9 euros": the range parser reads that one)
      else if (w.lower === 'of') ok = b.s === d.e + 1 || (b.s === d.e + 2 && OF_DETERMINERS.has(toks[d.e + 1]!.lower));
      // the figure after must be a whole amount, not a price per item or a rate of its own
      if (!ok || b.unit.includes('/') || b.unit === '%') continue;
      // "won 3 of the 5 km races": the first number counts the noun after the second figure
      const after = toks[b.after ?? b.e];
      if (w.lower === 'of' && after && after.kind === 'word' && !isFunctionWord(after)) continue;
      d.unit = b.unit;
      d.kind = b.kind;
      logUnit(ctx, toks[d.s]!.text, b.unit, `of the figure after "${w.text}"`);
    }
    return drafts;
  },
};

/**
 * change = the number's part in a change the sentence states (docs/extraction.md, "Change and level"):
 *   `by`   the amount of change: every draft with a trend ("rose 5%", "a $2bn cut", "cut in half");
 *   `from` the level before: "from $30 billion" after a change word, "down from 1,900", "… to 138,285 from 212,577";
 *   `to`   the level after: "to $6 billion", "fell to 250,000", "rose 5% to $7bn".
 * Levels carry `direction` (the way the change went) and a `to` level whose `from` level is in the same phrase
 * carries `delta` = to − from. Levels keep `trend` null: they are not changes, a checker compares them as levels.
 */
import { asMap, WordSet } from '../lexicon/dict.js';
import { TREND_NOUNS, TREND_VERBS } from '../lexicon/trend-words.js';
import type { Trend } from '../../model/mention.js';
import type { Token } from '../tokenizer.js';
import type { Context, Draft, Refiner } from '../types.js';
import { isClauseBreak } from './util.js';

const TREND_VERBS_MAP = asMap(TREND_VERBS);
const TREND_NOUNS_MAP = asMap(TREND_NOUNS);
/** Change words that say a value changed without saying which way: the values decide. */
const NEUTRAL_CHANGE = new WordSet(['change', 'changed', 'changes', 'changing', 'revise', 'revised', 'revises', 'revising', 'adjust', 'adjusted',
  'move', 'moved', 'moves', 'moving', 'shift', 'shifted', 'shifts', 'go', 'goes', 'went', 'going', 'gone', 'slow', 'slowed', 'slows', 'slowing',
  'accelerate', 'accelerated', 'swing', 'swung', 'upgrade', 'upgraded', 'downgrade', 'downgraded']);
/** Hedges and helpers between a change word and its "from"/"to": "fell sharply from", "rose by about 5% to". */
const SKIP = new WordSet(['by', 'about', 'some', 'nearly', 'almost', 'around', 'roughly', 'just', 'sharply', 'slightly', 'steadily',
  'further', 'again', 'back', 'all', 'the', 'way', 'only', 'more', 'than', 'over', 'under', 'as', 'much', 'estimated', 'an', 'a', 'has', 'have',
  'had', 'been', 'was', 'were', 'will', 'would', 'be', 'is', 'are', 'it', 'they', 'its', 'their', 'this', 'that', 'year', 'last', 'since']);

const STOPS = new WordSet(['led', 'lead', 'leads', 'brought', 'bring', 'brings', 'caused', 'cause', 'causes', 'that', 'which', 'who', 'said', 'says', 'and', 'or', 'but', 'while', 'when', 'after', 'before']);

export interface ChangeWord {
  /** Token index of the change word. */
  at: number;
  /** Its direction; null for a neutral one ("changed from 5 to 7"). */
  trend: Trend;
}

/**
 * The change word that governs a "from"/"to" at token k: a change verb or noun up to `reach` tokens before it in the
 * clause, looking past hedges, an object noun phrase ("cut the budget from …") and numbers already read ("rose 5% to").
 */
export function changeWordBefore(toks: Token[], k: number, reach = 7): ChangeWord | null {
  for (let m = k - 1, n = 0; m >= 0 && n < reach; m--, n++) {
    const t = toks[m]!;
    if (t.kind === 'sym' && (t.text === ',' || isClauseBreak(t)) && t.text !== '%') return null;
    if (t.kind !== 'word') continue;
    const l = t.lower;
    // "ranging from", "varies from", "anywhere from": a span, not a change
    if (l === 'range' || l === 'ranging' || l === 'ranges' || l === 'ranged' || l === 'vary' || l === 'varies' || l === 'varying' || l === 'anywhere') return null;
    if (l === 'up' || l === 'down') {
      if (m === k - 1) return { at: m, trend: l === 'up' ? 'up' : 'down' }; // "down from 1,900"
      continue;
    }
    const v = TREND_VERBS_MAP.get(l) ?? TREND_NOUNS_MAP.get(l);
    if (v) return { at: m, trend: v };
    if (NEUTRAL_CHANGE.has(l)) return { at: m, trend: null };
    if (SKIP.has(l)) continue;
    // another verb governs the phrase: "the rise in costs led to 500 layoffs", "prices that fell were raised to"
    if (STOPS.has(l) || (l.length > 4 && (l.endsWith('ed') || l.endsWith('ing')))) return null;
  }
  return null;
}

/** Words skipped between a level's preposition and the number: "to about 250,000", "from nearly $30 billion". */
const HEDGES = new WordSet(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'approximately', 'over', 'under', 'just', 'more', 'less',
  'than', 'up', 'an', 'estimated', 'a', 'record', 'as', 'many', 'much', 'high', 'low', 'of']);

/** The preposition that makes the number a level ("to", "from"), past its hedge; -1 when there is none. */
function levelPreposition(toks: Token[], s: number): number {
  let k = s - 1;
  while (k >= 0 && k > s - 4 && HEDGES.has(toks[k]!.lower) && !(toks[k]!.lower === 'up' && toks[k + 1]?.lower === 'to')) k--;
  const w = toks[k]?.lower;
  // "up to 500" is a hedge, not a level; "close to" too
  if (w === 'to' && (toks[k - 1]?.lower === 'up' || toks[k - 1]?.lower === 'close')) return -1;
  return w === 'to' || w === 'from' ? k : -1;
}

const sameUnit = (a: Draft, b: Draft) => a.unit === b.unit && a.kind === b.kind;

/** Tokens [a, b) hold no comma or clause break and lie in one sentence. */
function sameClause(ctx: Context, toks: Token[], a: number, b: number): boolean {
  if (ctx.sentenceTokens(a)[0] !== ctx.sentenceTokens(b)[0]) return false;
  for (let k = a; k < b; k++) if (toks[k]!.kind === 'sym' && (toks[k]!.text === ',' || isClauseBreak(toks[k]!))) return false;
  return true;
}

/** A plain number with no unit of its own and no noun after it (a level whose unit the sentence leaves unsaid). */
const isBare = (d: Draft) => d.kind === 'count' && d.unit === null && d.value !== null && !d.next;
/** Units of a change that a level does not share: a relative change is not in the level's unit. */
const RELATIVE = new Set(['%', 'pp', 'bp']);

/** The amount of change before a level in its sentence, past percentages and restatements; null at another level. */
function changeBefore(ctx: Context, drafts: Draft[], d: Draft): Draft | null {
  const [s0] = ctx.sentenceTokens(d.s);
  for (let n = drafts.indexOf(d) - 1, seen = 0; n >= 0 && seen < 3; n--, seen++) {
    const p = drafts[n]!;
    if (p.e <= s0 || p.change === 'to' || p.change === 'from') return null;
    if (p.change !== 'by' || !p.unit || RELATIVE.has(p.unit)) continue;
    return p;
  }
  return null;
}

/** d takes the unit (and kind) of the figure it is elliptical for, if nothing but a unit-less noun could follow it. */
function adoptUnit(ctx: Context, d: Draft, from: Draft): void {
  const next = ctx.tokens[d.e];
  if (next && next.kind === 'word' && next.gap > 0 && !NOT_A_NOUN.has(next.lower)) return; // "to 23 models": its own noun
  d.unit = from.unit;
  d.kind = from.kind;
  ctx.debug(() => `unit of "${from.unit}" carried to the level at token ${d.s}`);
}
/** Words after a level that are not its noun: time and place phrases, conjunctions. */
const NOT_A_NOUN = new WordSet(['in', 'on', 'at', 'by', 'for', 'from', 'to', 'and', 'or', 'but', 'while', 'as', 'after', 'before', 'last', 'this',
  'next', 'a', 'an', 'the', 'per', 'with', 'over', 'during', 'since', 'until', 'than', 'when', 'which', 'compared', 'against', 'versus', 'vs']);

/** Words of a time phrase between two levels: "in 2008", "on Monday", "last year", "in May". */
const TIME_BETWEEN = new WordSet(['in', 'on', 'at', 'by', 'during', 'last', 'this', 'year', 'month', 'week', 'quarter', 'the', 'same', 'period',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'spring', 'summer', 'autumn', 'winter']);
/** After the number at e: a time phrase with a year or a time word (1–4 tokens), then "to". */
function timeThenTo(toks: Token[], e: number): boolean {
  let k = e;
  let time = false;
  while (k < e + 4 && toks[k]) {
    const t = toks[k]!;
    if (t.kind === 'num' && t.text.length === 4) time = true;
    else if (t.kind === 'word' && TIME_BETWEEN.has(t.lower)) time ||= t.lower !== 'in' && t.lower !== 'on' && t.lower !== 'at' && t.lower !== 'by' && t.lower !== 'the';
    else break;
    k++;
  }
  return time && toks[k]?.lower === 'to' && k > e;
}

export const changeRefiner: Refiner = {
  name: 'change',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    let open: Draft | null = null; // the last level in this clause, for "from X at 10pm to Y"
    for (const d of drafts) {
      if (open && !sameClause(ctx, toks, open.e, d.s)) open = null;
      if (d.kind === 'year' || d.kind === 'date' || d.kind === 'ordinal' || d.tally) continue;
      if (d.trend) {
        d.change ??= 'by';
        continue;
      }
      if (d.change) {
        open = d; // set by the range parser
        continue;
      }
      const k = levelPreposition(toks, d.s);
      if (k < 0) continue;
      const prep = toks[k]!.lower;
      // "from 21 mpg to 23", "to $7.4 billion from 6.8 billion": the second level of a change leaves its unit unsaid
      if (open && open.change !== 'by' && open.change !== (prep === 'to' ? 'to' : 'from') && isBare(d) && open.unit) adoptUnit(ctx, d, open);
      // "plummeted from $36,040 at 10pm to $34,935 at 5am": the other end of a change already open in the clause
      if (open && open.change !== 'by' && open.change !== (prep === 'to' ? 'to' : 'from') && sameUnit(open, d)) {
        d.change = prep === 'to' ? 'to' : 'from';
        if (open.direction) d.direction = open.direction;
        open = d;
        continue;
      }
      // "down from 1,900", "up from": the direction word right before "from"
      const w = changeWordBefore(toks, k);
      if (!w) {
        // "from 20 mpg in 2008 to 29 mpg in 2020": two values at two times are a change even when no verb says so
        if (prep === 'from' && timeThenTo(toks, d.e)) {
          d.change = 'from';
          open = d;
        }
        continue;
      }
      d.change = prep === 'to' ? 'to' : 'from';
      if (w.trend) d.direction = w.trend;
      // "rose 64.06 points to 4,577.10": a level reached by a change in points is in points (not after a percent
      // change: "fell 0.4% to 13,176" is a level in its own unit)
      if (prep === 'to' && isBare(d)) {
        const by = changeBefore(ctx, drafts, d);
        if (by) adoptUnit(ctx, d, by);
      }
      open = d;
    }
    // pair the two levels of one change: "from X to Y", "to Y from X" (a short time phrase may stand between, and
    // the year or date in it is passed over)
    for (let n = 1; n < drafts.length; n++) {
      let p = n - 1;
      if (p > 0 && (drafts[p]!.kind === 'year' || drafts[p]!.kind === 'date')) p--;
      const a = drafts[p]!;
      const b = drafts[n]!;
      if (!a.change || !b.change || a.change === b.change || a.change === 'by' || b.change === 'by' || !sameUnit(a, b)) continue;
      if (b.s - a.e > 8 || !sameClause(ctx, toks, a.e, b.s) || a.value === null || b.value === null) continue;
      const [from, to] = a.change === 'from' ? [a, b] : [b, a];
      to.delta = to.value! - from.value!;
      const dir: Trend = to.delta > 0 ? 'up' : to.delta < 0 ? 'down' : null;
      if (dir) from.direction = to.direction = dir;
    }
    for (const d of drafts) if (d.change === 'by') d.direction = undefined;
    return drafts;
  },
};

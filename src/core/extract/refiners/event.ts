/**
 * event = the verb or event noun the number belongs to, as a lemma (lexicon/events.ts): the nearest one in the
 * same sentence, looking up to 8 tokens after and 10 before; for years the event noun around it
 * ("a 2020 military coup" → coup, "began in 2013" → begin, "creation in 2013" → create).
 */
import { WordMap, WordSet } from '../lexicon/dict.js';
import { EVENT_LEMMAS } from '../lexicon/events.js';
import type { Token } from '../tokenizer.js';
import type { Refiner } from '../types.js';
import { isCapitalised } from './util.js';

/** ";", ".", "!", "?": single symbols, tested by kind and character code (no string hash for any token). */
const isStop = (t: { kind: string; text: string }) => {
  if (t.kind !== 'sym' || t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 59 || c === 46 || c === 33 || c === 63;
};
/** Words that join two predicates: the verb after them opens the next predicate ("paid a rate of 30 percent and donated …"). */
const COORDINATORS = new WordSet(['and', 'but', 'or', 'then', 'while', 'whereas']);
/** Adverbs and auxiliaries that may sit between a coordinator and its verb ("and also donated", "and has since paid"). */
const PREDICATE_FILLERS = new WordSet(['also', 'then', 'later', 'still', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'since']);

/**
 * The event word at k opens a coordinated predicate of its own after the number at `from`: a coordinator stands right
 * before it (past adverbs and auxiliaries). In "a tax rate of 30 percent and donated 10 percent"
 * the giving is the second figure's, whatever the distance to the verb before the first: the draft keeps it as `event`
 * (the grouping's context signal) and gets its own clause's event as `ownEvent`.
 */
function opensPredicate(toks: Token[], from: number, k: number): boolean {
  let m = k - 1;
  while (m > from && (PREDICATE_FILLERS.has(toks[m]!.lower) || (toks[m]!.lower.endsWith('ly') && toks[m]!.lower.length > 4))) m--;
  return m >= from && COORDINATORS.has(toks[m]!.lower);
}

/**
 * An event word inside a name is not an event: "United" in "the United States", "Democratic" in a party's name. It is
 * capitalised mid-sentence and runs on into another capitalised word, after a word that is not (a headline in title
 * case, "Board Votes To Close Depot", keeps its verbs).
 */
function inName(toks: Token[], k: number, s0: number): boolean {
  const t = toks[k]!, n = toks[k + 1], p = toks[k - 1];
  if (k === s0 || !isCapitalised(t) || !n || !isCapitalised(n) || n.gap === 0) return false;
  return !!p && !isCapitalised(p);
}
const EVENT_LEMMA_MAP = new WordMap(EVENT_LEMMAS);
/** Words that may sit between a subject number and its verb: "212 have died", "700 were reportedly wounded". */
const AUX = new WordSet(['have', 'has', 'had', 'been', 'were', 'was', 'are', 'is', 'be', 'being', 'reportedly', 'also', 'all', 'already', 'since', 'were', 'people', 'civilians']);

/**
 * The lemma memo's tables, reused from call to call (not a token-sized array per article): an entry is valid when its
 * stamp is the current call's generation. Tables above KEEP tokens are dropped at the next normal-sized article.
 */
const KEEP = 1 << 16;
let memoVal: (string | null)[] = [];
let memoStamp = new Int32Array(0);
let memoGen = 0;
function nextMemo(n: number): number {
  const cap = memoStamp.length;
  if (n > cap || (cap > KEEP && n <= KEEP) || memoGen >= 0x3fffffff) {
    const c = n > KEEP ? n : Math.min(KEEP, Math.max(cap * 2, n, 1024));
    memoVal = new Array<string | null>(c).fill(null);
    memoStamp = new Int32Array(c);
    memoGen = 0;
  }
  return ++memoGen;
}

/** The event lemma of token k, looked up once per article (memo tables above). */
function lemmaAt(toks: Token[], k: number, gen: number): string | null {
  if (memoStamp[k] === gen) return memoVal[k]!;
  const t = toks[k]!;
  // only words are keys; WordMap rejects most words before hashing them (lexicon/dict.ts)
  const l = t.kind === 'word' ? EVENT_LEMMA_MAP.get(t.lower) ?? null : null;
  memoVal[k] = l;
  memoStamp[k] = gen;
  return l;
}

/** Hedge words between "of" and its figure ("a fine of up to $100,000"). */
const OF_HEDGES = new WordSet(['up', 'to', 'about', 'nearly', 'almost', 'around', 'more', 'than', 'over', 'at', 'least', 'some', 'roughly', 'as', 'much', 'many']);

/** The word at k stands after a comma that follows the number at `from`, and "of" (past hedges) and a number follow it. */
function framesNext(toks: Token[], from: number, k: number, s1: number): boolean {
  let comma = false;
  for (let m = from; m < k; m++) if (toks[m]!.text === ',') comma = true;
  if (!comma || toks[k + 1]?.lower !== 'of') return false;
  let m = k + 2;
  while (m < s1 && m < k + 6 && OF_HEDGES.has(toks[m]!.lower)) m++;
  const t = toks[m];
  return !!t && (t.kind === 'num' || (t.kind === 'sym' && t.text !== ',' && toks[m + 1]?.kind === 'num'));
}

export const eventRefiner: Refiner = {
  name: 'event',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    // Each token's lemma is looked up once: in number-dense text the windows of neighbouring drafts overlap.
    const gen = nextMemo(toks.length);
    for (const d of drafts) {
      if (d.event) continue;
      const [s0, s1] = ctx.sentenceTokens(d.s);
      let best: string | null = null;
      let bestDist = 99;
      // the forward event opens the next figure's coordinated predicate; `back` is the event before the number
      let coordinated = false, back: string | null = null;
      for (let k = d.e; k < Math.min(s1, d.e + 8); k++) {
        const t = toks[k]!;
        if (isStop(t)) break;
        const l = lemmaAt(toks, k, gen);
        // past a comma, an event noun that frames the next figure is that figure's: in "five years in prison, a fine of
        // up to $250,000" the fine is the money's event, not the prison term's
        if (l && framesNext(toks, d.e, k, s1)) break;
        if (l && inName(toks, k, s0)) continue;
        if (l) {
          best = l;
          bestDist = k - d.e;
          coordinated = opensPredicate(toks, d.e, k);
          let auxOnly = true;
          for (let m = d.e; m < k; m++) if (!AUX.has(toks[m]!.lower)) auxOnly = false;
          if (auxOnly) bestDist = -1; // "212 have died": the number is the verb's subject
          break;
        }
      }
      for (let k = d.s - 1; k >= Math.max(s0, d.s - 10); k--) {
        const t = toks[k]!;
        if (isStop(t)) break;
        const l = lemmaAt(toks, k, gen);
        if (l && inName(toks, k, s0)) continue;
        if (l) {
          back = l;
          if (d.s - 1 - k < bestDist || (d.s - 1 - k === bestDist)) { best = l; coordinated = false; }
          break;
        }
      }
      d.event = best;
      if (coordinated) d.ownEvent = back;
    }
    return drafts;
  },
};

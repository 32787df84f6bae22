/**
 * event = the verb or event noun the number belongs to, as a lemma (lexicon/events.ts): the nearest one in the
 * same sentence, looking up to 8 tokens after and 10 before; for years the event noun around it
 * ("a 2020 military coup" → coup, "began in 2013" → begin, "creation in 2013" → create).
 */
import { WordMap, WordSet } from '../lexicon/dict.js';
import { EVENT_LEMMAS } from '../lexicon/events.js';
import type { Token } from '../tokenizer.js';
import type { Refiner } from '../types.js';

/** ";", ".", "!", "?": single symbols, tested by kind and character code (no string hash for any token). */
const isStop = (t: { kind: string; text: string }) => {
  if (t.kind !== 'sym' || t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 59 || c === 46 || c === 33 || c === 63;
};
const EVENT_LEMMA_MAP = new WordMap(EVENT_LEMMAS);
/** Words that may sit between a subject number and its verb: "212 have died", "700 were reportedly wounded". */
const AUX = new WordSet(['have', 'has', 'had', 'been', 'were', 'was', 'are', 'is', 'be', 'being', 'reportedly', 'also', 'all', 'already', 'since', 'were', 'people', 'civilians']);

/** The event lemma of token k, or null (only words are keys; WordMap rejects most words before hashing them). */
function lemmaOf(toks: Token[], k: number): string | null {
  const t = toks[k]!;
  return t.kind === 'word' ? EVENT_LEMMA_MAP.get(t.lower) ?? null : null;
}

/**
 * The sentence index (decision 0028): the tokens of one sentence that end a search, a stop or an event lemma, in text
 * order, found by one walk over the sentence. Each draft then finds the nearest one on each side by a binary search
 * instead of walking its ±8–10-token windows (which overlap those of its neighbours in number-dense text). Reused
 * buffers: `pos` holds token indices, `lem` the lemma at each (null for a stop).
 */
let pos = new Int32Array(256);
let lem: (string | null)[] = [];
let count = 0;
function indexSentence(toks: Token[], s0: number, s1: number): void {
  count = 0;
  for (let k = s0; k < s1; k++) {
    const t = toks[k]!;
    const l = isStop(t) ? null : lemmaOf(toks, k);
    if (l === null && !isStop(t)) continue;
    if (count === pos.length) {
      const grown = new Int32Array(count * 2);
      grown.set(pos);
      pos = grown;
    }
    pos[count] = k;
    lem[count] = l;
    count++;
  }
}
/** The first entry at or after token k (count when none). */
function firstAtOrAfter(k: number): number {
  let lo = 0, hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** AUX words only between the number and its verb ("212 have died"): the number is the verb's subject. */
function auxOnly(toks: Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (!AUX.has(toks[m]!.lower)) return false;
  return true;
}

/** The walk the index replaces, for a draft outside its sentence's token range (text the splitter left out). */
function eventByWalk(toks: Token[], d: { s: number; e: number }, s0: number, s1: number): string | null {
  let best: string | null = null;
  let bestDist = 99;
  for (let k = d.e; k < Math.min(s1, d.e + 8); k++) {
    if (isStop(toks[k]!)) break;
    const l = lemmaOf(toks, k);
    if (l) {
      best = l;
      bestDist = auxOnly(toks, d.e, k) ? -1 : k - d.e;
      break;
    }
  }
  for (let k = d.s - 1; k >= Math.max(s0, d.s - 10); k--) {
    if (isStop(toks[k]!)) break;
    const l = lemmaOf(toks, k);
    if (l) {
      if (d.s - 1 - k <= bestDist) best = l;
      break;
    }
  }
  return best;
}

export const eventRefiner: Refiner = {
  name: 'event',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    let indexed = -1;
    for (const d of drafts) {
      if (d.event) continue;
      const [s0, s1] = ctx.sentenceTokens(d.s);
      if (d.s < s0 || d.s >= s1) {
        d.event = eventByWalk(toks, d, s0, s1);
        continue;
      }
      if (indexed !== s0) {
        indexSentence(toks, s0, s1);
        indexed = s0;
      }
      // the nearest stop or lemma after the number, within 8 tokens: a lemma there is the candidate
      let best: string | null = null;
      let bestDist = 99;
      const a = firstAtOrAfter(d.e);
      if (a < count && pos[a]! < Math.min(s1, d.e + 8) && lem[a] !== null) {
        const k = pos[a]!;
        best = lem[a]!;
        bestDist = auxOnly(toks, d.e, k) ? -1 : k - d.e;
      }
      // the nearest one before it, within 10 tokens, wins when it is at least as near
      const b = firstAtOrAfter(d.s) - 1;
      if (b >= 0 && pos[b]! >= Math.max(s0, d.s - 10) && lem[b] !== null && d.s - 1 - pos[b]! <= bestDist) best = lem[b]!;
      d.event = best;
    }
    return drafts;
  },
};

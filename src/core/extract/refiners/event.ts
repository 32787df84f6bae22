/**
 * event = the verb or event noun the number belongs to, as a lemma (lexicon/events.ts): the nearest one in the
 * same sentence, looking up to 8 tokens after and 10 before; for years the event noun around it
 * ("a 2020 military coup" → coup, "began in 2013" → begin, "creation in 2013" → create).
 */
import { WordMap, WordSet } from '../lexicon/dict.js';
import { EVENT_LEMMAS } from '../lexicon/events.js';
import type { Refiner } from '../types.js';

const STOP = new Set([';', '.', '!', '?']);
/** The sentence-end symbols are single characters: test the kind first so words never hash into STOP. */
const isStop = (t: { kind: string; text: string }) => t.kind === 'sym' && STOP.has(t.text);
const EVENT_LEMMA_MAP = new WordMap(EVENT_LEMMAS);
/** Words that may sit between a subject number and its verb: "212 have died", "700 were reportedly wounded". */
const AUX = new WordSet(['have', 'has', 'had', 'been', 'were', 'was', 'are', 'is', 'be', 'being', 'reportedly', 'also', 'all', 'already', 'since', 'were', 'people', 'civilians']);

export const eventRefiner: Refiner = {
  name: 'event',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    // Each token's lemma is looked up once: in number-dense text the windows of neighbouring drafts overlap.
    const memo: (string | null | undefined)[] = new Array(toks.length);
    const lemmaAt = (k: number): string | null => {
      let l = memo[k];
      if (l === undefined) {
        const t = toks[k]!;
        // only words are keys; WordMap rejects most words before hashing them (lexicon/dict.ts)
        memo[k] = l = t.kind === 'word' ? EVENT_LEMMA_MAP.get(t.lower) ?? null : null;
      }
      return l;
    };
    for (const d of drafts) {
      if (d.event) continue;
      const [s0, s1] = ctx.sentenceTokens(d.s);
      let best: string | null = null;
      let bestDist = 99;
      for (let k = d.e; k < Math.min(s1, d.e + 8); k++) {
        const t = toks[k]!;
        if (isStop(t)) break;
        const l = lemmaAt(k);
        if (l) {
          best = l;
          bestDist = k - d.e;
          let auxOnly = true;
          for (let m = d.e; m < k; m++) if (!AUX.has(toks[m]!.lower)) auxOnly = false;
          if (auxOnly) bestDist = -1; // "212 have died": the number is the verb's subject
          break;
        }
      }
      for (let k = d.s - 1; k >= Math.max(s0, d.s - 10); k--) {
        const t = toks[k]!;
        if (isStop(t)) break;
        const l = lemmaAt(k);
        if (l) {
          if (d.s - 1 - k < bestDist || (d.s - 1 - k === bestDist)) best = l;
          break;
        }
      }
      d.event = best;
    }
    return drafts;
  },
};

/**
 * attribution = who the sentence credits: "according to X", "X said/says/told/reported/estimated", "said X".
 * X is the capitalised name next to the verb, or up to five words after "according to". One scan per sentence,
 * cached, so many numbers in one sentence cost one pass.
 */
import { WordSet } from '../lexicon/dict.js';
import type { Token } from '../tokenizer.js';
import type { Refiner } from '../types.js';
import { isCapitalised, isClauseBreak, isFunctionWord, phrase } from './util.js';

const SAY = new WordSet(['said', 'says', 'say', 'told', 'reported', 'reports', 'estimated', 'estimates', 'stated', 'announced', 'claimed', 'confirmed', 'added', 'noted', 'wrote', 'tweeted']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which', 'that']);

function nameBefore(toks: Token[], k: number, s0: number): string | null {
  let b = k;
  let a = k;
  // a name's glued dots and hyphens are part of it: "U.N.", "Agence France-Presse"
  while (a - 1 >= s0 && (isCapitalised(toks[a - 1]!) || ((toks[a - 1]!.text === '.' || toks[a - 1]!.text === '-') && toks[a - 1]!.gap === 0 && toks[a]!.gap === 0 && a - 2 >= s0 && isCapitalised(toks[a - 2]!)) ||
    (toks[a - 1]!.text === '.' && toks[a - 1]!.gap === 0)) && !(a - 1 === s0 && isFunctionWord(toks[a - 1]!))) a--;
  if (a < b) return phrase(toks, a, b);
  // "officials said", "the ministry said"
  const t = toks[k - 1];
  if (t && t.kind === 'word' && !isFunctionWord(t) && !PRONOUNS.has(t.lower) && k - 1 >= s0) {
    const det = toks[k - 2]?.lower === 'the' ? k - 2 : k - 1;
    return phrase(toks, det, k);
  }
  void b;
  return null;
}

/** The credit of a say-verb at k: the name before it, or the capitalised name right after it ("said X"); null if none. */
function creditAt(toks: Token[], k: number, s0: number, s1: number): string | null {
  const before = nameBefore(toks, k, s0);
  if (before) return before;
  const n = toks[k + 1];
  if (n && isCapitalised(n) && !PRONOUNS.has(n.lower)) {
    let e = k + 1;
    while (e < s1 && (isCapitalised(toks[e]!) || (toks[e]!.text === '.' && toks[e]!.gap === 0))) e++;
    return phrase(toks, k + 1, e);
  }
  return null;
}

/**
 * "according to X" anywhere in the sentence wins; else the first say-verb with a credit. One pass over the sentence
 * (decision 0027): the first credit found is kept while the rest is read for an "according to".
 */
function scan(toks: Token[], s0: number, s1: number): string | null {
  let said: string | null = null;
  for (let k = s0; k < s1; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') continue;
    if (t.lower === 'according') {
      if (toks[k + 1]?.lower !== 'to') continue;
      let e = k + 2;
      while (e < s1 && e < k + 8 && !isClauseBreak(toks[e]!) && toks[e]!.text !== ',') e++;
      if (e > k + 2) return phrase(toks, k + 2, e);
    } else if (said === null && SAY.has(t.lower)) said = creditAt(toks, k, s0, s1);
  }
  return said;
}

export const attributionRefiner: Refiner = {
  name: 'attribution',
  refine(ctx, drafts) {
    const cache = new Map<number, string | null>();
    for (const d of drafts) {
      const [s0, s1] = ctx.sentenceTokens(d.s);
      if (!cache.has(s0)) cache.set(s0, scan(ctx.tokens, s0, s1));
      d.attribution = cache.get(s0)!;
    }
    return drafts;
  },
};

/**
 * Ordinals written with digits: "10th anniversary", "21st", "3rd". Ordinal words ("first", "second") are too
 * common as plain English to be statistics; only "tenth" and above are read, and only before a noun.
 */
import { asMap } from '../lexicon/dict.js';
import { ORDINAL_SUFFIXES, ORDINAL_WORDS } from '../lexicon/number-words.js';
import { isDigits } from '../tokenizer.js';
import { draft, type Parser } from '../types.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const ORDINAL_WORDS_MAP = asMap(ORDINAL_WORDS);

export const ordinalParser: Parser = {
  name: 'ordinal',
  parse(ctx, i) {
    const toks = ctx.tokens;
    const t = toks[i]!;
    if (t.kind === 'num' && isDigits(t.text, 1, Infinity)) {
      const s = toks[i + 1];
      if (s && s.kind === 'word' && s.gap === 0 && ORDINAL_SUFFIXES.has(s.lower)) return draft(i, i + 2, 'ordinal', t.num!);
      return null;
    }
    if (t.kind === 'word') {
      const v = ORDINAL_WORDS_MAP.get(t.lower);
      if (v && v >= 10 && toks[i + 1]?.kind === 'word') return draft(i, i + 1, 'ordinal', v);
    }
    return null;
  },
};

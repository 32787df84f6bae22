/**
 * Fractions: "one-third", "two-thirds of", "a quarter of", "half of", "3/4". Kind `ratio`, value in [0, 1].
 * A bare "half" or "quarter" ("first half", "third quarter") is not read; "of" must follow word fractions
 * written without a numerator word.
 */
import { FRACTION_WORDS, UNITS_WORDS } from '../lexicon/number-words.js';
import { draft, type Parser } from '../types.js';

export const fractionParser: Parser = {
  name: 'fraction',
  parse(ctx, i) {
    const toks = ctx.tokens;
    const t = toks[i]!;
    if (t.kind === 'num' && /^\d{1,2}$/.test(t.text) && toks[i + 1]?.text === '/' && toks[i + 1]!.gap === 0) {
      const d = toks[i + 2];
      if (d && d.kind === 'num' && d.gap === 0 && /^\d{1,2}$/.test(d.text) && d.num! > t.num! && d.num! > 1 && toks[i + 3]?.text !== '/') {
        return draft(i, i + 3, 'ratio', t.num! / d.num!);
      }
      return null;
    }
    if (t.kind !== 'word') return null;
    // "one out of three", "two in five"
    if (UNITS_WORDS[t.lower] && (toks[i + 1]?.lower === 'out' && toks[i + 2]?.lower === 'of' || toks[i + 1]?.lower === 'in')) {
      const k = toks[i + 1]!.lower === 'in' ? i + 2 : i + 3;
      const den = UNITS_WORDS[toks[k]?.lower ?? ''] ?? (toks[k]?.kind === 'num' ? toks[k]!.num : undefined);
      if (den && den > UNITS_WORDS[t.lower]!) return draft(i, k + 1, 'ratio', UNITS_WORDS[t.lower]! / den);
    }
    const num = t.lower === 'a' || t.lower === 'an' ? 1 : UNITS_WORDS[t.lower];
    if (num !== undefined && num > 0 && num < 10) {
      let j = i + 1;
      const hy = toks[j]?.text === '-' && toks[j]!.gap === 0;
      if (hy) j++;
      const f = toks[j];
      if (!f || f.kind !== 'word') return null;
      const den = FRACTION_WORDS[f.lower];
      if (!den) return null;
      if (den === 2 && num !== 1) return null;
      const plural = f.lower.endsWith('s');
      if ((num === 1) !== !plural && den !== 2) return null;
      if (!hy && toks[j + 1]?.lower !== 'of' && !(plural && num > 1)) return null;
      if (hy && t.lower === 'a') return null;
      return draft(i, j + 1, 'ratio', num / den);
    }
    if (t.lower === 'half' && toks[i + 1]?.lower === 'of' && toks[i - 1]?.lower !== 'first' && toks[i - 1]?.lower !== 'second') {
      return draft(i, i + 1, 'ratio', 0.5);
    }
    return null;
  },
};

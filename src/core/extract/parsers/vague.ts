/**
 * Vague counts: "several hundred", "a few thousand", "dozens of", "hundreds of", "tens of thousands of", and a
 * plural scale standing alone before a function word or punctuation ("dozens in the party", "hundreds were hurt").
 * Kind `count`, qualifier `range`, low/high one order of magnitude ("hundreds of" = 100..1000, "tens of thousands" =
 * 10,000..100,000, "dozens" = 12..120; "several hundred" = 300..900), value the midpoint. Same convention as NewsQuant.
 */
import { asMap, WordSet } from '../lexicon/dict.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { SCALE_WORDS, UNITS_WORDS, VAGUE_MULTIPLIERS } from '../lexicon/number-words.js';
import { draft, type Parser } from '../types.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const SCALE_WORDS_MAP = asMap(SCALE_WORDS);
const VAGUE_MULTIPLIERS_MAP = asMap(VAGUE_MULTIPLIERS);
const UNITS_WORDS_MAP = asMap(UNITS_WORDS);
const FUNCTION_WORD_SET = new WordSet(FUNCTION_WORDS);

const PLURAL_SCALES = asMap<number>({ dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, tens: 10 });

export const vagueParser: Parser = {
  name: 'vague',
  startsAt: ['word'],
  parse(ctx, i) {
    const toks = ctx.tokens;
    const t = toks[i]!;
    if (t.kind !== 'word') return null;
    let j = i;
    if (t.lower === 'a' && toks[i + 1]?.lower === 'few') j = i + 1;
    const span = VAGUE_MULTIPLIERS_MAP.get(toks[j]!.lower);
    if (span) {
      const sc = toks[j + 1];
      const scale = sc ? SCALE_WORDS_MAP.get(sc.lower) : undefined;
      if (!scale || scale < 100 || sc!.lower.length <= 3) return null;
      return draft(i, j + 2, 'count', null, { qualifier: 'range', low: span[0] * scale, high: span[1] * scale });
    }
    const ps = PLURAL_SCALES.get(t.lower);
    if (ps && toks[i + 1]?.lower === 'of') {
      // "tens of thousands of", "hundreds of millions of"
      const inner = PLURAL_SCALES.get(toks[i + 2]?.lower ?? '');
      if (inner && inner >= 1000 && toks[i + 3]?.lower === 'of') {
        return draft(i, i + 3, 'count', null, { qualifier: 'range', low: ps * inner, high: ps * inner * 10 });
      }
      if (ps === 10) return null;
      return draft(i, i + 1, 'count', null, { qualifier: 'range', low: ps, high: ps * 10 });
    }
    // "dozens in her party voted against", "hundreds were hurt", "thousands more": the plural scale is the count
    const n = toks[i + 1];
    if (ps && ps !== 10 && n && (n.kind === 'sym' ? n.text !== '-' : n.kind === 'word' && FUNCTION_WORD_SET.has(n.lower)) && toks[i - 1]?.kind !== 'num' && !UNITS_WORDS_MAP.get(toks[i - 1]?.lower ?? '')) {
      return draft(i, i + 1, 'count', null, { qualifier: 'range', low: ps, high: ps * 10 });
    }
    return null;
  },
};

/**
 * Ordinals written with digits: "10th anniversary", "21st", "3rd". Ordinal words ("first", "second") are common
 * plain English ("at first", "second half", "the Second Amendment"), so a word below "tenth" is read only where it
 * numbers something: after a determiner or a possessive and before the noun it numbers ("a second surgery", "an
 * eighth term", "her second and final term", "the third national security adviser"). Periods ("first half",
 * "third quarter"), titles ("first lady") and hyphenated ranks ("second-largest") are not read. "tenth" and above
 * need only a noun after them.
 */
import { asMap, WordSet } from '../lexicon/dict.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { ORDINAL_SUFFIXES, ORDINAL_WORDS } from '../lexicon/number-words.js';
import { isDigits, type Token } from '../tokenizer.js';
import { draft, type Parser } from '../types.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const ORDINAL_WORDS_MAP = asMap(ORDINAL_WORDS);
const FUNCTION_WORD_SET = new WordSet(FUNCTION_WORDS);

/** Determiners and possessives that make the ordinal word number the noun after it. */
const DETERMINERS = new WordSet(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'whose']);
/** Nouns after an ordinal word that name a period, a title or a phrase, not something counted. */
const NOT_NUMBERED = new WordSet(['half', 'halves', 'quarter', 'quarters', 'lady', 'ladies', 'hand', 'person', 'place', 'glance', 'sight', 'thing', 'things',
  'class', 'nature', 'fiddle', 'guess', 'opinion', 'thought', 'thoughts', 'look', 'later', 'earlier', 'ago', 'last', 'next', 'generation', 'degree', 'grade', 'round', 'leg', 'string', 'team', 'teams']);

/** A determiner or a possessive right before token i ("a second", "the president's third"). */
function determinerBefore(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  if (!p || p.kind === 'num') return false;
  if (DETERMINERS.has(p.lower)) return true;
  // "the president's second": the tokenizer keeps "'s" apart or glued; either way the word before ends the possessive
  return p.kind === 'word' && (p.lower === 's' ? toks[i - 2]?.text === "'" || toks[i - 2]?.text === '\u2019' : /['\u2019]s$/.test(p.lower));
}

export const ordinalParser: Parser = {
  name: 'ordinal',
  startsAt: ['num', 'word'],
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
      if (!v) return null;
      const n = toks[i + 1];
      if (v >= 10 && n?.kind === 'word') return draft(i, i + 1, 'ordinal', v);
      if (t.text !== t.lower || !n || n.gap === 0 || !determinerBefore(toks, i)) return null;
      if (n.kind === 'word' && !NOT_NUMBERED.has(n.lower) && !FUNCTION_WORD_SET.has(n.lower)) return draft(i, i + 1, 'ordinal', v);
      // "her second and final term": a coordinated adjective, then the noun
      const a = toks[i + 2];
      if ((n.lower === 'and' || n.lower === 'or') && a?.kind === 'word' && (!FUNCTION_WORD_SET.has(a.lower) || a.lower === 'last') && toks[i + 3]?.kind === 'word') return draft(i, i + 1, 'ordinal', v);
    }
    return null;
  },
};

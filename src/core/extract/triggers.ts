/**
 * Trigger tokens: where the parsers are tried (docs/extraction.md, "Pipeline"). Numbers always; words and symbols
 * from the lexicons. Some trigger words read nothing by themselves and only start a reading together with the token
 * after them; at those the parsers are tried only when that token is one they read (decision 0019). At the other
 * occurrences (most "a", "an", "from", and the "S" of "U.S." or "S&P") every parser returned null: 6,700 of
 * the 25,600 trigger visits per MB of NewsQuant, each trying eight parsers.
 */
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from './lexicon/currencies.js';
import { WordMap, WordSet } from './lexicon/dict.js';
import { FRACTION_WORDS, GROUP_WORDS, MONTHS, ORDINAL_WORDS, SCALE_WORDS, UNITS_WORDS, VAGUE_MULTIPLIERS, VULGAR_FRACTIONS } from './lexicon/number-words.js';
import type { Token } from './tokenizer.js';

/** What a trigger word needs after it: nothing, or one of the conditions below. */
const ALWAYS = 0;
/** "between", "from": only the range parser starts there, and only when a number reading starts at the next token. */
const LEAD = 1;
/** "a", "an": a number word, fraction or "few" after it ("a million", "a third", "a few hundred"), or "A$5". */
const ARTICLE = 2;
/** "US", "HK", "S" (and the other dollar prefixes): only as "US$5" / "US $5". */
const DOLLAR = 3;

const TRIGGER_WORDS = new WordMap<number>(Object.fromEntries([
  // the dollar prefixes first: a word that is also something else ("a") takes its later entry
  ...Object.keys(DOLLAR_PREFIXES).map((w) => [w, DOLLAR]),
  ...[...Object.keys(UNITS_WORDS), ...Object.keys(MONTHS), ...Object.keys(VAGUE_MULTIPLIERS), ...Object.keys(ORDINAL_WORDS),
    ...Object.keys(FRACTION_WORDS), 'unanimously', 'unanimous', 'twofold', 'threefold', 'fourfold', 'fivefold', 'sixfold', 'sevenfold',
    'eightfold', 'ninefold', 'tenfold', 'twentyfold', 'hundredfold', 'thousandfold', 'decade', 'century', 'dozens', 'hundreds', 'thousands',
    'millions', 'billions', 'tens', 'rs', 'inr', 'minus', 'y', 'rm', 'ps'].map((w) => [w, ALWAYS]),
  ['a', ARTICLE], ['an', ARTICLE], ['between', LEAD], ['from', LEAD],
]));
/**
 * The words after "a"/"an" that a parser reads: number words (readWords: "a dozen", "a million", "a quarter million"),
 * fractions ("a third", "a half", also after a hyphen: "an-eighth"), vague counts ("a few"). The tables are the ones
 * those parsers look the word up in; `triggers.test.ts` checks that no parser matches at an article followed by
 * anything else.
 */
const AFTER_ARTICLE = new WordSet([...Object.keys(GROUP_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(FRACTION_WORDS), ...Object.keys(VAGUE_MULTIPLIERS)]);
/** ISO codes ("USD 5"), matched as written (upper case). */
const TRIGGER_CODES = new WordSet(CURRENCY_CODES);
/** Currency symbols and vulgar fractions, in one set: isTrigger runs at every token. */
const TRIGGER_SYMBOLS = new Set([...Object.keys(CURRENCY_SYMBOLS), ...Object.keys(VULGAR_FRACTIONS)]);
/**
 * Signs and "(" start something ("-1.3%", "+1 425 …", "(555) 123-4567") only right before a number token: at any
 * other dash or bracket every parser returns null, so they are not tried there (dashes are frequent in news).
 */
const NUMBER_PREFIXES = new Set(['+', '(', '-', '−']);

/** The parsers are tried at tokens[i]. */
export function isTrigger(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === 'num') return true;
  const next = tokens[i + 1];
  if (t.kind === 'sym') return TRIGGER_SYMBOLS.has(t.text) || (next?.kind === 'num' && NUMBER_PREFIXES.has(t.text));
  if (t.kind !== 'word') return false;
  if (t.text.length === 3 && TRIGGER_CODES.has(t.text)) return true;
  // WordMap tests the word's shape before it hashes it: most words are rejected without a lookup
  const need = TRIGGER_WORDS.get(t.lower);
  if (need === undefined || need === ALWAYS) return need === ALWAYS;
  if (!next) return false;
  // a number reading (readQuantity) starts only at a trigger: a currency, a sign, a number or a number word
  if (need === LEAD) return isTrigger(tokens, i + 1);
  if (need === DOLLAR) return next.text === '$';
  return next.text === '$' || next.text === '-' || (next.kind === 'word' && AFTER_ARTICLE.has(next.lower));
}

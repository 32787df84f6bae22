/**
 * Scale words after a number ("million", "bn", glued "m"/"k" in money) and "and a half" tails, shared by the
 * digit reader (read-number.ts) and the number-word reader (read-number-words.ts).
 */
import { asMap } from './lexicon/dict.js';
import { SCALE_WORDS, SHORT_SCALES } from './lexicon/number-words.js';
import type { Token } from './tokenizer.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const SCALE_WORDS_MAP = asMap(SCALE_WORDS);
const SHORT_SCALES_MAP = asMap(SHORT_SCALES);

/** A glued short scale ("2bn", "35m", "$5k"): always for bn/mn/tn; k/m/b only in money or before a plural noun/"of". */
export function shortScale(tokens: Token[], j: number, money: boolean): number {
  const t = tokens[j];
  if (!t || t.kind !== 'word' || (t.gap !== 0 && t.text !== 'B')) return 0;
  const sc = SHORT_SCALES_MAP.get(t.lower);
  if (!sc) return 0;
  if ((t.lower.length > 1 && t.lower !== 'b') || t.lower === 'k') return sc;
  if (money && t.gap === 0 && (t.text === 'B' || t.text === 'T')) return sc; // "€10B", "$2.174T"
  if (t.lower === 'b') return tokens[j - 1]?.text.includes('.') ? sc : 0;
  if (t.lower === 't') return 0; // "5t" is tonnes; "T" is a scale only in money
  if (money) return sc;
  const next = tokens[j + 1];
  if (t.text === 'M' || t.text === 'B') return sc;
  if (t.lower === 'b' && tokens[j - 1]?.text.includes('.')) return sc; // "1.2b"
  if (t.lower === 'b') return 0; // "4.3M sales", "8 B people" (metres are lowercase)
  const prevNum = tokens[j - 1];
  if (t.lower === 'm' && prevNum?.text.includes('.') && !(next && /^(?:tall|high|long|wide|deep|away|below|above|metres|meters)$/.test(next.lower))) return sc;
  if (t.lower === 'm' && next && next.kind === 'word' && next.gap > 0 &&
    (next.lower === 'of' || (next.lower.length > 3 && next.lower.endsWith('s') && !next.lower.endsWith('ss')))) return sc;
  return 0;
}

export function readScales(tokens: Token[], j: number, money: boolean): [number, number] {
  let mult = 1;
  for (;;) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') break;
    const sc = SCALE_WORDS_MAP.get(t.lower);
    if (sc && (t.gap <= 2 || t.gap === 0)) {
      mult *= sc;
      j++;
      continue;
    }
    const ss = shortScale(tokens, j, money);
    if (ss) {
      mult *= ss;
      j++;
    }
    break;
  }
  return [mult, j];
}

const HALVES: Record<string, number> = { half: 0.5, quarter: 0.25, third: 1 / 3 };
/**
 * "and a half" / "and a quarter" at k: the fraction, or 0 when there is none. The phrase is always three tokens.
 * (A returned number rather than a callback: the readers run at every number and a closure would be allocated.)
 */
export function andAHalf(tokens: Token[], k: number): number {
  if (tokens[k]?.lower === 'and' && (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'one') && tokens[k + 2] &&
    Object.prototype.hasOwnProperty.call(HALVES, tokens[k + 2]!.lower)) {
    return HALVES[tokens[k + 2]!.lower]!;
  }
  return 0;
}

/**
 * Negative parser: clock times ("12:01", "3pm", "10.30 a.m.", "0401 GMT") and colon ratios in scores.
 * A time is not a statistic about the event; dropping it also stops "12" and "01" becoming counts.
 */
import { WordSet } from '../lexicon/dict.js';
import { isDigits } from '../tokenizer.js';
import { draft, type Parser } from '../types.js';

const AFTER = new WordSet(['am', 'pm', 'gmt', 'utc', 'edt', 'est', 'cet', 'bst', 'pdt', 'pst', 'cst', 'cdt', 'hrs', 'hours', 'h', 'local', 'o']);

export const timeOfDayParser: Parser = {
  name: 'time-of-day',
  startsAt: ['num'],
  parse(ctx, i) {
    const toks = ctx.tokens;
    const t = toks[i]!;
    if (t.kind !== 'num' || t.text.includes(',')) return null;
    let j = i + 1;
    let clock = false;
    if (toks[j]?.text === ':' && toks[j]!.gap === 0 && toks[j + 1]?.kind === 'num' && toks[j + 1]!.gap === 0 && /^\d\d(?:\.\d+)?$/.test(toks[j + 1]!.text)) {
      clock = true;
      j += 2;
      if (toks[j]?.text === ':' && toks[j + 1]?.kind === 'num') j += 2;
    }
    const a = toks[j];
    if (a && a.kind === 'word' && a.gap <= 1) {
      const l = a.lower;
      const dotted = (l === 'a' || l === 'p') && toks[j + 1]?.text === '.' && toks[j + 2]?.lower === 'm';
      if (dotted) return draft(i, toks[j + 3]?.text === '.' ? j + 4 : j + 3, 'count', null, { drop: 'time of day' });
      // the word is tested first: most numbers are followed by an ordinary word, and then no pattern needs to run
      if (AFTER.has(l)) {
        const numOk = clock || /^\d{1,2}(\.\d\d)?$/.test(t.text) || (isDigits(t.text, 4, 4) && l !== 'hours' && l !== 'h' && l !== 'hrs');
        if (numOk && (l === 'am' || l === 'pm' || ((clock || isDigits(t.text, 4, 4)) && l !== 'o' && l !== 'hours' && l !== 'h'))) {
          return draft(i, j + 1, 'count', null, { drop: 'time of day' });
        }
      }
      if (l === 'o' && toks[j + 1]?.text === "'" || l === "o'clock") return draft(i, j + 1, 'count', null, { drop: 'time of day' });
    }
    if (clock) return draft(i, j, 'count', null, { drop: 'clock time or score' });
    return null;
  },
};

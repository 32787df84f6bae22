/**
 * Ellipsis of a unit: a plain number joined to the next figure by "or" or a partitive "of" shares that figure's
 * currency or unit, which the writer states once ("about 8 or $9", "raised 280 million of the 1.5 billion shekels
 * it needs"). The levels of a change share units in the change refiner ("rose 64 points to 4,577").
 */
import { WordSet } from '../lexicon/dict.js';
import type { Refiner } from '../types.js';
import { isFunctionWord } from './util.js';

const RELATIVE = new Set(['%', 'pp', 'bp']);
const OF_DETERMINERS = new WordSet(['the', 'its', 'their', 'his', 'her', 'our', 'a']);

export const ellipsisRefiner: Refiner = {
  name: 'ellipsis',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    for (let n = 0; n + 1 < drafts.length; n++) {
      const d = drafts[n]!;
      const b = drafts[n + 1]!;
      if (d.kind !== 'count' || d.unit !== null || d.value === null || (b.kind !== 'money' && b.kind !== 'measure') || !b.unit) continue;
      const w = toks[d.e];
      if (!w) continue;
      // "the index (16,369.03, up 58.06 points)", "closed at 4,577.10, up 64.06 points": a level and its change
      const k = w.text === ',' ? d.e + 1 : d.e;
      if ((toks[k]?.lower === 'up' || toks[k]?.lower === 'down') && b.s === k + 1 && b.change === 'by' && !RELATIVE.has(b.unit)) {
        d.unit = b.unit;
        d.kind = b.kind;
        ctx.debug(() => `"${toks[d.s]!.text}": unit ${b.unit} of the change after it`);
        continue;
      }
      if (w.kind !== 'word') continue;
      let ok = false;
      if (w.lower === 'or') ok = b.s === d.e + 1; // "8 or $9" (not "8 or 9 euros": the range parser reads that one)
      else if (w.lower === 'of') ok = b.s === d.e + 1 || (b.s === d.e + 2 && OF_DETERMINERS.has(toks[d.e + 1]!.lower));
      // the figure after must be a whole amount, not a price per item or a rate of its own
      if (!ok || b.unit.includes('/') || b.unit === '%') continue;
      // "won 3 of the 5 km races": the first number counts the noun after the second figure
      const after = toks[b.after ?? b.e];
      if (w.lower === 'of' && after && after.kind === 'word' && !isFunctionWord(after)) continue;
      d.unit = b.unit;
      d.kind = b.kind;
      ctx.debug(() => `"${toks[d.s]!.text}": unit ${b.unit} of the figure after "${w.text}"`);
    }
    return drafts;
  },
};

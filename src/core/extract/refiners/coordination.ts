/**
 * Two figures joined by "and"/"or" and nothing else ("since 1998 and 2004", "rose 5% and 7%") state two values of one
 * kind of thing: the second shares what the writer said once before the first. A year shares its bound ("since",
 * "until": a start year stays a start year), and a change shares its trend ("rose 5% and 7%" are two rises). Units
 * said once are the ellipsis refiner's business; the measure refiner already gives a bare count its antecedent.
 */
import type { Refiner } from '../types.js';

export const coordinationRefiner: Refiner = {
  name: 'coordination',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    for (let n = 1; n < drafts.length; n++) {
      const a = drafts[n - 1]!, b = drafts[n]!;
      const w = toks[a.e];
      if (!w || b.s !== a.e + 1 || (w.lower !== 'and' && w.lower !== 'or') || a.kind !== b.kind || a.tally || b.tally) continue;
      if (a.kind === 'year') {
        if (a.timeFrame && !b.timeFrame) {
          b.timeFrame = a.timeFrame;
          ctx.debug(() => `"${toks[b.s]!.text}": "${a.timeFrame}" of the year it is coordinated with`);
        }
        continue;
      }
      // a change: the second member has no verb of its own and the same unit ("5% and 7%", not "5% and $7bn")
      if (a.trend && a.change === 'by' && !b.trend && !b.change && b.unit === a.unit) {
        b.trend = a.trend;
        b.change = 'by';
        ctx.debug(() => `"${toks[b.s]!.text}": trend ${a.trend} of the change it is coordinated with`);
      }
    }
    return drafts;
  },
};

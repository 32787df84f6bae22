/** quantulum3's own English test sentences: value recall and precision (ranges as midpoint ± uncertainty). */
import { extractMentions } from '../../src/core/extract/index.js';
import type { EvalRow } from '../types.js';
import { close, isQuantity, joinFromTo, pct, prf, readJson } from './extraction-shared.js';

interface Gold { value: number; unit: string; surface: string; uncertainty?: number }
interface Case { req: string; res: Gold[] }

export function scoreQuantulum(): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const file of ['quantulum3/quantities.json', 'quantulum3/quantities.ambiguity.json']) {
    const cases = readJson<Case[]>(file);
    let tp = 0, npred = 0, ngold = 0;
    for (const c of cases) {
      const preds = joinFromTo(extractMentions(c.req, 'q3').filter(isQuantity));
      npred += preds.length;
      ngold += c.res.length;
      const used = new Set<number>();
      for (const g of c.res) {
        const k = preds.findIndex((m, i) => !used.has(i) && (g.uncertainty
          ? m.low !== null && m.high !== null && close(m.low, g.value - g.uncertainty) && close(m.high, g.value + g.uncertainty)
          : m.value !== null && close(m.value, g.value)));
        if (k >= 0) { used.add(k); tp++; }
      }
    }
    const [p, r, f] = prf(tp, npred, ngold);
    const name = file.includes('ambiguity') ? 'quantulum3.ambiguity' : 'quantulum3';
    rows.push({ suite: 'extraction', metric: `${name}.value.recall`, value: pct(r), n: ngold });
    rows.push({ suite: 'extraction', metric: `${name}.value.precision`, value: pct(p), n: npred, note: `F1 ${pct(f)}` });
  }
  return rows;
}

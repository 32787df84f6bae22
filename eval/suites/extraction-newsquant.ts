/**
 * NewsQuant (CQE's news test set) scored as its authors do: per sentence, each gold value matched at most once
 * (relative tolerance 1e-5), ranges as (low, high) pairs; micro P/R/F1 for value, value+unit, value+change.
 * Years/dates/ordinals are not annotated there, so those mentions are left out of the predictions.
 */
import { extractMentions } from '../../src/core/extract/index.js';
import type { Mention } from '../../src/core/model/mention.js';
import type { EvalRow } from '../types.js';
import { close, isQuantity, pct, prf, readJson, sameUnit, unitName } from './extraction-shared.js';

interface Gold { value: string; change: string; normalized_unit: string }
interface Case { text: string; quantities: Gold[] }

const CHANGE: Record<string, string> = { exact: '=', about: '~', over: '>', under: '<', range: '=' };
const change = (m: Mention) => m.trend ?? CHANGE[m.qualifier]!;

function valueMatches(m: Mention, gold: string): boolean {
  const r = /^(-?[\d.e+]+)-(-?[\d.e+]+)$/.exec(gold);
  // gold ranges keep the author's order ("from 208 to 193"); ours are sorted: compare as a pair
  if (r) {
    const [a, b] = [Number(r[1]), Number(r[2])].sort((x, y) => x - y) as [number, number];
    return m.qualifier === 'range' && m.low !== null && m.high !== null && close(m.low, a) && close(m.high, b);
  }
  const g = Number(gold);
  return m.value !== null && close(m.value, g);
}

export function scoreNewsQuant(limit = Infinity): { rows: EvalRow[]; misses: string[] } {
  const cases = readJson<Case[]>('newsquant/NewsQuant.json').slice(0, limit);
  const tp = { value: 0, unit: 0, change: 0 };
  let npred = 0;
  let ngold = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const preds = extractMentions(c.text, 'nq').filter(isQuantity);
    npred += preds.length;
    ngold += c.quantities.length;
    for (const [key, test] of [
      ['value', () => true],
      ['unit', (m: Mention, g: Gold) => sameUnit(unitName(m), g.normalized_unit)],
      ['change', (m: Mention, g: Gold) => change(m) === g.change],
    ] as const) {
      const used = new Set<number>();
      for (const g of c.quantities) {
        const k = preds.findIndex((m, i) => !used.has(i) && valueMatches(m, g.value) && test(m, g));
        if (k >= 0) {
          used.add(k);
          tp[key]++;
        } else if (key === 'value') misses.push(`MISS ${g.value} ${g.normalized_unit} | ${c.text}`);
      }
      if (key === 'value') for (let i = 0; i < preds.length; i++) if (!used.has(i)) misses.push(`EXTRA ${preds[i]!.text}=${preds[i]!.value} | ${c.text}`);
    }
  }
  const rows: EvalRow[] = [];
  const targets = { value: 92.0, unit: 85.6, change: 88.1 };
  for (const key of ['value', 'unit', 'change'] as const) {
    const [p, r, f] = prf(tp[key], npred, ngold);
    const metric = key === 'value' ? 'newsquant.value' : `newsquant.value+${key}`;
    rows.push({ suite: 'extraction', metric: `${metric}.f1`, value: pct(f), n: ngold, target: targets[key], note: `P ${pct(p)} R ${pct(r)}; target = CQE F1` });
  }
  return { rows, misses };
}

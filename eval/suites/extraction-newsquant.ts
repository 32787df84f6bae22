/**
 * NewsQuant (CQE's news test set) scored as its authors do (a port of calculate_metrics in CQE_Evaluation's
 * evaluate_models.py): per sentence, values matched by numpy.isclose (rtol 1e-5), ranges as (low, high) pairs, units
 * compared as exact lowercase strings; micro P/R/F1 for value, value+unit, value+change.
 * Years/dates/ordinals are not annotated there, so those mentions are left out of the predictions.
 */
import { extractMentions } from '../../src/core/extract/index.js';
import type { Mention } from '../../src/core/model/mention.js';
import type { EvalRow } from '../types.js';
import { close, isQuantity, joinFromTo, pct, prf, readJson, unitName } from './extraction-shared.js';

interface Gold { value: string; change: string; normalized_unit: string }
interface Case { text: string; quantities: Gold[] }

const CHANGE: Record<string, string> = { exact: '=', about: '~', over: '>', under: '<', range: '=' };
/**
 * NewsQuant's change is one field for two of ours: the hedge (~ > <) and the trend (up down). A hedged change ("up
 * about 19 per cent", "lost more than 60%") is annotated with its hedge 7 times and its trend 4 times, so the hedge wins; an unhedged
 * change amount gives its trend. A level reached by a change keeps `=`: NewsQuant marks it up/down after some verbs and
 * `=` after others ("rose 8.1% to 99.20 yuan" up, "rose 6.5% to 164p" `=`); giving levels their direction scores lower
 * (measured), so the direction stays in our own `direction` field. (Decision 0024.)
 */
export const change = (m: Mention) => (m.trend && (m.qualifier === 'exact' || m.qualifier === 'range') ? m.trend : CHANGE[m.qualifier]!);


export function valueMatches(m: Mention, gold: string): boolean {
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
  const byUnit = <T extends { u: string }>(a: T, b: T) => (a.u < b.u ? -1 : a.u > b.u ? 1 : 0);
  for (const c of cases) {
    // years and dates are left out before the two levels of a change are joined ("from 20 mpg in 2008 to 29 mpg")
    const preds = joinFromTo(extractMentions(c.text, 'nq').filter(isQuantity));
    npred += preds.length;
    ngold += c.quantities.length;
    // A port of calculate_metrics in the authors' evaluate_models.py: both lists sorted by normalised unit; for each
    // gold, every value-matching tag counts for value (capped at the sentence's gold count) and, when its change is
    // equal, for change; the first tag whose unit string is equal (lowercased, exact) counts for unit and is consumed.
    let tags = preds.map((m) => ({ m, u: unitName(m).toLowerCase(), c: change(m) })).sort(byUnit);
    const gold = c.quantities.map((g) => ({ g, u: g.normalized_unit.toLowerCase() })).sort(byUnit);
    let left = gold.length;
    const hit = new Set<Mention>();
    for (const { g, u } of gold) {
      let found = false;
      for (const t of tags) {
        if (!valueMatches(t.m, g.value)) continue;
        found = true;
        hit.add(t.m);
        if (left > 0) {
          tp.value++;
          left--;
        }
        if (t.c === g.change) tp.change++;
        if (t.u === u) {
          tp.unit++;
          tags = tags.filter((x) => x !== t);
          break;
        }
      }
      if (!found) misses.push(`MISS ${g.value} ${g.normalized_unit} | ${c.text}`);
    }
    for (const m of preds) if (!hit.has(m)) misses.push(`EXTRA ${m.text}=${m.value} | ${c.text}`);
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

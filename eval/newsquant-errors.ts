/**
 * `npx tsx eval/newsquant-errors.ts [--list KIND] [--n 40]`: the NewsQuant misses grouped into error classes, with the
 * same value matching as the scorer (extraction-newsquant.ts). Classes: value missed, extra prediction, unit wrong
 * (by kind: missing unit, noun phrase differs, dimension differs), change wrong (gold → ours). A development aid: it
 * prints counts and, with --list, the sentences of one class.
 */
import { extractMentions } from '../src/core/extract/index.js';
import type { Mention } from '../src/core/model/mention.js';
import { close, isQuantity, joinFromTo, readJson, unitName } from './suites/extraction-shared.js';
import { change, valueMatches } from './suites/extraction-newsquant.js';

interface Gold { value: string; change: string; normalized_unit: string; unit: string }
interface Case { text: string; quantities: Gold[] }
const args = process.argv.slice(2);
const list = args.includes('--list') ? args[args.indexOf('--list') + 1] : null;
const nShow = args.includes('--n') ? Number(args[args.indexOf('--n') + 1]) : 40;
const classes = new Map<string, string[]>();
const add = (k: string, line: string) => (classes.get(k) ?? classes.set(k, []).get(k)!).push(line);
const CURRENCY = /dollar|euro|pound|yen|yuan|rupee|franc|krone|krona|peso|won|real|rand|lira|ruble|naira|ringgit|shekel|cent|penny/;
const kindOf = (u: string) => (u === '-' ? 'none' : u.startsWith('%') || u.startsWith('percent') ? 'percent' : CURRENCY.test(u) ? 'money' : 'other');

for (const c of readJson<Case[]>('newsquant/NewsQuant.json')) {
  const preds = joinFromTo(extractMentions(c.text, 'nq').filter(isQuantity));
  const used = new Set<Mention>();
  for (const g of c.quantities) {
    const gu = g.normalized_unit.toLowerCase();
    const cands = preds.filter((m) => valueMatches(m, g.value));
    cands.forEach((m) => used.add(m));
    if (!cands.length) {
      // a near value (same written number, other scale or a range end) tells a misread from a miss
      const near = preds.find((m) => m.value !== null && String(m.text).replace(/[^\d.]/g, '') !== '' && g.value.split('-').some((v) => Number(v) !== 0 && (close(m.value!, Number(v)) || m.low === Number(v) || m.high === Number(v))));
      add(near ? 'value: range/level split or joined' : 'value: missed', `${g.value} [${g.unit}|${g.normalized_unit}|${g.change}] ${near ? `ours ${near.text}=${near.low}..${near.high} ${near.qualifier}` : ''} | ${c.text}`);
      continue;
    }
    const m = cands.find((x) => unitName(x).toLowerCase() === gu) ?? cands[0]!;
    const ou = unitName(m).toLowerCase();
    if (ou !== gu) {
      const k = ou === '-' ? `unit: ours none, gold ${kindOf(gu)}` : gu === '-' ? `unit: gold none, ours ${kindOf(ou)}` : kindOf(ou) !== kindOf(gu) ? `unit: ${kindOf(gu)} read as ${kindOf(ou)}` : `unit: ${kindOf(gu)} differs`;
      add(k, `${m.text}: gold "${g.normalized_unit}" (${g.unit}) ours "${unitName(m)}" | ${c.text}`);
    }
    const mc = cands.find((x) => change(x) === g.change) ?? m;
    if (change(mc) !== g.change) add(`change: gold ${g.change} ours ${change(mc)}`, `${mc.text} | ${c.text}`);
  }
  for (const m of preds) if (!used.has(m)) add(`extra: ${m.kind}${m.unit ? ' ' + m.unit : ''}`.replace(/ (USD|EUR|GBP|[A-Z]{3})$/, ' money'), `${m.text}=${m.value} | ${c.text}`);
}
const sorted = [...classes].sort((a, b) => b[1].length - a[1].length);
if (list) for (const l of (classes.get(list) ?? sorted.find(([k]) => k.startsWith(list))?.[1] ?? []).slice(0, nShow)) console.log(l);
else for (const [k, v] of sorted) console.log(String(v.length).padStart(4), k);

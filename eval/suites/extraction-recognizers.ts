/**
 * Recognizers-Text English specs: share of cases whose expected values we all find (Number, Percent,
 * NumberWithUnit models), and the phone-number spec as a must-not-extract set (no mention may overlap a phone number).
 */
import { extractMentions } from '../../src/core/extract/index.js';
import type { EvalRow } from '../types.js';
import { close, pct, readJson } from './extraction-shared.js';

interface Res { Text: string; TypeName: string; Resolution?: { value?: string; unit?: string } }
interface Case { Input: string; Results: Res[]; NotSupported?: string; NotSupportedByDesign?: string }

function expectedValue(r: Res): number | null {
  const v = r.Resolution?.value;
  if (v === undefined || v === null) return null;
  const n = Number(String(v).replace(/%$/, ''));
  return Number.isFinite(n) ? n : null;
}

function coverage(file: string): [number, number] {
  const cases = readJson<Case[]>(file.startsWith('quantulum') ? file : 'recognizers-text/' + file).filter((c) => c.Results.length > 0);
  let ok = 0;
  let n = 0;
  for (const c of cases) {
    const want = c.Results.map(expectedValue).filter((v): v is number => v !== null);
    if (!want.length) continue;
    n++;
    const got = extractMentions(c.Input, 'rt');
    const vals = got.flatMap((m) => [m.value, m.low, m.high, ...(m.kind === 'percent' ? [] : [])]).filter((v): v is number => v !== null);
    if (want.every((w) => vals.some((v) => close(v, w)))) ok++;
  }
  return [ok, n];
}

export function scoreRecognizers(): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const f of ['Number/NumberModel.json', 'Number/PercentModel.json', 'NumberWithUnit/CurrencyModel.json', 'NumberWithUnit/DimensionModel.json', 'NumberWithUnit/TemperatureModel.json', 'NumberWithUnit/AgeModel.json']) {
    const [ok, n] = coverage(f);
    rows.push({ suite: 'extraction', metric: `recognizers.${f.split('/')[1]!.replace('.json', '')}.found`, value: pct(ok / n), n, note: 'share of spec cases whose expected values are all extracted' });
  }
  const phones = readJson<Case[]>('recognizers-text/Sequence/PhoneNumberModel.json').filter((c) => c.Results.length > 0);
  let clean = 0;
  for (const c of phones) {
    const got = extractMentions(c.Input, 'ph');
    const spans = c.Results.map((r) => {
      const s = c.Input.indexOf(r.Text);
      return [s, s + r.Text.length] as const;
    });
    if (!got.some((m) => spans.some(([s, e]) => s >= 0 && m.start < e && m.end > s))) clean++;
  }
  rows.push({ suite: 'extraction', metric: 'recognizers.PhoneNumber.no-mention', value: pct(clean / phones.length), n: phones.length, target: 100, note: 'share of phone numbers that yield no statistic' });
  return rows;
}

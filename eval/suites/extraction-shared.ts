/** Helpers shared by the extraction eval suites: reading the suites, comparing values, mapping our units to theirs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../../src/core/model/mention.js';

export const SUITES_DIR = join(process.cwd(), '..', 'shared', 'corpus', 'extraction-suites');

export function readJson<T>(rel: string): T {
  const raw = readFileSync(join(SUITES_DIR, rel), 'utf8').replace(/^\uFEFF/, '');
  return JSON.parse(raw) as T;
}

/** numpy.isclose(a, b, rtol=1e-5, atol=1e-8), as the CQE scorer uses. */
export const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);

/** Mentions that are quantities in the suites' sense (they annotate no years, dates or ordinals). */
export const isQuantity = (m: Mention): boolean => m.kind !== 'year' && m.kind !== 'date' && m.kind !== 'ordinal' && m.value !== null;

/** Our unit (or measure, for counts) as the NewsQuant/quantulum normalised unit name. */
const UNIT_NAMES: Record<string, string> = {
  USD: 'dollar', EUR: 'euro', GBP: 'pound sterling', JPY: 'japanese yen', CNY: 'chinese yuan', AUD: 'australian dollar',
  HKD: 'hong kong dollar', CAD: 'canadian dollar', INR: 'indian rupee', ILS: 'shekel', MYR: 'malaysian ringgit',
  '%': 'percentage', pp: 'percentage point', km: 'kilometre', mi: 'mile', m: 'metre', ft: 'foot', in: 'inch', yd: 'yard',
  cm: 'centimetre', mm: 'millimetre', kg: 'kilogram', g: 'gram', t: 'ton', lb: 'pound-mass', l: 'litre', oz: 'ounce',
  day: 'day', year: 'year', month: 'month', week: 'week', h: 'hour', min: 'minute', s: 'second', decade: 'decade',
  mph: 'mile per hour', 'km/h': 'kilometre per hour', hp: 'horsepower', GB: 'gigabyte', TB: 'terabyte', MB: 'megabyte',
  kW: 'kilowatt', MW: 'megawatt', GW: 'gigawatt', W: 'watt', '°C': 'celsius', '°F': 'fahrenheit', deg: 'degree',
  m2: 'square metre', km2: 'square kilometre', mi2: 'square mile', ft2: 'square foot', ha: 'hectare', acre: 'acre',
  ppb: 'parts-per-billion', ppm: 'part per million', bbl: 'barrel', gal: 'gallon', GHz: 'gigahertz', rpm: 'revolutions per minute',
  kWh: 'kilowatt hour', V: 'volt', kn: 'knot', Hz: 'hertz', kHz: 'kilohertz', MHz: 'megahertz', Mbps: 'megabit per second',
  ml: 'millilitre', pt: 'point', 'μm': 'micrometre', nm: 'nanometre', mAh: 'milliampere-hour', 'USD/100': 'cent', 'GBP/100': 'penny', '°': 'degree',
  kcal: 'calorie', bp: 'basis point', MWh: 'megawatt hour', GWh: 'gigawatt hour', TWh: 'terawatt hour', mg: 'milligram', mpg: 'mile per gallon',
  ksi: 'kilopound per square inch', MPa: 'megapascal', GPa: 'gigapascal', kPa: 'kilopascal', psi: 'pound per square inch', kV: 'kilovolt',
  PS: 'horsepower', lbft: 'foot pound-force', 'N·m': 'newton metre', Gt: 'gigaton', Mt: 'megaton', ft3: 'cubic foot', m3: 'cubic metre',
  nmi: 'nautical mile', pint: 'pint', qt: 'quart', century: 'century', Gbps: 'gigabit per second', kbps: 'kilobit per second',
  NZD: 'new zealand dollar', SGD: 'singapore dollar', DKK: 'danish krone', SEK: 'swedish krona', NOK: 'norwegian krone', ZAR: 'south african rand',
  KRW: 'south korean won', CHF: 'swiss franc', MXN: 'mexican peso', RUB: 'russian ruble', TRY: 'turkish lira', BRL: 'brazilian real', NGN: 'nigerian naira',
  tbsp: 'tablespoon', tsp: 'teaspoon'
};
/** Our unit name, plus the rate period of timeFrame ("40 hours a week" → hour per week, "3,000 tests a day" → test per day). */
export function unitName(m: Mention): string {
  const base = baseUnitName(m);
  const per = m.timeFrame?.startsWith('per ') ? m.timeFrame.slice(4) : null;
  return per && !base.includes(' per ') && base !== '-' && !base.startsWith('%') ? `${base} per ${per}` : base;
}

function baseUnitName(m: Mention): string {
  if (m.unit) {
    if (m.measure === 'age' && (m.unit === 'year' || m.unit === 'month' || m.unit === 'week' || m.unit === 'day')) return `${m.unit} of age`;
    if (UNIT_NAMES[m.unit]) return UNIT_NAMES[m.unit]!;
    // "USD/100/share": cents per share
    const sub = /^([A-Z]{3}\/100)\/(.+)$/.exec(m.unit);
    if (sub) return `${UNIT_NAMES[sub[1]!] ?? sub[1]} per ${UNIT_NAMES[sub[2]!] ?? sub[2]}`;
    const [num, den] = m.unit.split('/');
    const a = UNIT_NAMES[num!] ?? num!.toLowerCase();
    return den ? `${a} per ${UNIT_NAMES[den] ?? den}` : a;
  }
  // a fraction of a population: NewsQuant writes "% <population>" ("% US population", "% -" when none is named)
  if (m.kind === 'ratio' && !m.tally) return `% ${m.denominator ? m.noun ?? m.denominator : '-'}`;
  if (m.measure === 'person') return 'people';
  if (m.measure === 'time') return 'count'; // "four times"
  // counts: the counted noun phrase as NewsQuant writes it (modifiers and the lemmatised head), else its head
  return m.noun ?? m.measure ?? '-';
}
/**
 * NewsQuant and quantulum3 write a stated change "from X to Y" as one range quantity; we read its two levels (change
 * `from` and `to`, the delta on the `to`). Join each such pair back into that range before scoring.
 */
export function joinFromTo(ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1];
    // only in the written order "from X to Y": NewsQuant annotates "to Y from X" as two values as often as as a range
    // and only a pair: the `to` level's delta is measured from this `from` level ("to A from B, while … to C from D"
    // pairs A with B and C with D, never B with C)
    if (a.change === 'from' && b?.change === 'to' && b.delta !== undefined && a.value !== null && b.value !== null &&
      close(b.delta, b.value - a.value)) {
      const { change: _c, direction: _d, delta: _x, ...rest } = b;
      out.push({ ...rest, text: `${a.text} … ${b.text}`, start: a.start, qualifier: 'range', trend: null,
        low: Math.min(a.value, b.value), high: Math.max(a.value, b.value), value: (a.value + b.value) / 2 });
      k++;
    } else out.push(a);
  }
  return out;
}
export const pct = (x: number) => Math.round(x * 1000) / 10;
export function prf(tp: number, npred: number, ngold: number): [number, number, number] {
  const p = npred ? tp / npred : 0;
  const r = ngold ? tp / ngold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

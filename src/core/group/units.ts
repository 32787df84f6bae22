// Unit dimensions and conversion to one base unit per dimension, so "3.6 million km²" and "1.39 million sq mi"
// can meet. Currency is a dimension of its own per currency (no exchange rates: a checker compares like with like).

const TO_BASE: Record<string, { dim: string; factor: number; base: string }> = {
  km2: { dim: 'area', factor: 1, base: 'km2' },
  mi2: { dim: 'area', factor: 2.589988, base: 'km2' },
  sqmi: { dim: 'area', factor: 2.589988, base: 'km2' },
  m2: { dim: 'area', factor: 1e-6, base: 'km2' },
  ha: { dim: 'area', factor: 0.01, base: 'km2' },
  hectare: { dim: 'area', factor: 0.01, base: 'km2' },
  acre: { dim: 'area', factor: 0.00404686, base: 'km2' },
  km: { dim: 'length', factor: 1, base: 'km' },
  mi: { dim: 'length', factor: 1.609344, base: 'km' },
  mile: { dim: 'length', factor: 1.609344, base: 'km' },
  m: { dim: 'length', factor: 0.001, base: 'km' },
  kg: { dim: 'mass', factor: 1, base: 'kg' },
  t: { dim: 'mass', factor: 1000, base: 'kg' },
  tonne: { dim: 'mass', factor: 1000, base: 'kg' },
  lb: { dim: 'mass', factor: 0.45359237, base: 'kg' },
};

export interface Dim {
  /** Dimension key used for blocking, e.g. `area`, `USD/year`, `count`, `%`. */
  dim: string;
  factor: number;
  base: string | null;
  /** The unit carries context by itself (money, area...): equal values may meet without a measure noun. */
  selfDescribing: boolean;
}

const ANNUAL = /\b(?:a|per|each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b|\bper annum\b|\/\s*y(?:ea)?r\b/i;

export function dimension(unit: string | null, kind: string, context: string): Dim {
  if (!unit) return { dim: kind === 'percent' ? '%' : 'count', factor: 1, base: kind === 'percent' ? '%' : null, selfDescribing: false };
  const u = unit.trim();
  const key = u.toLowerCase().replace(/²/g, '2').replace(/\s+/g, '');
  const conv = TO_BASE[key];
  if (conv) return { dim: conv.dim, factor: conv.factor, base: conv.base, selfDescribing: true };
  if (kind === 'money' || /^[A-Z]{3}(?:\/\w+)?$/.test(u)) {
    // "$40 million a year" may arrive as USD + a time frame, or already as USD/year.
    const cur = u.split('/')[0]!;
    const rate = u.includes('/') ? u.slice(u.indexOf('/')) : ANNUAL.test(context) ? '/year' : '';
    return { dim: cur + rate, factor: 1, base: cur + rate, selfDescribing: true };
  }
  if (u === '%' || u === 'pp') return { dim: u, factor: 1, base: u, selfDescribing: false };
  return { dim: u, factor: 1, base: u, selfDescribing: u !== 'year' };
}

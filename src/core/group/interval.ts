// The interval a mention commits to, read the way a checker reads a figure. Two readings:
// - `strict`: the hedge only ("about" ±10%, "over" open-ended, "nearly" just below), no slack for rounding;
// - `loose`: the hedge plus the precision the writer gave. A figure with trailing zeros or few decimals may be rounded
//   (half a unit of its last written digit either way) or truncated ("$43 million" for 43.9 million: up to one unit
//   above), but never by more than a tenth of the value: nobody writes "$1 million" for $500,000. "over X" keeps no
//   slack below X.
// Contested means the loose intervals of two independent sources cannot both hold; `roundingOnly` means the strict
// ones cannot but the loose ones can (8,000 vs 8,400).
import type { Mention } from '../model/index.js';

/** The unit of the last written significant digit: 8,000 → 1,000; 13.6 million → 100,000; 1,576 → 0 (exact). */
export function lastDigitUnit(v: number, kind: string): number {
  const a = Math.abs(v);
  if (!Number.isFinite(a) || a === 0 || kind === 'year' || kind === 'date' || kind === 'ordinal') return 0;
  if (!Number.isInteger(a)) {
    const decimals = Math.min(6, (String(+a.toPrecision(12)).split('.')[1] ?? '').length);
    return Math.pow(10, -decimals);
  }
  let z = 0, x = a;
  while (x % 10 === 0) { x /= 10; z++; }
  return z === 0 ? 0 : Math.pow(10, z);
}

/** Significant digits as written (8,000 → 1; 43,885,310 → 7; 35.72 → 4). */
export function significantDigits(v: number): number {
  const s = String(+Math.abs(v).toPrecision(12)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, s.length);
}

export interface Intervals { strict: [number, number]; loose: [number, number] }

export function intervalsOf(m: Mention, factor = 1): Intervals | null {
  const v = m.value;
  if (v === null && (m.low === null || m.high === null)) return null;
  let lo: number, hi: number;
  if (m.qualifier === 'range' && m.low !== null && m.high !== null) { lo = m.low; hi = m.high; }
  else {
    const x = v ?? (m.low! + m.high!) / 2;
    switch (m.qualifier) {
      case 'over': lo = x; hi = Infinity; break;
      case 'under': lo = m.kind === 'year' ? x : Math.min(x * 0.8, m.low ?? x); hi = x; break;
      case 'about': lo = x * 0.9; hi = x * 1.1; break;
      default: lo = x; hi = x;
    }
    if (m.kind === 'year') { lo = x; hi = m.qualifier === 'over' ? Infinity : x; }
  }
  const strict: [number, number] = [Math.min(lo, hi) * factor, Math.max(lo, hi) * factor];
  const u = v === null || m.qualifier === 'range' ? 0 : lastDigitUnit(v, m.kind);
  const cap = Math.abs(v ?? 0) * 0.1;
  // "over $10,000": the writer rounded the figure down and then said "more", so nothing below X can hold (decision
  // 0015); with slack, an exact $9,587.64 for something else met it and chained into one contested amount.
  const down = m.qualifier === 'over' ? 0 : Math.min(u / 2, cap), up = Math.min(u, cap);
  const loose: [number, number] = [(strict[0] / factor - down) * factor, (strict[1] / factor + up) * factor];
  return { strict, loose };
}

/**
 * Two figures one step apart in a single digit, as written: 2018 / 2019, seven / eight, 5,687.75 / 5,587.75. This is
 * how one figure often goes wrong between outlets (an off-by-one end year or count, a mistyped digit), so a checker is
 * told when a disagreement has this shape (status.ts). Only close figures count (the step at most 15% of the larger):
 * 10 / 20 or $1 / $2 million are not slips. Not a pair feature: fitted on the few labelled disagreements it outweighed
 * the words and joined different things one year apart (decision 0014).
 */
export function digitSlip(x: number, y: number): boolean {
  const d = Math.abs(x - y), m = Math.max(Math.abs(x), Math.abs(y));
  if (!(d > 0) || d > 0.15 * m) return false;
  const k = Math.round(Math.log10(d));
  return k >= -2 && Math.abs(d - Math.pow(10, k)) <= 1e-9 * m;
}

/** Compatibility kept for callers that want one interval: the loose reading. */
export function intervalOf(m: Mention, factor = 1): [number, number] | null {
  return intervalsOf(m, factor)?.loose ?? null;
}

export const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

/** A vote tally: votes for / against, or unanimous (against = 0, for unknown). */
export interface Tally { for: number | null; against: number }

/** The tally the extractor attached, else one read from the mention and the words right after it ("134 to 63"). */
export function tallyOf(m: Mention, after = ''): Tally | null {
  const given = m.tally;
  if (given && (given.against !== null || given.unanimous)) return { for: given.for, against: given.unanimous ? 0 : given.against! };
  const t = `${m.text}${after.slice(0, 24)}`;
  const d = t.match(/^\D{0,20}?\b(\d{1,4})\s*(?:votes?\s+)?(?:-|–|—|to|-to-|against)\s*(\d{1,4})\b(?!\s*(?:percent|%|years?|months?|days?|-year))/);
  if (d && (m.kind === 'ratio' || /\bvot|\bballot|\btally|\b(?:won|wins?|beat|defeated|elected)\b/i.test(m.sentence ?? ''))) return { for: Number(d[1]), against: Number(d[2]) };
  if (/\bunanimous(?:ly)?\b|\bwithout (?:a )?dissent|\bno (?:votes )?against\b/i.test(m.text)) return { for: null, against: 0 };
  return null;
}

export function talliesAgree(a: Tally, b: Tally): boolean {
  return a.against === b.against && (a.for === null || b.for === null || a.for === b.for);
}

// The interval a mention commits to. The extractor fills low/high (hedge + implicit rounding); when it
// cannot, fall back to the same rules so status logic never sees a bare point for "about 4,000".
import type { Mention } from '../model/index.js';

/** Half a unit of the last significant digit of a round number: 8,000 → ±500; 240 → ±0. */
function roundingSlack(v: number): number {
  const a = Math.abs(v);
  if (!Number.isInteger(a) || a < 10) return 0;
  let z = 0, x = a;
  while (x % 10 === 0 && x > 0) { x /= 10; z++; }
  return z === 0 ? 0 : Math.pow(10, z) / 2;
}

export function intervalOf(m: Mention, factor = 1): [number, number] | null {
  let lo = m.low, hi = m.high;
  if (lo === null && hi === null) {
    const v = m.value;
    if (v === null) return null;
    const s = m.kind === 'year' ? 0 : roundingSlack(v);
    switch (m.qualifier) {
      case 'over': lo = v; hi = Infinity; break;
      case 'under': lo = m.kind === 'year' ? v : v * 0.85; hi = v; break;
      case 'about': lo = Math.min(v * 0.9, v - s); hi = Math.max(v * 1.1, v + s); break;
      default: lo = v - s; hi = v + s;
    }
  }
  lo ??= -Infinity;
  hi ??= Infinity;
  return [lo * factor, hi * factor];
}

/** A vote tally: votes for / against, or unanimous (against = 0, for unknown). */
export interface Tally { for: number | null; against: number }

export function tallyOf(m: Mention): Tally | null {
  // The extractor may attach both sides (`tally`); otherwise re-read them from the surface text.
  const given = (m as Mention & { tally?: { for: number | null; against: number | null; unanimous?: boolean } }).tally;
  if (given && (given.against !== null || given.unanimous)) return { for: given.for, against: given.unanimous ? 0 : given.against! };
  const t = `${m.text}`;
  const d = t.match(/\b(\d{1,4})\s*(?:votes?\s+)?(?:-|–|—|:|to|against)\s*(\d{1,4})\b/);
  if (d) return { for: Number(d[1]), against: Number(d[2]) };
  if (/\bunanimous(?:ly)?\b|\bwithout (?:a )?dissent|\bno (?:votes )?against\b/i.test(t)) return { for: null, against: 0 };
  return null;
}

export function talliesAgree(a: Tally, b: Tally): boolean {
  return a.against === b.against && (a.for === null || b.for === null || a.for === b.for);
}

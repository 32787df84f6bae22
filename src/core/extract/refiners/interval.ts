/**
 * low/high from the hedge and the implicit precision of the written number (table in docs/extraction.md):
 *   exact  → value ± precision (a figure with k trailing zeros covers ±0.5×10^k; "3.4 billion" ±0.05 billion)
 *   about  → value ± max(10% of value, precision)
 *   over   → [value, value × 1.5]           (open-ended in the source; 1.5× is our documented cap)
 *   under  → [value × 0.8, value]
 *   range  → the bounds as written (set by the range parser)
 * Decades and centuries become years first ("nearly two decades" = under 20 years).
 * Counts cannot be negative; low is floored at 0 for every kind except temperature.
 */
import type { Refiner } from '../types.js';

const YEARS_PER: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { decade: 10, century: 100 });

export const intervalRefiner: Refiner = {
  name: 'interval',
  refine(_ctx, drafts) {
    for (const d of drafts) {
      // "nearly two decades" is 20 years, "a century" 100: long periods are counted in years, like "decade-old"
      const years = d.kind === 'duration' ? YEARS_PER[d.unit ?? ''] : undefined;
      if (years) {
        if (d.value !== null) d.value *= years;
        if (d.low !== null) d.low *= years;
        if (d.high !== null) d.high *= years;
        d.precision *= years;
        d.unit = 'year';
      }
      if (d.qualifier === 'range' || d.value === null) {
        if (d.value === null && d.low !== null && d.high !== null && d.qualifier === 'range' && d.kind !== 'year') d.value = (d.low + d.high) / 2;
        continue;
      }
      const v = d.value;
      const p = d.kind === 'year' || d.kind === 'date' || d.kind === 'ordinal' ? 0 : d.precision;
      const a = Math.abs(v);
      switch (d.qualifier) {
        case 'exact':
          d.low = v - p;
          d.high = v + p;
          break;
        case 'about': {
          const w = Math.max(0.1 * a, p);
          d.low = v - w;
          d.high = v + w;
          break;
        }
        case 'over':
          d.low = v;
          d.high = v + 0.5 * a;
          break;
        case 'under':
          d.low = v - 0.2 * a;
          d.high = v;
          break;
      }
      if (d.unit !== '°C' && d.unit !== '°F' && v >= 0 && d.low! < 0) d.low = 0;
    }
    return drafts;
  },
};

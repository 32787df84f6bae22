/**
 * The general case: a number with its currency, scale and unit ("$400 million", "24,000", "7 percent",
 * "3.6 million square kilometres", "two weeks"). Kind from the unit: money, percent, measure, duration, count.
 */
import { readQuantity } from '../read-quantity.js';
import { draft, type Parser } from '../types.js';

export const quantityParser: Parser = {
  name: 'quantity',
  parse(ctx, i) {
    const q = readQuantity(ctx.tokens, i);
    if (!q) return null;
    // the fields set on the draft, not passed as an `extra` object: no literal and no Object.assign for most drafts
    const d = draft(i, q.end, q.kind, q.value);
    d.unit = q.unit;
    d.precision = q.precision;
    if (q.plus) d.qualifier = 'over';
    return d;
  },
};

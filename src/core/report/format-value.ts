// Numbers as a checker reads them in every report and in the CLI: hedge words, ranges with an en dash, units.
import type { Mention, Qualifier } from '../model/index.js';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 2 });

/** Years print as written (2021, not 2,021). */
export function formatNumber(value: number, unit: string | null): string {
  return (unit === 'year' ? plain : grouped).format(value);
}

const HEDGE: Record<Qualifier, string> = { exact: '', range: '', over: 'over ', about: 'about ', under: 'under ' };

/** What a source stated: the mention's words, its value and interval, hedge and unit. */
export type StatedValue = Pick<Mention, 'text' | 'value' | 'low' | 'high' | 'qualifier' | 'unit'>;

/** "over 4,000", "12–15", "about 300,000,000 EUR"; the mention's own words when it has no value. */
export function statedValue(v: StatedValue): string {
  const num = v.qualifier === 'range' && v.low !== null && v.high !== null
    ? `${formatNumber(v.low, v.unit)}–${formatNumber(v.high, v.unit)}`
    : v.value === null ? v.text : formatNumber(v.value, v.unit);
  // The unit keeps "36" from reading as a count when the source said "36 hours" (years need none).
  const unit = v.unit && v.unit !== 'year' && v.value !== null ? ` ${v.unit}` : '';
  return `${HEDGE[v.qualifier]}${num}${unit}`;
}

/** An accepted value or interval: "1,200" or "1,150–1,250 EUR". */
export function formatInterval(low: number, high: number, unit: string | null): string {
  const num = low === high ? formatNumber(low, unit) : `${formatNumber(low, unit)}–${formatNumber(high, unit)}`;
  return unit && unit !== 'year' ? `${num} ${unit}` : num;
}

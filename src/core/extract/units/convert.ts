/**
 * Unit conversion for grouping: `toBase(value, unit)` puts a value in the base unit of its dimension so two
 * mentions in different units ("3.6 million km2" vs "1.39 million square miles") can be compared.
 * Money is not converted between currencies (rates change over time); its dimension names the currency.
 * Rates ("USD/year") convert the numerator and keep the denominator in the dimension name.
 */
import { dict } from '../lexicon/dict.js';
export interface BaseValue {
  value: number;
  /** e.g. 'length' (km), 'area' (km2), 'mass' (kg), 'temperature' (°C), 'volume' (l), 'time' (day),
   *  'percent', 'money:USD', 'count', or '<dimension>/<per-unit>' for rates. */
  dimension: string;
  /** The base unit the value is expressed in. */
  unit: string;
}

const LINEAR: Record<string, [string, string, number]> = dict({
  km: ['length', 'km', 1], m: ['length', 'km', 1e-3], cm: ['length', 'km', 1e-5], mm: ['length', 'km', 1e-6],
  mi: ['length', 'km', 1.609344], nm: ['length', 'km', 1e-12], 'μm': ['length', 'km', 1e-9], nmi: ['length', 'km', 1.852], ft: ['length', 'km', 0.0003048], in: ['length', 'km', 0.0000254],
  yd: ['length', 'km', 0.0009144],
  km2: ['area', 'km2', 1], mi2: ['area', 'km2', 2.589988110336], m2: ['area', 'km2', 1e-6], ha: ['area', 'km2', 0.01],
  acre: ['area', 'km2', 0.00404685642], ft2: ['area', 'km2', 9.290304e-8],
  kg: ['mass', 'kg', 1], g: ['mass', 'kg', 1e-3], mg: ['mass', 'kg', 1e-6], t: ['mass', 'kg', 1000], lb: ['mass', 'kg', 0.45359237],
  oz: ['mass', 'kg', 0.028349523125],
  l: ['volume', 'l', 1], ml: ['volume', 'l', 1e-3], gal: ['volume', 'l', 3.785411784], bbl: ['volume', 'l', 158.987294928], m3: ['volume', 'l', 1000],
  s: ['time', 'day', 1 / 86400], min: ['time', 'day', 1 / 1440], h: ['time', 'day', 1 / 24], day: ['time', 'day', 1],
  week: ['time', 'day', 7], month: ['time', 'day', 30.436875], year: ['time', 'day', 365.2425], decade: ['time', 'day', 3652.425],
  century: ['time', 'day', 36524.25],
  'km/h': ['speed', 'km/h', 1], mph: ['speed', 'km/h', 1.609344], kn: ['speed', 'km/h', 1.852],
  '%': ['percent', '%', 1], pp: ['percent-point', 'pp', 1], bp: ['percent-point', 'pp', 0.01],
  W: ['power', 'kW', 1e-3], kW: ['power', 'kW', 1], MW: ['power', 'kW', 1e3], GW: ['power', 'kW', 1e6],
  kWh: ['energy', 'kWh', 1], MWh: ['energy', 'kWh', 1e3], GWh: ['energy', 'kWh', 1e6], TWh: ['energy', 'kWh', 1e9],
});

/** Time denominators of rates ("USD/year"), normalised to per-year so "a month" and "a year" rates compare. */
const PER_YEAR: Record<string, number> = dict({ year: 1, month: 12, week: 52.1775, day: 365.2425, h: 8765.82 });

export function toBase(value: number, unit: string | null): BaseValue {
  if (unit === null || unit === '') return { value, dimension: 'count', unit: '' };
  const slash = unit.indexOf('/');
  if (slash > 0 && !LINEAR[unit]) {
    const num = unit.slice(0, slash);
    const den = unit.slice(slash + 1);
    if (den === '100') return toBase(value / 100, num); // cents, pence
    if (den.startsWith('100/')) return toBase(value / 100, `${num}${den.slice(3)}`); // cents per share
    const inner = toBase(value, num);
    const perYear = PER_YEAR[den];
    if (perYear !== undefined) return { value: inner.value * perYear, dimension: `${inner.dimension}/year`, unit: `${inner.unit}/year` };
    return { value: inner.value, dimension: `${inner.dimension}/${den}`, unit: `${inner.unit}/${den}` };
  }
  if (unit === '°C') return { value, dimension: 'temperature', unit: '°C' };
  if (unit === '°F') return { value: ((value - 32) * 5) / 9, dimension: 'temperature', unit: '°C' };
  const lin = LINEAR[unit];
  if (lin) return { value: value * lin[2], dimension: lin[0], unit: lin[1] };
  if (/^[A-Z]{3}$/.test(unit)) return { value, dimension: `money:${unit}`, unit };
  return { value, dimension: unit, unit };
}

/** True when two unit strings measure the same dimension (so their base values can be compared). */
export function sameDimension(a: string | null, b: string | null): boolean {
  return toBase(1, a).dimension === toBase(1, b).dimension;
}

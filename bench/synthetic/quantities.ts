// How outlets write one statistic: exact, rounded with a hedge, as a range, or a disputed figure.
import { pick, type Rng } from '../lib/rng.js';
import type { StatKind } from './events.js';

const HEDGES = ['about', 'nearly', 'more than', 'at least', 'almost', 'some', 'up to', 'fewer than', 'roughly', 'over'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export function roundSig(v: number, digits: number): number {
  if (v === 0) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - digits + 1);
  return Math.round(v / p) * p;
}

const commas = (v: number): string => Math.round(v).toLocaleString('en-US');

function money(r: Rng, v: number): string {
  const cur = pick(r, ['$', '$', '€', '£']);
  if (v >= 1e9) return `${cur}${+(v / 1e9).toFixed(1)} ${r() < 0.7 ? 'billion' : 'bn'}`;
  if (v >= 1e6) return `${cur}${+(v / 1e6).toFixed(1)} ${r() < 0.8 ? 'million' : 'm'}`;
  return `${cur}${commas(v)}`;
}

export function formatValue(r: Rng, kind: StatKind, v: number): string {
  switch (kind) {
    case 'count':
      if (v >= 2 && v <= 12 && r() < 0.5) return NUMBER_WORDS[v - 2]!;
      if (v >= 1e6 && r() < 0.6) return `${+(v / 1e6).toFixed(1)} million`;
      return commas(v);
    case 'money': return money(r, v);
    case 'percent': return r() < 0.6 ? `${v}%` : `${v} percent`;
    case 'area': return r() < 0.5 ? `${commas(v)} hectares` : `${commas(v / 100)} square kilometres`;
    case 'duration': return v > 48 && r() < 0.3 ? `${Math.round(v / 24)} days` : `${v} ${v < 24 && r() < 0.5 ? 'hours' : 'days'}`;
    case 'length': return r() < 0.7 ? `${commas(v)} metres` : `${commas(v)}m`;
    case 'rainfall': return r() < 0.7 ? `${commas(v)} millimetres` : `${commas(v)}mm`;
  }
}

/** One outlet's rendering of the true value: mostly faithful, sometimes rounded and hedged, sometimes disputed. */
export function report(r: Rng, kind: StatKind, truth: number): string {
  const u = r();
  if (u < 0.55) return formatValue(r, kind, truth);
  if (u < 0.85) {
    const rounded = kind === 'percent' ? Math.round(truth) : Math.max(1, roundSig(truth, 2));
    return `${pick(r, HEDGES)} ${formatValue(r, kind, rounded)}`;
  }
  if (u < 0.92 && kind !== 'duration') {
    const lo = kind === 'percent' ? Math.floor(truth) : roundSig(truth * 0.9, 2);
    const hi = kind === 'percent' ? Math.ceil(truth + 1) : roundSig(truth * 1.1, 2);
    return `between ${formatValue(r, kind, lo)} and ${formatValue(r, kind, hi)}`;
  }
  // A disputed figure: another source, another count.
  const f = 0.6 + r() * 0.9;
  const v = kind === 'percent' ? Math.round(truth * f * 10) / 10 : Math.max(1, Math.round(truth * f));
  return formatValue(r, kind, v);
}

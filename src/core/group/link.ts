// Pairwise link decision between two mentions of one block. Returns the link strength:
// 3 strong (same measure class), 2 medium (one side lacks the noun but both share a defining event),
// 1 weak (self-describing unit like money or area, equal values only), 0 none.
// Weak links may corroborate but never make a quantity contested (precision for the verdict board).
import type { Feat } from './features.js';
import { talliesAgree } from './interval.js';
import { framesCompatible } from './time-frame.js';
import { keysCompatible } from './subject.js';

export const STRONG_RATIO = 3;
export const MEDIUM_RATIO = 1.5;

function overlap(a: [number, number] | null, b: [number, number] | null): boolean {
  return !!a && !!b && a[0] <= b[1] && b[0] <= a[1];
}

function ratio(a: number | null, b: number | null): number {
  if (a === null || b === null) return Infinity;
  const x = Math.abs(a), y = Math.abs(b);
  if (x === 0 || y === 0) return x === y ? 1 : Infinity;
  return Math.max(x, y) / Math.min(x, y);
}

/** Classes whose noun says little by itself: the verb must agree too ("people displaced" vs "people living"). */
function eventSensitive(cls: string | null): boolean {
  return cls === 'people' || (cls !== null && cls.startsWith('='));
}

export function linkStrength(a: Feat, b: Feat, aliases: Map<string, Set<string>>): number {
  if (a.family !== b.family || a.dim.dim !== b.dim.dim) return 0;
  if (!framesCompatible(a.frame, b.frame)) return 0;
  if (!keysCompatible(a.subject, b.subject, aliases)) return 0;
  // One writer giving two different figures for one noun usually means two things ("four companies, two of them
  // abroad"): never link them directly. They can still meet through other sources that state either figure.
  if (a.m.articleId === b.m.articleId && a.family !== 'vote' && a.iv && b.iv && !overlap(a.iv, b.iv)) return 0;
  switch (a.family) {
    case 'vote':
      return a.tally && b.tally ? 3 : 0;
    case 'year':
      return a.eClass !== null && a.eClass === b.eClass ? 3 : 0;
    case 'plain':
      return a.m.kind === b.m.kind && a.value !== null && a.value === b.value &&
        (a.m.event ?? '') === (b.m.event ?? '') && (a.measure ?? '') === (b.measure ?? '') ? 1 : 0;
  }
  const weak = a.dim.selfDescribing && overlap(a.iv, b.iv) ? 1 : 0;
  if (a.eClass !== b.eClass) return a.eClass && b.eClass ? 0 : weak; // "a loss of" vs nothing: only equal money/areas meet
  if (a.mClass && b.mClass) {
    if (a.mClass !== b.mClass) return 0;
    if (eventSensitive(a.mClass) && !a.eClass && a.m.event && b.m.event && a.m.event !== b.m.event) return 0;
    return ratio(a.value, b.value) <= STRONG_RATIO ? 3 : 0;
  }
  if (a.eClass) return ratio(a.value, b.value) <= MEDIUM_RATIO ? 2 : 0;
  return weak;
}

export { talliesAgree };

// Per-mention features the grouper compares: family (how it may join), unit dimension, base-unit interval,
// measure class, defining event class, subject, time frame. Computed once per mention (linear).
import type { Mention } from '../model/index.js';
import { intervalOf, tallyOf, type Tally } from './interval.js';
import { DEFINING_FOR_COUNTS, DEFINING_FOR_YEARS, eventClass, isPowerSeizure, lemma, measureClass } from './lexicon.js';
import { frameOf, type Frame } from './time-frame.js';
import { subjectKey, type SubjectKey } from './subject.js';
import { dimension, type Dim } from './units.js';

export type Family = 'num' | 'year' | 'vote' | 'plain';

export interface Feat {
  m: Mention;
  family: Family;
  dim: Dim;
  value: number | null;
  iv: [number, number] | null;
  mClass: string | null;
  /** Event class, only when it defines the quantity for this family (death, vote, coup...). */
  eClass: string | null;
  measure: string | null;
  frame: Frame;
  subject: SubjectKey;
  tally: Tally | null;
}

const AUX = new Set('have has had been be being was were is are will would and'.split(' '));
const YEAR_IN_TEXT = /\b(1[89]\d\d|20\d\d)\b/;

/** Nearest event word around the mention in its sentence (auxiliaries skipped; ties go to the words after). */
function windowEvent(m: Mention, before: number, after: number, allowed: Set<string>): string | null {
  const s = m.sentence ?? '';
  const at = s.indexOf(m.text);
  if (at < 0) return null;
  const pre = s.slice(0, at).toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const post = s.slice(at + m.text.length).toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const own = m.text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const cls = (w: string) => {
    const c = eventClass(IRREGULAR[w] ?? w) ?? (isPowerSeizure(w, s) ? 'coup' : null);
    return c && allowed.has(c) ? c : null;
  };
  for (const w of own) { const c = cls(w); if (c) return c; }
  let bestPre: [number, string] | null = null, bestPost: [number, string] | null = null;
  for (let i = pre.length - 1, d = 0; i >= 0 && d < before; i--) {
    if (AUX.has(pre[i]!)) continue;
    d++;
    const c = cls(pre[i]!);
    if (c) { bestPre = [d, c]; break; }
  }
  for (let i = 0, d = 0; i < post.length && d < after; i++) {
    if (AUX.has(post[i]!)) continue;
    d++;
    const c = cls(post[i]!);
    if (c) { bestPost = [d, c]; break; }
  }
  if (bestPre && bestPost) return bestPost[0] <= bestPre[0] ? bestPost[1] : bestPre[1];
  return (bestPost ?? bestPre)?.[1] ?? null;
}

const IRREGULAR: Record<string, string> = { began: 'begin', begun: 'begin', founded: 'found', lost: 'lose', died: 'die', dying: 'die', ended: 'end', set: 'set up', took: 'take', seized: 'seize', costly: 'cost', spent: 'spend', paid: 'pay' };

function isUntil(m: Mention): boolean {
  const s = m.sentence ?? '';
  const at = s.indexOf(m.text);
  const pre = at >= 0 ? s.slice(Math.max(0, at - 14), at) : '';
  return /\b(?:until|till|through|by)\s+(?:the\s+end\s+of\s+)?$/i.test(pre) || /\buntil\b/i.test(m.timeFrame ?? '');
}

export function featuresOf(m: Mention): Feat {
  // "an annual budget of $40 million": the rate word often sits just before the number.
  const sent = m.sentence ?? '';
  const at = sent.indexOf(m.text);
  const before = at > 0 ? sent.slice(Math.max(0, at - 30), at) : '';
  const context = `${before.split(/[,;:]/).pop() ?? ''} ${m.text} ${m.timeFrame ?? ''}`;
  const dim = dimension(m.unit, m.kind, context);
  const measure = lemma(m.measure) ?? (/\d-strong\b/i.test(m.text) ? 'strength' : null);
  const mClass = measureClass(measure);
  const frame = frameOf(m.timeFrame);
  const base: Omit<Feat, 'family' | 'eClass' | 'value' | 'iv' | 'tally'> = { m, dim, mClass, measure, frame, subject: subjectKey(m.subject) };
  const ev = eventClass(IRREGULAR[m.event ?? ''] ?? m.event);
  const tally = tallyOf(m);
  // Dates and durations can look like tallies ("3-4 May"): only counts and ratios are votes.
  const votable = m.kind === 'ratio' || m.kind === 'count';
  if (votable && (ev === 'vote' || mClass === 'vote' || (tally && (m.kind === 'ratio' || /\bvot/i.test(m.sentence ?? ''))))) {
    if (tally) return { ...base, family: 'vote', eClass: 'vote', value: tally.for, iv: null, tally };
  }
  const yearMatch = (m.kind === 'year' || m.kind === 'date') ? m.text.match(YEAR_IN_TEXT) : null;
  if (yearMatch) {
    let cls = (ev && DEFINING_FOR_YEARS.has(ev) ? ev : null) ?? windowEvent(m, 6, 3, DEFINING_FOR_YEARS);
    if (!cls && mClass === 'agreement') cls = 'agreement';
    if (cls === 'start' && isUntil(m)) cls = 'end';
    const y = m.kind === 'year' && m.value !== null ? m.value : Number(yearMatch[1]);
    if (cls || m.kind === 'year') {
      const family: Family = cls ? 'year' : 'plain';
      return { ...base, family, eClass: cls, value: y, iv: [y, y], tally: null, dim: { dim: 'year', factor: 1, base: 'year', selfDescribing: false } };
    }
  }
  if (m.kind === 'date' || m.kind === 'ordinal' || m.kind === 'duration' || m.kind === 'year') {
    return { ...base, family: 'plain', eClass: null, value: m.value, iv: intervalOf(m), tally: null };
  }
  let eClass = (ev && DEFINING_FOR_COUNTS.has(ev) ? ev : null) ?? windowEvent(m, 4, 3, DEFINING_FOR_COUNTS);
  // "The vote triggers the departure of 900 troops": a vote or a cost only defines a count of votes or money.
  if ((eClass === 'vote' || eClass === 'cost') && mClass && mClass !== eClass) eClass = null;
  const value = m.value === null ? null : m.value * dim.factor;
  return { ...base, family: 'num', eClass, value, iv: intervalOf(m, dim.factor), tally: null };
}

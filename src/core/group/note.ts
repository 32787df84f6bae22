// Human text for a quantity: the label and the note a checker reads on the verdict board.
import type { Feat } from './features.js';
import type { StatusResult } from './status.js';
import { displaySubject } from './subject.js';

const QUAL: Record<string, string> = { exact: '', over: 'over ', about: 'about ', under: 'under ', range: '' };

export function fmtNumber(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e9) return `${+(v / 1e9).toPrecision(3)} billion`;
  if (a >= 1e6) return `${+(v / 1e6).toPrecision(3)} million`;
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(+v.toPrecision(4));
}

/** "250–320 million", not "250 million–320 million". */
export function fmtRange(low: number, high: number): string {
  const [a, b] = [fmtNumber(low), fmtNumber(high)];
  const scale = / (million|billion)$/.exec(b)?.[0];
  return scale && a.endsWith(scale) ? `${a.slice(0, -scale.length)}–${b}` : `${a}–${b}`;
}

function display(f: Feat): string {
  if (f.tally || f.dim === 'year' || f.dim.startsWith('date') || f.m.value === null) return f.m.text.trim();
  const unit = f.m.unit && f.m.unit !== 'year' ? ` ${f.m.unit}` : '';
  // A range is shown as stated, not as its midpoint: "€250–320 million" must not read as "285 million".
  if (f.m.qualifier === 'range' && f.m.low !== null && f.m.high !== null && f.m.low !== f.m.high) {
    return `${fmtRange(f.m.low, f.m.high)}${unit}`;
  }
  return `${QUAL[f.m.qualifier] ?? ''}${fmtNumber(f.m.value)}${unit}`;
}

/** The counted nouns the mentions name ("strength" and "age" are not nouns of their own). */
export function measuresOf(feats: Feat[]): string[] {
  return [...new Set(feats.map((f) => f.m.measure?.toLowerCase()).filter((x): x is string => !!x && x !== 'strength' && x !== 'age'))].sort();
}

export function labelOf(feats: Feat[]): string {
  const measures = measuresOf(feats).slice(0, 3);
  const ev = feats.map((f) => f.verb?.lemma ?? f.m.event).find(Boolean) ?? null;
  const subject = displaySubject(feats.map((f) => f.m.subject));
  const f0 = feats[0]!;
  let head: string;
  if (f0.tally) head = 'vote tally';
  else if (f0.dim === 'year') head = `year${ev ? ` (${ev})` : ''}`;
  else if (f0.dim === 'age') head = 'age';
  else {
    // With no counted noun, the unit says what kind of figure it is: "measure (t)", "money (EUR)".
    const unit = f0.m.unit;
    const what = measures.join(' / ') || (unit && unit !== '%' ? `${f0.m.kind} (${unit})` : f0.dim === 'share' ? 'share' : f0.m.kind);
    head = [what, ev && ev !== measures[0] ? `(${ev})` : ''].filter(Boolean).join(' ');
  }
  return subject ? `${head} — ${subject}` : head;
}

function list(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

export function noteOf(feats: Feat[], st: StatusResult, name: (articleId: string) => string,
  source: (articleId: string) => string, countsDiffer: boolean): string {
  const byValue = new Map<string, Set<string>>();
  const order: Array<[string, number]> = [];
  for (const f of feats) {
    const d = display(f);
    if (!byValue.has(d)) { byValue.set(d, new Set()); order.push([d, f.value ?? 0]); }
    byValue.get(d)!.add(name(f.m.articleId));
  }
  order.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
  const shown = order.slice(0, 12).map(([d]) => {
    const names = [...byValue.get(d)!];
    return `${d} (${names.slice(0, 6).join(', ')}${names.length > 6 ? ` +${names.length - 6} more` : ''})`;
  });
  const values = shown.join(', ') + (order.length > 12 ? `, … ${order.length - 12} more values` : '');
  const articles = [...new Set(feats.map((f) => f.m.articleId))].sort();
  const shared: string[] = [];
  const bySource = new Map<string, string[]>();
  for (const a of articles) {
    const list = bySource.get(source(a));
    if (list) list.push(name(a)); else bySource.set(source(a), [name(a)]);
  }
  for (const names of bySource.values()) if (names.length > 1) shared.push(`${list(names.length > 6 ? [...names.slice(0, 6), `${names.length - 6} more`] : names)} share text`);
  const caveats: string[] = [];
  if (countsDiffer) caveats.push(`mentions count ${measuresOf(feats).join(' vs ')}`);
  if (st.roundingOnly) caveats.push('the figures differ only within rounding: needs context');
  caveats.push(...shared);
  const tail = caveats.length ? ` — note: ${caveats.join('; ')}` : '';
  if (st.status === 'contested') return `Sources disagree: ${values}${tail}`;
  if (st.status === 'corroborated' && st.independentSources < 2)
    return `${articles.length} articles agree, but they share text, so this is one independent source, not independent confirmation: ${values}${tail}`;
  if (st.status === 'corroborated') return `${st.independentSources} independent sources agree: ${values}${tail}`;
  if (articles.length > 1 && st.independentSources === 1)
    return `Stated by ${articles.length} articles that share text, so one independent source: ${values}${tail}`;
  if (st.conflict) return `Values differ within one source: ${values}${tail}`;
  return `Single source: ${values}${tail}`;
}

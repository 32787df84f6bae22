// Human text for a quantity: the label and the note a checker reads on the verdict board.
import type { Feat } from './features.js';
import type { StatusResult } from './status.js';
import { displaySubject } from './subject.js';
import { IRREGULAR_VERBS } from './verb-forms.js';
import { verbConcept } from './wordnet.js';

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

/** Two-syllable verbs stressed on the last syllable double the consonant ("patrolled", not "patroled"). */
const DOUBLES = new Set(['patrol', 'control', 'kidnap', 'admit', 'commit', 'occur', 'refer', 'transfer', 'omit', 'permit', 'equip', 'compel', 'expel', 'regret']);

/** "earn" -> "earned", "pay" -> "paid", "drop" -> "dropped": a verb lemma as a checker writes it after the noun. */
export function participle(verb: string): string {
  const v = verb.toLowerCase();
  const irregular = IRREGULAR_VERBS[v];
  if (irregular) return irregular[1];
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (DOUBLES.has(v) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(v)) return `${v}${v.at(-1)}ed`;
  return `${v}ed`;
}

/** Kinds as a checker names a figure with no counted noun. */
const KIND_NAME: Record<string, string> = { count: 'number', percent: 'share', ordinal: 'rank' };
/** A measure with no counted noun is named by its dimension: "distance (mi)", not "measure (mi)". */
const DIM_NAME: Record<string, string> = { length: 'distance', area: 'area', mass: 'weight', volume: 'volume', temperature: 'temperature' };

/**
 * What happened to a mention's figure: the extractor's event, else the verb guessed from the words before the number.
 * An event noun wins over a guessed verb: in "ties have deteriorated since a 2020 coup" the year is the coup's. When
 * the nearest event word is the next figure's ("a rate of 30 percent and donated 10 percent"), the event of the
 * figure's own clause (`ownEvent`, decision 0075).
 */
function eventOf(f: Feat): string | null {
  if (f.m.ownEvent !== undefined) return f.m.ownEvent;
  return f.m.event && f.verb?.lemma !== f.m.event ? f.m.event : f.verb?.lemma ?? f.m.event;
}

/** The event reads as a participle when it is a verb WordNet knows ("earned"), else as "in <noun>" ("in coup"). */
function isVerb(f: Feat, ev: string): boolean {
  return f.m.ownEvent !== undefined ? !!verbConcept(ev) : f.verb?.lemma === ev;
}

/**
 * The mention whose event names the quantity: the event most mentions state, the extractor's own event before a verb
 * guessed from the words before the number ("a $43,000 watch" in a list "including" it, beside two "bought"), the
 * first mention on a tie.
 */
function mainEvent(feats: Feat[]): Feat | undefined {
  const votes = new Map<string, { n: number; f: Feat }>();
  for (const f of feats) {
    const ev = eventOf(f);
    if (!ev) continue;
    const v = votes.get(ev) ?? { n: 0, f };
    v.n += f.m.event ? 2 : 1;
    votes.set(ev, v);
  }
  let best: { n: number; f: Feat } | undefined;
  for (const v of votes.values()) if (!best || v.n > best.n) best = v;
  return best?.f;
}

/**
 * The quantity's name as a checker would write it: what is counted, then what happened to it, then the unit
 * ("money earned (USD)", "troop / personnel deployed", "year elected", "people in coup"); " — subject" when known.
 * Text only: the grouping never reads it.
 */
export function labelOf(feats: Feat[]): string {
  const measures = measuresOf(feats).slice(0, 3);
  // A verb (WordNet knew it) reads as a participle; an event noun ("coup", "earthquake") as "in the coup".
  const withVerb = mainEvent(feats);
  const ev = withVerb ? eventOf(withVerb) : null;
  const f0 = feats[0]!;
  const happened = !ev || ev === measures[0] ? '' : withVerb && isVerb(withVerb, ev) ? participle(ev) : f0.dim === 'year' ? `of ${ev}` : `in ${ev}`;
  const subject = displaySubject(feats.map((f) => f.m.subject));
  let what: string, unit = '';
  if (f0.tally) what = 'vote tally';
  else if (f0.dim === 'year') what = 'year';
  else if (f0.dim === 'age') what = 'age';
  else {
    // With no counted noun, the kind and unit say what sort of figure it is: "money earned (USD)", "weight (t)".
    const u = f0.m.unit;
    what = measures.join(' / ') || (f0.dim === 'share' ? 'share' : (f0.m.kind === 'measure' ? DIM_NAME[f0.dim] : undefined) ?? KIND_NAME[f0.m.kind] ?? f0.m.kind);
    if (!measures.length && u && u !== '%') unit = `(${u})`;
  }
  const head = [what, f0.tally || f0.dim === 'age' ? '' : happened, unit].filter(Boolean).join(' ');
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

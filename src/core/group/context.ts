// The words around a number, as a checker reads them: content words (for TF-IDF similarity, with the IDF taken from
// the case), names (scope, place, owner), explicit years, and change words. Everything is read from the mention's
// sentence; nothing here knows any particular story.

export interface Token { w: string; lower: string; pos: number; cap: boolean }

/** Function words, number words, months and reporting verbs: they say nothing about what a number counts. */
const STOP = new Set((
  'a an the and or but nor so yet of in on at to for from by with as into onto upon over under about than then that this ' +
  'these those there here it its it\'s he him his she her hers they them their theirs we us our you your i me my who whom ' +
  'whose which what when where why how is are was were be been being am do does did have has had having will would shall ' +
  'should can could may might must not no nor only just also even very more most less least much many some any all each ' +
  'every both either neither other another such same own one two three four five six seven eight nine ten eleven twelve ' +
  'thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
  'hundred thousand million billion trillion dozen dozens half percent per cent nearly almost about around roughly some ' +
  'approximately over under more than least most up down out off again said says say told according mr mrs ms dr ' +
  'january february march april may june july august september october november december monday tuesday wednesday ' +
  'thursday friday saturday sunday year years yesterday today tomorrow week weeks month months day days time times ' +
  'if while after before since during until till though although because whether just still ago new first last next ' +
  'through throughout between among amid across against along toward towards within without via including'
).split(' '));

/** Capitalised words that are not names (sentence openers, titles). */
const NOT_NAMES = new Set(('the a an and or but in on at to for of by with from as this that these those it its he she ' +
  'they we you i his her their our mr mrs ms dr sir if when while after before since during however so also there here ' +
  'what who how why where according said says one two three four five six seven eight nine ten eleven twelve fifteen ' +
  'twenty fifty hundred thousand million billion monday tuesday wednesday thursday friday saturday sunday january ' +
  'february march april may june july august september october november december').split(' '));

/** Words that make a number a change rather than a level ("cut 900 jobs", "an increase of 3%", "an additional $2m"). */
const CHANGE = new Set(('increase increased increases increasing rise rose risen rises rising gain gained gains grow grew ' +
  'grown growth jump jumped climb climbed drop dropped drops fall fell fallen falls decline declined declines cut cuts ' +
  'reduce reduced reduction decrease decreased additional extra added adding boost boosted hike hiked shed slash slashed ' +
  'picked').split(' '));

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(/[\p{L}][\p{L}'’-]*|\d[\d,.]*/gu)) {
    const w = m[0].replace(/['’]s$/, '');
    out.push({ w, lower: w.toLowerCase(), pos: m.index!, cap: /^\p{Lu}/u.test(w) });
  }
  return out;
}

/** A crude, stable stem: lower case, common inflections off, at most 7 letters ("taxes" → "tax", "earned" → "earn"). */
export function stem(lower: string): string {
  let w = lower.replace(/[’']/g, '');
  if (w.length > 4) w = w.replace(/(?:ies)$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
  return w.slice(0, 7);
}

export const isStop = (lower: string) => STOP.has(lower) || /^\d/.test(lower) || lower.length < 2;

export interface Around {
  /** Content stems with their distance (in tokens) from the number. */
  words: Map<string, number>;
  names: string[];
  /** Names within three tokens of the number: whose figure it is, or where ("Iraq's 2003 invasion", "2003 invasion of Iraq"). */
  attachedNames: string[];
  years: number[];
  /** "last year", "this year", "next year", "fiscal", "year to date", when written near the number. */
  relative: string | null;
  /**
   * What part of the whole the number covers, when its clause says so: an `average` or a rate ("on average", "a
   * year"), a `partial` figure ("so far", "to date", "already"), a `total` ("in total", "altogether"). An amount placed
   * so far and the whole amount, or one year's rate and the average over many, are different quantities.
   */
  scope: Scope | null;
  change: boolean;
  /** Tokens just before and after the number (for the head noun, the verb and "of" phrases). */
  before: Token[];
  after: Token[];
}

const YEAR = /^(1[89]\d\d|20\d\d)$/;

export type Scope = 'partial' | 'rate' | 'span';
/** Scope words anywhere in the number's clause. */
const SCOPES: [Scope, RegExp][] = [
  ['partial', /\b(?:so far|to date|thus far|already)\b/],
  ['span', /\b(?:average|averaged|over (?:those|these|the|its) (?:past |last )?(?:\w+ )?(?:years|decades))\b/],
];
/** A rate only right after the number ("$5 million a year"): "a day earlier" elsewhere in the clause is no rate. */
const RATE = /^\s*(?:a|per|each|every) (?:year|month|week|day)\b|^\s*(?:annually|yearly)\b/;

/**
 * The scope words of the number's own clause: on the left up to a semicolon, colon, dash or bracket, on the right up
 * to those or a comma (", or an average of 10.8 percent" belongs to the next figure, not to the sum before it).
 */
export function scopeOf(sentence: string, at: number, len: number): Scope | null {
  const left = sentence.slice(Math.max(0, at - 60), at), right = sentence.slice(at + len, at + len + 60);
  if (RATE.test(right) || /\bannual\s+(?:\S+\s+)?(?:of\s+)?$/i.test(left)) return 'rate';
  let from = 0;
  for (const m of left.matchAll(/[;:()\u2013\u2014]|\s-\s/g)) from = m.index! + m[0].length;
  const stop = right.search(/[,;:()\u2013\u2014]|\s-\s/);
  const clause = `${left.slice(from)} # ${stop < 0 ? right : right.slice(0, stop)}`.toLowerCase();
  for (const [scope, re] of SCOPES) if (re.test(clause)) return scope;
  return null;
}

/**
 * Reads the sentence around the mention at [at, at + len) in `sentence`. `window` content words on each side;
 * names and years only inside the clause's reach (the same window), so a name three clauses away does not count.
 */
export function around(sentence: string, at: number, len: number, window = 10): Around {
  const toks = tokenize(sentence);
  const before: Token[] = [], after: Token[] = [], inside: Token[] = [];
  for (const t of toks) (t.pos + t.w.length <= at ? before : t.pos >= at + len ? after : inside).push(t);
  const words = new Map<string, number>();
  const names = new Set<string>(), attached = new Set<string>();
  const years: number[] = [];
  let relative: string | null = null, change = false;
  const visit = (t: Token, d: number, first: boolean) => {
    if (YEAR.test(t.w)) { years.push(Number(t.w)); return; }
    if (CHANGE.has(t.lower) && d <= 3) change = true;
    if (t.cap && !NOT_NAMES.has(t.lower) && !(first && STOP.has(t.lower)) && t.lower.length > 1) { names.add(t.lower); if (d <= 3) attached.add(t.lower); }
    if (isStop(t.lower)) return;
    const s = stem(t.lower);
    const prev = words.get(s);
    if (prev === undefined || d < prev) words.set(s, d);
  };
  for (let i = before.length - 1, d = 1; i >= 0 && d <= window; i--, d++) visit(before[i]!, d, i === 0);
  for (let i = 0, d = 1; i < after.length && d <= window; i++, d++) visit(after[i]!, d, false);
  for (const t of inside) if (!/^\d/.test(t.w) && !isStop(t.lower)) { words.set(stem(t.lower), 0); if (CHANGE.has(t.lower)) change = true; }
  const near = sentence.slice(Math.max(0, at - 60), at + len + 60).toLowerCase();
  const rel = /\b(last|this|next|previous|past) (?:fiscal )?year\b|\bfiscal\b|\byear to date\b|\bso far\b/.exec(near);
  if (rel) relative = rel[1] ?? rel[0];
  return { words, names: [...names], attachedNames: [...attached], years, relative, scope: scopeOf(sentence, at, len), change, before, after };
}

/**
 * measure = what is counted: the head noun after the number ("8,000 international troops" → troop), lemmatised.
 * Collects up to three content words after the number/unit and keeps the last (English noun phrases are
 * head-final) — or the first plural noun ("1,000 fighters present"); stops at function words, punctuation and participles ("9,000 troops deployed").
 * Money/percent with no noun after: the noun before "of" ("annual budget of $400 million" → budget).
 * No noun after a count ("212 have died"): the antecedent — "peacekeepers, of whom 212" or the nearest plural
 * noun earlier in the sentence.
 */
import { asMap, WordSet } from '../lexicon/dict.js';
import type { Token } from '../tokenizer.js';
import type { Context, Draft, Refiner } from '../types.js';
import { isAllCaps, isCapitalised, isClauseBreak, isFunctionWord, lemma } from './util.js';
import { PREDICATE_VERBS } from '../lexicon/function-words.js';
import { MONTHS, ORDINAL_WORDS, UNITS_WORDS } from '../lexicon/number-words.js';
import { TREND_NOUNS, TREND_VERBS } from '../lexicon/trend-words.js';
import { EVENT_LEMMAS } from '../lexicon/events.js';
import { TITLE_ABBREVIATIONS } from '../../sentences/abbreviations.js';

// Hot lookups go through Maps (see asMap in lexicon/dict.ts).
const MONTHS_MAP = asMap(MONTHS);
const UNITS_WORDS_MAP = asMap(UNITS_WORDS);
const TREND_VERBS_MAP = asMap(TREND_VERBS);

/** Time words and change nouns describe the number, they are not what is counted ("$30m last year", "a 40% increase"). */
const NOT_MEASURES = new WordSet(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'hour', 'hours',
  'annually', 'annual', 'daily', 'weekly', 'monthly', ...Object.keys(TREND_NOUNS),
  // adverbs and dimension adjectives after a measure: "3 km away", "40 m tall"
  'away', 'apart', 'ago', 'overnight', 'upward', 'upwards', 'downward', 'downwards', 'long', 'tall', 'high', 'wide', 'deep', 'thick', 'old', 'later', 'earlier', 'each', 'apiece',
  // "one day short of", "two votes shy of", "6 miles south of": the distance to something, not a count of it
  'short', 'shy', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northward', 'southward', 'eastward', 'westward']);
/** Words that order or quantify the noun after them, never its head: "Ray's first Board picks", "the few moments". */
const NOUN_QUALIFIERS = new WordSet([...Object.keys(ORDINAL_WORDS), 'few', 'several', 'many', 'last', 'next']);
// Suffix tests with endsWith, not regexes: they run on every word of the windows around each number.
const edIng = (l: string) => l.endsWith('ed') || l.endsWith('ing');
const isParticiple = (t: Token) => t.lower.length > 4 && (edIng(t.lower) || t.lower.endsWith('ly'));
/** -s after anything but s/u ("troops", not "glass"/"status"), or a -men plural ("policemen"). */
function pluralEnding(l: string): boolean {
  const n = l.length;
  if (l.charCodeAt(n - 1) === 115) {
    const p = l.charCodeAt(n - 2);
    if (p !== 115 && p !== 117) return true;
  }
  return n >= 6 && l.endsWith('men') && lemma(l) !== l;
}
const isPluralNoun = (t: Token) => t.kind === 'word' && t.lower.length > 3 && pluralEnding(t.lower) && !isFunctionWord(t) && !edIng(t.lower);

/** Words before a number that qualify the counted noun: "the top three seeds", "a record 32 goals". */
const PRE_MODIFIERS = new WordSet(['top', 'bottom', 'previous', 'record', 'remaining', 'other', 'additional', 'extra', 'further', 'final', 'original', 'initial']);
/** Plural period nouns and their duration unit: "50 previous years" → year. */
const PERIOD_PLURALS = asMap<string>({ years: 'year', months: 'month', weeks: 'week', days: 'day', decades: 'decade', hours: 'h', minutes: 'min' });
/** "a …", "another …", "one …" before "<noun> or two". */
const A_NOUN = new WordSet(['a', 'an', 'another', 'one']);

/** Comparison words between a count and its noun: "eight more picks", "three fewer seats". */
const COMPARATIVES = new WordSet(['more', 'fewer', 'less', 'additional', 'extra', 'other']);
/** Determiners after a partitive "of": "dozens of people", "35m of its devices", "tens of thousands of the students". */
const OF_DETERMINERS = new WordSet(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'them']);

/**
 * Where the last successful headAfter found its phrase: first token and head token, -1 when it found none (read right
 * after the call). Two numbers, not a pair: headAfter runs once or twice per number, and a fresh array per call
 * was garbage for every one of them (decision 0076).
 */
let headFirst = -1, headAt = -1;

/** `end`: the token after the number's sentence; a noun phrase never runs into the next one (a headline, then the body). */
function headAfter(toks: Token[], j: number, single: boolean, end = toks.length): string | null {
  headFirst = headAt = -1;
  let j0 = j;
  let lastAt = -1;
  let last: Token | null = null;
  let skipped = 0;
  let coordinated = -1;
  let capHead = -1;
  if (toks[j] && COMPARATIVES.has(toks[j]!.lower) && toks[j + 1] && isPluralNoun(toks[j + 1]!)) j++;
  for (let n = 0; n < 3 + skipped && n < 8; n++) {
    const t = j + n < end ? toks[j + n] : undefined;
    // a title starts a name ("the first Mr. Doe has faced"), and a name's possessive starts another phrase ("the first
    // time Lee's comments …"): the counted noun, if any, came before
    if (t && t.kind === 'word' && isCapitalised(t) && (TITLE_ABBREVIATIONS.has(t.lower) || (n > 0 && isPossessive(t)))) break;
    if (t && t.kind === 'word' && t.gap > 0 && NOUN_QUALIFIERS.has(t.lower) && toks[j + n + 1]?.kind === 'word') {
      // a quantifier opening the phrase is not one of its words ("the few moments" → "moment"); an ordinal is ("second home")
      if (j0 === j + n && ORDINAL_WORDS[t.lower] === undefined) j0++;
      skipped++;
      continue;
    }
    // "11 active U.N. Peacekeeping missions": names and initials inside the phrase are modifiers; look past them
    if (t && n > 0 && ((t.kind === 'word' && isCapitalised(t)) || (t.text === '.' && t.gap === 0))) {
      // "eight straight World Cups": a capitalised plural closing the phrase is its head
      if (t.kind === 'word' && last && isPluralNoun(t) && !isAllCaps(t.text)) capHead = j + n;
      skipped++;
      continue;
    }
    if (!t || t.kind !== 'word' || t.gap > 2 || t.gap === 0) break;
    // "a $43,350 gold-plated men's watch": a possessive inside the phrase qualifies the head after it
    if (isPossessive(t) && toks[j + n + 1]?.kind === 'word' && j + n + 1 < end && !isFunctionWord(toks[j + n + 1]!)) {
      skipped++;
      continue;
    }
    // "six-cylinder" after the number is a count of its own
    if (UNITS_WORDS_MAP.get(t.lower) !== undefined) break;
    // "14 first-team players", "two gas-only powertrain options": a hyphenated modifier is one word of the phrase
    if (isHyphenJoin(toks, j + n) && toks[j + n + 3]?.kind === 'word' && toks[j + n + 3]!.gap > 0 && !isFunctionWord(toks[j + n + 3]!)) {
      skipped += 2;
      n += 2;
      last = toks[j + n]!;
      lastAt = j + n;
      continue;
    }
    // "40 lay-offs", "3 follow-ups": the hyphenated word is the head
    if (isHyphenJoin(toks, j + n) && !isFunctionWord(t) && (isPluralNoun(toks[j + n + 2]!) || n > 0)) {
      headFirst = j0; headAt = j + n + 2;
      return lemma(`${t.text}-${toks[j + n + 2]!.text}`);
    }
    if (NOT_MEASURES.has(t.lower)) return null; // "50 previous years": the head is a time word, not "previous"
    // "700 nursing and cleaning staff", "4.3M digital and physical sales": coordinated modifiers share the head after them
    if ((t.lower === 'and' || t.lower === 'or') && last && n > 0 && isModifierLike(last) && toks[j + n + 1]?.kind === 'word' && !isFunctionWord(toks[j + n + 1]!)) {
      skipped += 2;
      coordinated = j + n + 1;
      continue;
    }
    if (isFunctionWord(t) || MONTHS_MAP.get(t.lower) || UNITS_WORDS_MAP.get(t.lower) !== undefined || t.text.length === 1) break; // "11 active U.N. missions": stop at initials
    // "1,100 public housing properties", "400 charging stations": an -ing word before a plural noun is its modifier
    const gerund = t.lower.endsWith('ing') && toks[j + n + 1]?.kind === 'word' && toks[j + n + 1]!.gap > 0 && isPluralNoun(toks[j + n + 1]!);
    if (n > 0 && isParticiple(t) && j + n !== coordinated && !gerund) break;
    // a predicate, not a noun: "1,000 come from", "one proposal asks"; "40k cheaper than" is a comparison
    if (PREDICATE_VERBS.has(t.lower) || PREDICATE_VERBS.has(lemma(t.text)) || toks[j + n + 1]?.lower === 'than') break;
    // after "one <noun>", an -s word is its verb ("one proposal asks"); after an adjective it is the noun ("rural households")
    if (single && n > 0 && t.lower.endsWith('s') && last && !isModifierLike(last)) break;
    last = t;
    lastAt = j + n;
    if (isPluralNoun(t) || t.lower === 'people' || t.lower === 'personnel') {
      headFirst = j0; headAt = lastAt;
      return lemma(t.text); // "1,000 fighters present"
    }
    if (t.text.length > 1 && n > 0 && isAllCaps(t.text)) break;
  }
  if (!last) return null;
  if (capHead > lastAt && !isPluralNoun(last)) {
    headFirst = j0; headAt = capHead;
    return lemma(toks[capHead]!.text);
  }
  if (isParticiple(last) && !last.lower.endsWith('s')) return null;
  headFirst = j0; headAt = lastAt;
  return lemma(last.text);
}

/** Tokens k, k+1, k+2 are word, "-", word, all glued ("first-team", "coal-fired"). */
const isHyphenJoin = (toks: Token[], k: number) => toks[k]?.kind === 'word' && toks[k + 1]?.text === '-' && toks[k + 1]!.gap === 0 &&
  toks[k + 2]?.kind === 'word' && toks[k + 2]!.gap === 0;

/**
 * The noun phrase of the last headAfter: its modifiers as written and the head lemmatised ("commercial fisherman",
 * "digital physical sale", "Kia Hyundai vehicle"); null when the head stands alone.
 */
function nounPhrase(toks: Token[]): string | null {
  const a = headFirst, h = headAt;
  if (a < 0 || h <= a) return null;
  let out = '';
  let k = a;
  for (; k < h; k++) {
    const t = toks[k]!;
    // a hyphenated word stays as written ("first-team", "gas-only"); as the head it is lemmatised whole ("lay-off")
    if (isHyphenJoin(toks, k)) {
      if (k + 2 === h) break;
      out += (out ? ' ' : '') + t.text + '-' + toks[k + 2]!.text;
      k += 2;
      continue;
    }
    // "US" is a name, not the pronoun "us"
    if (t.kind !== 'word' || (isFunctionWord(t) && !(t.text.length > 1 && isAllCaps(t.text))) || COMPARATIVES.has(t.lower)) continue;
    out += (out ? ' ' : '') + t.text;
  }
  const head = k < h ? lemma(`${toks[k]!.text}-${toks[h]!.text}`) : lemma(toks[h]!.text);
  return out ? `${out} ${head}` : null;
}

/** The noun after the last member of "four-, five- and six-cylinder": a number glued to "-" and a word, within 8 tokens. */
function suspendedHyphenNoun(toks: Token[], k: number): string | null {
  for (let n = k; n < k + 8 && toks[n]; n++) {
    const t = toks[n]!;
    if (t.kind === 'num' || UNITS_WORDS_MAP.get(t.lower) !== undefined) {
      if (toks[n + 1]?.text !== '-' || toks[n + 1]!.gap !== 0) return null;
      const w = toks[n + 2];
      if (w && w.kind === 'word' && w.gap === 0) return isFunctionWord(w) || NOT_MEASURES.has(w.lower) ? null : lemma(w.text);
    } else if (t.text !== ',' && t.text !== '-' && t.lower !== 'and' && t.lower !== 'or' && t.lower !== 'to') return null;
  }
  return null;
}

/** Possessives and numbers inside the "of" phrase of a share: "of the region's residents", "of its 400 workers". */
const isPossessive = (t: Token) => t.kind === 'word' && t.lower.length > 2 && (t.lower.endsWith("'s") || t.lower.endsWith('\u2019s') || t.lower.endsWith("s'"));

/** The noun a share is of, from the token after "of": determiners, a possessive and a number are looked past. */
function populationAfter(toks: Token[], j: number): string | null {
  if (toks[j] && OF_DETERMINERS.has(toks[j]!.lower)) j++;
  // "the region's residents", "the United States' population": the possessor names whose population it is
  for (let k = j; k < j + 4 && toks[k]; k++) {
    const apostrophe = toks[k + 1]?.gap === 0 && (toks[k + 1]!.text === "'" || toks[k + 1]!.text === '\u2019') && toks[k]!.lower.endsWith('s');
    if (isPossessive(toks[k]!) || apostrophe) {
      j = k + (apostrophe ? 2 : 1);
      break;
    }
    if (toks[k]!.kind !== 'word' || (!isCapitalised(toks[k]!) && k > j)) break;
  }
  // "of its 400 workers", "of the combined 4.3M digital and physical sales": a number (and a word before it, and its
  // glued scale) is looked past
  if (toks[j]?.kind === 'word' && toks[j + 1]?.kind === 'num' && !isFunctionWord(toks[j]!)) j++;
  if (toks[j]?.kind === 'num') {
    j++;
    if (toks[j]?.kind === 'word' && toks[j]!.gap === 0 && toks[j]!.text.length <= 2) j++; // "4.3M", "35m"
  }
  // "American forces", "US voters": a capitalised modifier before the head
  const modifiers = j;
  while (toks[j] && isCapitalised(toks[j]!) && toks[j + 1]?.kind === 'word' && toks[j + 1]!.gap > 0 && !isCapitalised(toks[j + 1]!) && !isFunctionWord(toks[j + 1]!)) j++;
  const t = toks[j];
  if (!t || t.kind !== 'word' || isClauseBreak(t) || isFunctionWord(t)) return null;
  // a singular head is followed by its verb: "the country's population lives", not "lives"
  const head = headAfter(toks, j, true);
  if (head && headFirst >= 0) headFirst = modifiers; // the noun phrase keeps "American" in "American forces"
  // "half the number of guards": the number is of guards
  if (head === 'number' && toks[j + 1]?.lower === 'of') return populationAfter(toks, j + 2);
  return head;
}

/**
 * What an amount of money is, named after it by "in": "$750,000 in campaign money" → money, "$2 million in damages" →
 * damage. Not a time or a place ("$5 million in 2014", "in the first quarter", "in fiscal 2015", "in Texas"): only a
 * lower-case noun phrase with no number after it.
 */
function moneyIn(toks: Token[], after: number, end: number): string | null {
  const t = toks[after + 1];
  if (toks[after]?.lower !== 'in' || !t || after + 1 >= end || t.kind !== 'word' || isFunctionWord(t) || isCapitalised(t) ||
    NOT_MEASURES.has(t.lower) || MONTHS_MAP.get(t.lower)) return null;
  const h = headAfter(toks, after + 1, false, end);
  if (!h || FRAME_NOUNS.has(h) || toks[headAt + 1]?.kind === 'num') return null;
  return h;
}

/** Nouns that frame an amount without saying what it is: "a peak of", "to the tune of", "a total of". */
const FRAME_NOUNS = new WordSet(['tune', 'peak', 'total', 'sum', 'high', 'low', 'record', 'maximum', 'minimum', 'average', 'tally', 'figure',
  'level', 'amount', 'value', 'estimate', 'height', 'ceiling', 'floor', 'cap', 'mark', 'threshold']);
/** Verbs whose subject is what the level after "to"/"at" or the frame measures: "fell to", "stood at", "reached a peak of". */
const LEVEL_VERBS = new WordSet(['reach', 'reached', 'reaches', 'reaching', 'hit', 'hits', 'hitting', 'stood', 'stand', 'stands', 'standing',
  'total', 'totalled', 'totaled', 'totals', 'peaked', 'peak', 'peaks', 'topped', 'top', 'tops', 'ended', 'closed', 'finished', 'settled', 'came',
  'amounted', 'amount', 'amounts', 'was', 'were', 'is', 'are', 'grew', 'swelled', 'climbed', 'fell', 'dropped', 'rose', 'declined', 'increased',
  'decreased', 'jumped', 'slipped', 'sank', 'shrank', 'surged', 'soared', 'plunged', 'tumbled', 'slumped', 'doubled', 'tripled']);
const COPULAS = new WordSet(['was', 'were', 'is', 'are']);
const HEDGE_SKIP = new WordSet(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'approximately', 'over', 'under', 'just', 'more', 'less', 'than', 'close', 'an', 'estimated', 'record']);

/** The number is a level: after "to"/"at" (past hedges), or after a frame noun and "of" ("a peak of 2.1 million"). */
function levelPosition(toks: Token[], s: number): boolean {
  let k = s - 1;
  while (k >= 0 && k > s - 4 && HEDGE_SKIP.has(toks[k]!.lower) && !(toks[k]!.lower === 'close' && toks[k + 1]?.lower === 'to')) k--;
  const w = toks[k]?.lower;
  if (w === 'to' || w === 'at') return toks[k - 1]?.lower !== 'close' && toks[k - 1]?.lower !== 'up';
  return w === 'of' && !!toks[k - 1] && FRAME_NOUNS.has(toks[k - 1]!.lower);
}

/**
 * The noun phrase between a change verb and the "from" of its first level: "cut the road budget from …" → [budget,
 * "road budget"]. For the `to` level, the same phrase before its paired "from". Null when a verb or a number stands
 * right before "from" ("fell from", "rose to $7bn from").
 */
function changeObject(toks: Token[], d: Draft): [string, string | null] | null {
  // find the "from" of this change: right before the from level, or before the from level preceding a to level
  let k = d.s - 1;
  while (k >= 0 && k > d.s - 4 && HEDGE_SKIP.has(toks[k]!.lower)) k--;
  if (toks[k]?.lower === 'to' && d.change === 'to') {
    // "from $30 billion to $6 billion": step back over the from level to its "from"
    let m = k - 1;
    while (m >= 0 && m > k - 8 && toks[m]!.lower !== 'from' && !isClauseBreak(toks[m]!) && toks[m]!.text !== ',') m--;
    k = m;
  }
  if (toks[k]?.lower !== 'from') return null;
  // "rose to $7.4 billion from …": the words before "from" belong to another figure
  for (let n = Math.max(0, k - 4); n < k; n++) if (toks[n]!.kind === 'num') return null;
  const h = toks[k - 1];
  if (!h || h.kind !== 'word' || isFunctionWord(h) || isCapitalised(h) || isParticiple(h) || TREND_VERBS_MAP.get(h.lower) || NOT_MEASURES.has(h.lower)) return null;
  let a = k - 1;
  while (a - 1 >= 0 && toks[a - 1]!.kind === 'word' && !isFunctionWord(toks[a - 1]!) && !TREND_VERBS_MAP.get(toks[a - 1]!.lower) && a > k - 3) a--;
  // an object has its determiner ("cut the road budget from", "raised its forecast from"); "Tickets cost from" has none
  if (!OBJECT_DETERMINERS.has(toks[a - 1]?.lower ?? '')) return null;
  const mods = [];
  for (let n = a; n < k - 1; n++) mods.push(toks[n]!.text);
  return [lemma(h.text), mods.length ? `${mods.join(' ')} ${lemma(h.text)}` : null];
}

const OBJECT_DETERMINERS = new WordSet(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'this', 'that', 'my', 'your']);

/** Suffixes of common (mostly abstract) nouns, which names rarely have: "Ridership", "Attendance", "Enrolment". */
const NOUN_SUFFIXES = ['ship', 'ance', 'ence', 'ment', 'tion', 'sion', 'ity', 'ness', 'ure', 'ism', 'ency', 'ancy'];
/**
 * Subjects whose level is a price or an index reading, not a count of them ("Shares of X fell to 412"), and number
 * words ("A third of those screened were at 35").
 */
const NOT_SUBJECT_MEASURES = new WordSet(['share', 'shares', 'stock', 'stocks', 'index', 'indices', 'indexes', 'benchmark', 'average', 'half', 'third',
  'quarter', 'thirds', 'quarters', 'one', 'two', 'three', 'most', 'many', 'some', 'all', 'none', 'majority', 'minority', 'rest', 'it', 'which', 'that']);
/** Heads that count something named next to them: "the number of X", "X numbers". */
const COUNT_NOUNS = new WordSet(['number', 'numbers', 'figure', 'figures', 'count', 'total', 'tally', 'amount']);

/** Words at the start of a clause before its subject: time phrases and determiners ("Last year exports rose"). */
const SUBJECT_SKIP = new WordSet(['last', 'this', 'next', 'year', 'month', 'week', 'quarter', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'total', 'overall', 'annual']);

/**
 * The head noun of the clause subject before the verb that governs a level: "Applications fell to 250,000" →
 * application, "Enrolment at state schools fell to …" → enrolment, "Visitor numbers reached a peak of …" → visitor.
 * Names are not measures ("Nintendo fell to …"): a capitalised head counts only at the sentence start, as a plural or
 * before a preposition.
 */
function clauseSubject(ctx: Context, s: number): string | null {
  const toks = ctx.tokens;
  const [s0] = ctx.sentenceTokens(s);
  let v = -1;
  for (let k = s - 1; k >= Math.max(s0, s - 8); k--) {
    const t = toks[k]!;
    if (t.kind === 'sym' && (t.text === ',' || isClauseBreak(t))) return null;
    const det = toks[k - 1]?.lower;
    // "reached a peak of": after a determiner the word is a noun, not the verb
    if (t.kind === 'word' && LEVEL_VERBS.has(t.lower) && det !== 'a' && det !== 'an' && det !== 'the' && det !== 'its' && det !== 'their') {
      v = k;
      break;
    }
  }
  if (v <= s0) return null;
  // after a copula only a change word may stand before the level: "Enrolment was reduced to 250,000", but the subject of
  // "The firm was fined to the tune of $40 million" or "The state is in debt to the tune of …" is not what is counted
  if (COPULAS.has(toks[v]!.lower)) {
    for (let k = v + 1; k < s; k++) {
      const t = toks[k]!;
      if (t.kind === 'word' && !isFunctionWord(t) && !FRAME_NOUNS.has(t.lower) && !HEDGE_SKIP.has(t.lower) && !TREND_VERBS_MAP.get(t.lower)) return null;
    }
  }
  // the clause start: the sentence start or the token after the last comma before the verb
  let c = s0;
  for (let k = v - 1; k >= s0; k--) if (toks[k]!.text === ',' || isClauseBreak(toks[k]!)) { c = k + 1; break; }
  let k = c;
  while (k < v && toks[k]!.kind === 'num') k++;
  while (k < v && (SUBJECT_SKIP.has(toks[k]!.lower) || isPossessive(toks[k]!) || toks[k]!.kind === 'num')) k++;
  let head: Token | null = null;
  let prev: Token | null = null;
  for (; k < v; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') return null;
    if (isPossessive(t)) { head = prev = null; continue; } // "the firm's revenue"
    if (isFunctionWord(t)) break; // "Enrolment at state schools": the head is before the preposition
    prev = head;
    head = t;
  }
  if (!head || NOT_MEASURES.has(head.lower) || NOT_SUBJECT_MEASURES.has(head.lower)) return null;
  // a capitalised head is a name unless it opens the sentence and looks like a common noun (plural, an abstract
  // suffix, or a preposition after it: "Applications fell", "Ridership reached", "Enrolment at state schools fell")
  if (isCapitalised(head) && !(head === toks[c] && c === s0 && (isPluralNoun(head) || endsWithAny(head.lower, NOUN_SUFFIXES) ||
    (toks[k] && isFunctionWord(toks[k]!) && k < v)))) return null;
  if (COUNT_NOUNS.has(head.lower)) {
    // "The number of applications fell to …", "Visitor numbers reached …"
    if (toks[k]?.lower === 'of') {
      let n = k + 1;
      if (toks[n] && OF_DETERMINERS.has(toks[n]!.lower)) n++;
      if (toks[n] && toks[n]!.kind === 'word' && !isFunctionWord(toks[n]!)) return lemma(toks[n]!.text);
    }
    if (prev) return lemma(prev.text);
  }
  return lemma(head.text);
}

function endsWithAny(l: string, suffixes: readonly string[]): boolean {
  for (const x of suffixes) if (l.endsWith(x)) return true;
  return false;
}

/** Shapes of adjectives and noun modifiers before a coordination: participles and adjective suffixes, or a name. */
const ADJ_SUFFIXES = ['ing', 'ed', 'al', 'ic', 'ive', 'ous', 'ful', 'ary', 'ian', 'ish', 'less', 'able', 'ible'];
const isModifierLike = (t: Token) => !isPluralNoun(t) && ((isCapitalised(t) && t.text.length > 1 && t.text.charCodeAt(1) >= 97 && t.text.charCodeAt(1) <= 122) || hasAdjSuffix(t.lower));
/** A loop, not `ADJ_SUFFIXES.some(x => …)`: that closure over the token cost a context object per call. */
function hasAdjSuffix(l: string): boolean {
  for (const x of ADJ_SUFFIXES) if (l.length > x.length + 2 && l.endsWith(x)) return true;
  return false;
}

/**
 * "The number of people killed … has risen to 15", "the death toll stands at 40": the counted noun (and the event)
 * are named before the number. Sets d.event when a participle follows the noun.
 */
function tollBefore(toks: Token[], d: Draft, s0: number): string | null {
  for (let k = d.s - 1; k >= Math.max(s0, d.s - 16); k--) {
    const t = toks[k]!;
    if (t.lower === 'toll' && toks[k - 1] && /^(?:death|casualty|fatality)$/.test(toks[k - 1]!.lower)) {
      d.event ??= 'die';
      return 'death';
    }
    if (t.lower === 'number' && toks[k + 1]?.lower === 'of') {
      let n = k + 2;
      if (toks[n]?.lower === 'the') n++;
      const noun = toks[n];
      if (!noun || noun.kind !== 'word' || isFunctionWord(noun)) return null;
      const ev = toks[n + 1] && EVENT_LEMMAS[toks[n + 1]!.lower];
      if (ev) d.event ??= ev;
      return lemma(noun.text);
    }
  }
  return null;
}

function antecedent(ctx: Context, d: Draft, prev: Draft | null, amount: boolean): string | null {
  const toks = ctx.tokens;
  const [s0] = ctx.sentenceTokens(d.s);
  const toll = tollBefore(toks, d, s0);
  if (toll) return toll;
  // "8,000 people were displaced … and at least 37 have died": the count before, in the same sentence
  if (prev && prev.kind === 'count' && prev.measure && prev.e > s0) return prev.measure;
  // "fell 0.4% to 13,176", "closed at 5,884": a level after to/at has no counted noun earlier in the sentence
  const before = toks[d.s - 1]?.lower;
  if (before === 'to' || before === 'at' || amount) return null;
  for (let k = d.s - 1; k >= Math.max(s0, d.s - 14); k--) {
    const t = toks[k]!;
    if ((t.lower === 'whom' || t.lower === 'which' || t.lower === 'them' || t.lower === 'those') && toks[k - 1]?.lower === 'of') {
      let m = k - 2;
      if (toks[m]?.text === ',') m--;
      if (toks[m] && toks[m]!.kind === 'word' && !isFunctionWord(toks[m]!)) return lemma(toks[m]!.text);
    }
    // a name ("Dow Jones") is not a counted noun; nor is the word right before the number ("sells 2.9 million")
    // (a frame noun names no measure: "estimates of 64,900", "totals of 300")
    if (isPluralNoun(t) && !isCapitalised(t) && k < d.s - 1 && !PREDICATE_VERBS.has(lemma(t.text)) && !FRAME_NOUNS.has(lemma(t.text))) return lemma(t.text);
  }
  return null;
}

const AGE_VERBS = new WordSet(['was', 'is', 'be', 'turned', 'turns', 'turn', 'turning']);
const PERSON_PRONOUNS = new WordSet(['he', 'she', 'who', 'i', 'you', 'we', 'they']);
/** What may follow an age after a copula: a time phrase or the end of the clause, never a noun ("he was 10 points …"). */
const AGE_AFTER = new WordSet(['by', 'in', 'on', 'next', 'this', 'last', 'when', 'and', 'but', 'at', 'after', 'before', 'until', 'or']);

/**
 * A bare whole number that news style uses for an age: the apposition "Maddon, 66, said" (a capitalised name,
 * then the number between commas), "aged 25", "the age of 21".
 */
function isAge(toks: Token[], d: Draft): boolean {
  const v = d.value;
  if (v === null || v < 1 || v > 120 || !Number.isInteger(v) || d.e !== d.s + 1 || toks[d.s]!.kind !== 'num') return false;
  const b1 = toks[d.s - 1];
  const b2 = toks[d.s - 2];
  if (b1?.lower === 'aged' || (b1?.lower === 'of' && b2?.lower === 'age')) return true;
  // "who was 10.", "He will be 35 by the end of the year", "she turned 40 in May": a person's age after a copula
  const n = toks[d.e];
  if (b1 && AGE_VERBS.has(b1.lower) && (!n || n.kind === 'sym' || AGE_AFTER.has(n.lower))) {
    const p = b2?.lower === 'will' || b2?.lower === 'would' ? toks[d.s - 3] : b2;
    if (p && PERSON_PRONOUNS.has(p.lower)) return true;
  }
  return b1?.text === ',' && !!b2 && isCapitalised(b2) && !isFunctionWord(b2) && toks[d.e]?.text === ',' && toks[d.s - 3]?.text !== ',';
}

export const measureRefiner: Refiner = {
  name: 'measure',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    let prevCount: Draft | null = null;
    for (const d of drafts) {
      if (d.kind === 'count' && d.measure) prevCount = d;
      if (d.measure || d.kind === 'year' || d.kind === 'date') continue;
      if (d.kind === 'ordinal') {
        // "a second surgery", "her second and final term": the noun it numbers, nothing from earlier in the sentence
        let a = d.e;
        if ((toks[a]?.lower === 'and' || toks[a]?.lower === 'or') && toks[a + 1]?.kind === 'word') a += 2;
        d.measure = toks[a] && !isClauseBreak(toks[a]!) ? headAfter(toks, a, true, ctx.sentenceTokens(d.s)[1]) : null;
        continue;
      }
      let after = d.after ?? d.e;
      // partitive: "dozens of people", "35m of its devices", "3 of the 12 members" (a number after "of" stops it)
      let possessor: string | null = null;
      if (d.kind === 'count' && toks[after]?.lower === 'of') {
        after++;
        if (toks[after] && OF_DETERMINERS.has(toks[after]!.lower)) after++;
        // "two of Johnson's deputies": the possessor is a modifier of the counted noun, not the noun; a title before it
        // is not a word of the noun phrase ("one of Mr. Doe's accounts" → "doe account")
        let p = after;
        if (toks[p] && isCapitalised(toks[p]!) && TITLE_ABBREVIATIONS.has(toks[p]!.lower)) p += toks[p + 1]?.text === '.' && toks[p + 1]!.gap === 0 ? 2 : 1;
        if (p > after && toks[p] && isPossessive(toks[p]!) && isCapitalised(toks[p]!)) after = p;
        if (toks[after] && isPossessive(toks[after]!) && toks[after + 1]?.kind === 'word') possessor = lemma(toks[after++]!.text);
      }
      // a share of a population: "a third of the region's residents", "40% of its staff" → resident, staff
      const share = (d.kind === 'ratio' || d.kind === 'percent') && !d.tally;
      if (share && (toks[after]?.lower === 'of' || (d.kind === 'ratio' && toks[after] && OF_DETERMINERS.has(toks[after]!.lower)))) {
        const pop = populationAfter(toks, toks[after]!.lower === 'of' ? after + 1 : after);
        if (pop) {
          d.measure = d.denominator = pop;
          const np = nounPhrase(toks);
          if (np) d.noun = np;
          continue;
        }
      }
      const end = ctx.sentenceTokens(d.s)[1];
      let m = d.kind === 'money' ? moneyIn(toks, after, end) : null;
      if (!m) m = toks[after] && !isClauseBreak(toks[after]!) ? headAfter(toks, after, d.value === 1, end) : null;
      // "the 50 previous years", "three consecutive months": a count of periods with a modifier between is a duration
      const period = !m && d.kind === 'count' && !d.unit && toks[after]?.kind === 'word' && toks[after + 1] ? PERIOD_PLURALS.get(toks[after + 1]!.lower) : undefined;
      if (period && !isFunctionWord(toks[after]!) && toks[after + 1]!.gap > 0 && toks[after]!.gap > 0) {
        d.kind = 'duration';
        d.unit = period;
        continue;
      }
      // "another pick or two", "a day or two": the noun before "or" is what the small number counts
      if (!m && d.kind === 'count' && d.value !== null && d.value <= 3 && toks[d.s - 1]?.lower === 'or' && toks[d.s - 2]?.kind === 'word' &&
        !isFunctionWord(toks[d.s - 2]!) && A_NOUN.has(toks[d.s - 3]?.lower ?? '')) {
        const w = toks[d.s - 2]!.lower;
        const p = PERIOD_PLURALS.get(w + 's');
        if (p) {
          d.kind = 'duration';
          d.unit = p;
          continue;
        }
        m = lemma(w);
      }
      const np = m ? nounPhrase(toks) : null;
      if (np) d.noun = np;
      if (m && possessor) d.noun = `${possessor} ${np ?? m}`;
      // "the top three seeds", "a record 32 goals", "the previous two sessions": a ranking word before the number
      // belongs to the counted noun phrase
      const pre = toks[d.s - 1];
      if (m && d.kind === 'count' && pre && PRE_MODIFIERS.has(pre.lower) && !d.unit) d.noun = `${pre.lower} ${d.noun ?? m}`;
      // "a 12-page document", "a four-cylinder engine": the noun glued by a hyphen is what is counted
      const h = toks[after];
      if (!m && d.kind === 'count' && h && h.text === '-' && h.gap === 0) {
        const w = toks[after + 1];
        if (w && w.kind === 'word' && w.gap === 0 && w.lower.length > 2 && !isFunctionWord(w) && !NOT_MEASURES.has(w.lower)) m = lemma(w.text);
        // a suspended hyphen: "four-, five- and six-cylinder engines" all count the noun of the last member
        else if (w && (w.text === ',' || w.lower === 'and' || w.lower === 'or' || w.lower === 'to')) m = suspendedHyphenNoun(toks, after + 1);
      }
      if (!m && (d.kind === 'money' || d.kind === 'percent' || d.kind === 'measure')) {
        let k = d.s - 1;
        if (toks[k]?.lower === 'of' || toks[k]?.lower === 'at' || toks[k]?.lower === 'by') k--;
        const t = toks[k];
        // not "dropped by 1.5 degrees", and not a frame noun ("to the tune of", "a total of"): those name no measure
        // and not a name ("Burlington by 2.6%"): a capitalised word counts only where it opens the sentence
        if (t && k < d.s - 1 && t.kind === 'word' && !isFunctionWord(t) && !isParticiple(t) && !FRAME_NOUNS.has(t.lower) && !NOT_MEASURES.has(t.lower) &&
          !LEVEL_VERBS.has(t.lower) && // "the rate stood at 5.2 percent": a verb, not the noun
          (!isCapitalised(t) || k === ctx.sentenceTokens(d.s)[0])) m = lemma(t.text);
      }
      // the object of the change: "cut the road budget from $30 billion to $6 billion" → budget (both levels)
      if (!m && (d.change === 'from' || d.change === 'to')) {
        const o = changeObject(toks, d);
        if (o) {
          m = o[0];
          if (o[1]) d.noun = o[1];
        }
      }
      // a level the subject reached: "Applications fell to 250,000", "Ridership hit a peak of 2.1 million"
      if (!m && d.kind !== 'ratio' && d.kind !== 'duration' && !d.tally && (d.change === 'from' || d.change === 'to' || levelPosition(toks, d.s))) {
        m = tollBefore(toks, d, ctx.sentenceTokens(d.s)[0]) ?? clauseSubject(ctx, d.s);
      }
      // No noun after a count: its antecedent. Not for a number before another number ("eight million 250ml bottles");
      // an amount in millions or more takes only the count before it ("6 million homes … 1.5 million in the city"),
      // never the last plural noun: news writes such bare amounts for money ("a net worth of 1.3 billion ($1.7bn)").
      if (!m && d.kind === 'count' && toks[after]?.kind !== 'num') {
        const n = toks[after];
        if (!n || isFunctionWord(n) || n.kind !== 'word') {
          m = antecedent(ctx, d, prevCount, d.value !== null && Math.abs(d.value) >= 1e6);
          // "22 residential burglaries, compared with an average of 20 per week": the same noun phrase
          if (m && prevCount && m === prevCount.measure && prevCount.noun) d.noun = prevCount.noun;
        }
      }
      if (d.kind === 'count' && (!m || toks[d.s - 1]?.lower !== ',') && isAge(toks, d)) {
        d.kind = 'duration';
        d.unit = 'year';
        m = 'age';
        d.low = d.high = d.value; // an age in whole years is exact ("who was 10" is not 5–15)
      }
      // "30 years old", "under the age of 5 years": an age
      if (d.kind === 'duration' && d.unit === 'year' && (toks[d.e]?.lower === 'old' || (toks[d.s - 1]?.lower === 'of' && toks[d.s - 2]?.lower === 'age'))) m = 'age';
      d.measure = m;
      // "one out of three voters": the noun after a fraction is the population it divides
      if (d.kind === 'ratio' && !d.tally && m && after === (d.after ?? d.e)) d.denominator = m;
      if (d.kind === 'count' && m) prevCount = d;
    }
    return drafts;
  },
};

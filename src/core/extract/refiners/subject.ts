/**
 * subject = who or what the number belongs to, only where the sentence says so (see `owner` below): a possessive,
 * "N … of X", "the N-strong X", or the name that is the sentence's grammatical subject ("NORSTAB has … $400 million",
 * "The Regional Council … voted … 9-0"). Otherwise null: a nearby name is not necessarily the owner.
 * Names are runs of capitalised words, joined by glued dots/hyphens ("U.N.") and "of"/"for"/"the" between capitals.
 * Sentence-initial function words, months, weekdays and demonym adjectives ("Swiss-brokered", "Kenyan") are not names.
 * News outlets ("The Associated Press", "Bloomberg News") report a number; they are the attribution, never the subject.
 */
import { WordSet } from '../lexicon/dict.js';
import { MONTHS, UNITS_WORDS } from '../lexicon/number-words.js';
import { TITLE_ABBREVIATIONS } from '../../sentences/abbreviations.js';
import { isPossessive, type Token } from '../tokenizer.js';
import type { Context, Refiner } from '../types.js';
import { isAllCaps, isCapitalised, isFunctionWord, phrase } from './util.js';

const NOT_NAMES = new WordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i', 'photo', 'image', 'getty', 'reuters', 'afp', 'ap']);
const DEMONYM = /^(?:[A-Z][a-z]+(?:ian|ese|ish|ern)|French|Dutch|Greek|Swiss|Thai|American|Mexican|German|Korean|African|European|Cuban|Afghan|Iraqi|Israeli|Saudi|Somali|Yemeni|Pakistani|Bangladeshi)$/;
const JOINERS = new WordSet(['of', 'for', 'the', 'and', 'de', 'du', 'la', 'al']);
/** Month keys as a Set: capitalised names are rarely internalised strings, and a Set lookup needs only their hash. */
const MONTH_NAMES = new WordSet(Object.keys(MONTHS));
/**
 * The number words "zero" … "ninety" (UNITS_WORDS, the tens included) as a WordSet. Not `UNITS_WORDS[t.lower]`: that
 * table is a prototype-less object in dictionary mode, and looking a fresh token slice up there is a runtime call into
 * V8's string table for every capitalised word (1.3 % of NewsQuant extraction time on that one line, decision 0079).
 */
const COUNT_WORDS = new WordSet(Object.keys(UNITS_WORDS));

/**
 * News outlets and agencies: they report numbers, they do not own them ("The Associated Press reported 40 deaths",
 * "Bloomberg News counted 3,000 cuts"). A name is an outlet when its last word is a masthead word or it is a wire
 * service's name.
 */
const MASTHEAD_WORDS = new WordSet(['news', 'press', 'times', 'post', 'journal', 'agency', 'tribune', 'herald', 'telegraph', 'gazette', 'daily',
  'wire', 'radio', 'television', 'tv', 'network', 'broadcasting', 'magazine', 'chronicle', 'observer', 'guardian', 'courier', 'dispatch',
  'examiner', 'inquirer', 'bulletin', 'newspaper', 'channel', 'newswire', 'mirror', 'independent', 'globe', 'star', 'sun', 'register', 'record',
  // the same words in the wire services' own languages ("Agence France-Presse", "Deutsche Presse-Agentur")
  'presse', 'prensa', 'stampa', 'agentur', 'agence', 'agencia', 'zeitung']);
const WIRE_SERVICES = new WordSet(['reuters', 'afp', 'ap', 'bloomberg', 'xinhua', 'politico', 'axios', 'cnn', 'bbc', 'npr', 'nbc', 'abc', 'cbs',
  'msnbc', 'upi', 'dpa', 'efe', 'ansa', 'kyodo', 'tass', 'interfax', 'yonhap', 'bernama', 'pti', 'ani', 'huffpost', 'cnbc', 'pbs', 'c-span']);
function isNewsOutlet(toks: Token[], r: [number, number]): boolean {
  let last = r[1] - 1;
  while (last > r[0] && toks[last]!.kind !== 'word') last--;
  const w = toks[last]!.lower.replace(/['’]s$/, '');
  if (MASTHEAD_WORDS.has(w) && last > r[0]) return true;
  return r[1] - r[0] <= 2 && WIRE_SERVICES.has(toks[r[0]]!.lower);
}

/** A title before a name, with or without its dot ("Mr.", "Sen."): part of the name's span, not of the owner's identity. */
const isTitle = (t: Token | undefined) => !!t && t.kind === 'word' && isCapitalised(t) && TITLE_ABBREVIATIONS.has(t.lower);
/** Abbreviations that open place names ("St. Louis", "Mt. Kenya"): part of the name, never trimmed. */
const PLACE_TITLES = new WordSet(['st', 'mt', 'ft', 'fr']);
/** After a title's glued dot, the name goes on: "Mr. Doe", not "Mr". */
const titleDot = (toks: Token[], k: number) => toks[k]?.text === '.' && toks[k]!.gap === 0 && isTitle(toks[k - 1]) && !!toks[k + 1] && isCapitalised(toks[k + 1]!);

/**
 * Capitalised possessives that name no one: a sentence may open with them ("Today's 5,000 visitors", "Everyone's share").
 * Any other capitalised possessive is a name, also alone at the sentence start ("Smith's company paid …").
 */
const NOT_NAME_POSSESSIVES = new WordSet(['today', 'yesterday', 'tomorrow', 'tonight', 'everyone', 'everybody', 'someone', 'somebody', 'anyone',
  'anybody', 'nobody', 'one', 'other', 'else'].flatMap((w) => [`${w}'s`, `${w}’s`]));
/** A one-word possessive name ("Smith's", "Acme’s"), not a possessive time word or pronoun ("Today's", "Everyone's"). */
const possessiveName = (t: Token) => isPossessive(t.text) && !NOT_NAME_POSSESSIVES.has(t.lower);

function isNameToken(toks: Token[], k: number, sentStart: number): boolean {
  const t = toks[k]!;
  if (!isCapitalised(t) || NOT_NAMES.has(t.lower) || MONTH_NAMES.has(t.lower)) return false;
  // a number word opening the sentence counts, it does not name: "Two Defense Department officials said"
  if (COUNT_WORDS.has(t.lower)) return false;
  if (k === sentStart && isFunctionWord(t)) return false;
  const n = toks[k + 1];
  // adjectives, not owners: "Swiss-brokered", "Kenyan government", "Western nations"
  if (n && n.text === '-' && n.gap === 0 && toks[k + 2]?.kind === 'word' && !isCapitalised(toks[k + 2]!)) return false;
  if (n && n.kind === 'word' && n.gap > 0 && !isCapitalised(n) && DEMONYM.test(t.text)) return false;
  // "Peacekeepers have...": a capitalised common noun opening the sentence; "Smith's company ..." is a name
  if (k === sentStart && !isAllCaps(t.text) && !isCapitalised(toks[k + 1] ?? t) && !titleDot(toks, k + 1) && !possessiveName(t)) return false;
  if (k === sentStart && isPossessive(t.text) && !possessiveName(t)) return false;
  return true;
}

/** Expand a name around token k; returns [start, end). */
function nameSpan(toks: Token[], k: number, s0: number, s1: number): [number, number] {
  let a = k;
  let b = k + 1;
  for (;;) {
    const p = toks[a - 1];
    if (a - 2 >= s0 && titleDot(toks, a - 1)) { a -= 2; continue; }
    if (a - 2 >= s0 && p && toks[a]!.gap === 0 && ((p.text === '.' && p.gap === 0 && isCapitalised(toks[a - 2] ?? p)) || (p.text === '-' && p.gap === 0))) { a -= 2; continue; }
    if (a - 1 >= s0 && isNameToken(toks, a - 1, s0)) { a--; continue; }
    break;
  }
  for (;;) {
    const n = toks[b];
    if (b >= s1 || !n) break;
    if (b + 1 < s1 && titleDot(toks, b)) { b += 2; continue; }
    if ((n.text === '.' || n.text === '-') && n.gap === 0 && toks[b + 1] && toks[b + 1]!.gap === 0 && isCapitalised(toks[b + 1]!)) { b += 2; continue; }
    if (n.text === '.' && n.gap === 0 && toks[b - 1]!.text.length === 1) { b++; continue; } // trailing dot of "U.N."
    if (isNameToken(toks, b, s0)) { b++; continue; }
    if (JOINERS.has(n.lower) && b + 1 < s1 && isNameToken(toks, b + 1, s0) && n.gap > 0) { b += 2; continue; }
    break;
  }
  return [a, b];
}

/** The name starting at token k (skipping a leading "the"), or -1. */
function nameAt(toks: Token[], k: number, s0: number, s1: number): [number, number] | null {
  if (toks[k]?.lower === 'the' && k + 1 < s1) k++;
  if (k >= s1 || !toks[k] || !isNameToken(toks, k, s0)) return null;
  return nameSpan(toks, k, s0, s1);
}

/**
 * Owner patterns, most specific first; null when none applies (a wrong subject is worse than none):
 *  1. possessive right before the number: "NORSTAB's 9,000 troops", "Acme’s $2bn";
 *  2. "of X" / "in X" after the number and its noun: "9,000 troops of the regional force";
 *  3. a name right after a compound: "the 9,000-strong U.N. Force";
 *  4. the grammatical subject: a name opening the sentence (after "The") and followed by its verb before the number.
 */
function owner(
  toks: Token[], d: { s: number; e: number; measure: string | null }, s0: number, s1: number, lastComma: number,
  clauseName: (start: number) => [number, number] | null,
): [number, number] | null {
  const p = toks[d.s - 1];
  if (p && p.kind === 'word' && possessiveName(p) && isCapitalised(p) && !isFunctionWord(p)) return nameSpan(toks, d.s - 1, s0, s1);
  // "N <its noun> of X": only the number's own noun phrase between, not a preposition or conjunction that starts another
  // phrase ("the League of Nine after its seizure of X", "by May 2031 and the signing of X") nor a direction that
  // makes X a reference point ("6 miles north of X")
  let k = d.e;
  for (let n = 0; n < 3 && toks[k] && toks[k]!.kind === 'word' && !isCapitalised(toks[k]!) && toks[k]!.lower !== 'of' && !NOT_OWN_PHRASE.has(toks[k]!.lower); n++) k++;
  if (toks[k]?.lower === 'of' && k < s1) {
    const r = nameAt(toks, k + 1, s0, s1);
    if (r) return r;
  }
  if (d.measure === 'strength') {
    const r = nameAt(toks, d.e, s0, s1);
    if (r) return r;
  }
  // clause starts: the sentence start and the token after the last comma before the number
  if (lastComma > s0) {
    const r = clauseSubject(toks, clauseName(lastComma + 1), d.s, isTally(d));
    if (r) return r;
    // "…met with Jane Roe, one of the three guards hurt": an apposition describes the name before its comma,
    // not the sentence's subject
    if (d.s - lastComma <= 4 && isCapitalised(toks[lastComma - 1]!) && lastComma - 1 > s0 + 1) {
      let k = lastComma + 1;
      while (k < d.s && APPOSITION_OPENERS.has(toks[k]!.lower)) k++;
      if (k === d.s) return null;
    }
  }
  return clauseSubject(toks, clauseName(s0), d.s, isTally(d));
}

/** A vote's own count ("voted 9-0", "a 15-0 vote"): the deciding body does own it. */
const isTally = (d: { measure: string | null; tally?: unknown }) => !!d.tally || d.measure === 'vote';

/** Words that end the number's own noun phrase before an "of X" (see `owner`). */
const NOT_OWN_PHRASE = new WordSet(['after', 'before', 'since', 'during', 'for', 'from', 'to', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'but',
  'than', 'as', 'into', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'away', 'short', 'ahead',
  'outside', 'inside', 'off', 'out', 'instead', 'because', 'behind']);

/**
 * A name without its people's titles, and without the words before the first title, which describe the person
 * ("California Democratic Rep. Jane Roe" → "Jane Roe", "Mr. Doe and Mr. Roe" → "Doe and Roe"). Place titles stay.
 */
function withoutTitles(toks: Token[], r: [number, number]): string {
  let a = r[0];
  for (let k = r[0]; k < r[1] - 1; k++) if (isPersonTitle(toks, k)) { a = k; break; }
  let out = '';
  for (let k = a; k < r[1]; k++) {
    if (isPersonTitle(toks, k)) { if (toks[k + 1]!.text === '.' && toks[k + 1]!.gap === 0) k++; continue; }
    out += (out && toks[k]!.gap > 0 ? ' ' : '') + toks[k]!.text;
  }
  return out || phrase(toks, r[0], r[1]);
}
const isPersonTitle = (toks: Token[], k: number) => isTitle(toks[k]) && !PLACE_TITLES.has(toks[k]!.lower) && !!toks[k + 1] && (isCapitalised(toks[k + 1]!) || titleDot(toks, k + 1));

/** Verbs that introduce reported speech: the name before them said the number; organisations' "reported" stays. */
const SPEECH_VERBS = new WordSet(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'tweeted', 'stated',
  'claimed', 'claims', 'argued', 'argues', 'insisted', 'insists', 'explained', 'recalled', 'testified']);

const PREPOSITIONS = new WordSet(['of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'over', 'under', 'about', 'against', 'among', 'between',
  'into', 'toward', 'towards', 'across', 'during', 'through', 'after', 'before', 'since', 'than', 'as', 'like', 'without', 'within']);

/** Verbs of organisations' reports: their own figures ("Acme reported revenue of …"), unless a clause follows ("reported that …"). */
const REPORT_VERBS = new WordSet(['reported', 'reports', 'announced', 'announces', 'estimated', 'estimates', 'confirmed', 'confirms', 'revealed', 'found']);
const SPEECH_AUX = new WordSet(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'also', 'then', 'later', 'again', 'once']);

/** The name opening a clause, when it ends before the number and a verb-ish word follows it. */
function clauseSubject(toks: Token[], r: [number, number] | null, ds: number, tally: boolean): [number, number] | null {
  if (!r || r[1] > ds) return null;
  const v = toks[r[1]];
  // the name must be followed by a verb-ish word, not by a preposition that makes it a modifier ("In Peru, …")
  // nor by a speech verb: "Mr. Smith said 3,000 jobs were lost" names the speaker (the attribution), not the owner
  if (!v || v.kind !== 'word' || isCapitalised(v) || v.lower === 'of' || v.lower === 'in' || v.lower === 'and') return null;
  // past auxiliaries and adverbs: "Mr. Doe had repeatedly told friends … the 2.4 million troops"
  for (let k = r[1]; k < Math.min(ds, r[1] + 4); k++) {
    const w = toks[k]!;
    if (SPEECH_VERBS.has(w.lower) || (REPORT_VERBS.has(w.lower) && toks[k + 1]?.lower === 'that')) return null;
    // "Norland officials said …": the name modifies the speakers (a plural noun; not "Mr. Doe nevertheless said")
    if (k === r[1] && w.kind === 'word' && /[^s]s$/.test(w.lower) && SPEECH_VERBS.has(toks[k + 1]?.lower ?? '')) return null;
    if (w.kind !== 'word' || !(SPEECH_AUX.has(w.lower) || (w.lower.endsWith('ly') && w.lower.length > 4))) break;
  }
  // a subordinate clause between the name and the number has a subject of its own: in "Smith's audit lands a week
  // after Jones published 20 years of accounts" the years are Jones's
  for (let k = r[1]; k < ds; k++) if (SUBORDINATORS.has(toks[k]!.lower) && opensOwnSubject(toks[k + 1])) return null;
  // a body that decides about the figure does not own it: "The Board authorised 6,500 guards", "The Board on Friday
  // voted to close a ten-year-old depot", "The Board vote ends the stay of 6,500 guards" (its own tally stays)
  if (!tally) for (let k = r[1]; k < Math.min(ds, r[1] + 5); k++) if (DECISION_WORDS.has(toks[k]!.lower) && !PASSIVE_AUX.has(toks[k - 1]!.lower)) return null;
  // a possessive name owns the noun after it, which must then be the clause subject ("Acme's revenue rose to …"); in
  // "Ms. Lee's victory over Mr. Ray, a 51-year-old …" the noun heads a phrase and the number belongs to someone else
  if (isPossessive(toks[r[1] - 1]!.text)) {
    const w = toks[r[1] + 1];
    if (!w || w.kind !== 'word' || PREPOSITIONS.has(w.lower)) return null;
  }
  return r;
}

/**
 * Words that open an adverbial clause ("after", "when", "because"). Relative pronouns are left out ("her four years in
 * office, which began in 2009" are still hers), and so are "that", "since" and "if", which also open objects and time
 * phrases ("since 2003").
 */
const SUBORDINATORS = new WordSet(['after', 'before', 'when', 'while', 'because', 'although', 'though', 'whereas', 'unless', 'until']);
const CLAUSE_DETERMINERS = new WordSet(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'these', 'those']);
/**
 * The clause after a subordinator names a subject of its own: a name or a determiner's noun ("after Jones released …",
 * "after the council voted …"), not a participle ("after voting 300-90") or a pronoun, which mostly refers back.
 */
const opensOwnSubject = (t: Token | undefined) => !!t && t.kind === 'word' && (CLAUSE_DETERMINERS.has(t.lower) || (isCapitalised(t) && t.text !== 'I'));

/** Verbs (and the noun "vote") of deciding: their subject authorises what is counted, it is not what it belongs to. */
const DECISION_WORDS = new WordSet(['authorise', 'authorised', 'authorises', 'authorising', 'authorize', 'authorized', 'authorizes', 'authorizing',
  'approve', 'approved', 'approves', 'approving', 'vote', 'voted', 'votes', 'voting', 'adopt', 'adopted', 'adopts', 'mandate', 'mandated', 'mandates',
  'endorse', 'endorsed', 'endorses', 'ratify', 'ratified', 'ratifies', 'decide', 'decided', 'decides', 'order', 'ordered', 'orders']);
/** Before a decision word, these make it passive: "Acme was ordered to pay $5 million" — the payer is the subject. */
const PASSIVE_AUX = new WordSet(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got']);

const APPOSITION_OPENERS = new WordSet(['one', 'of', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** A sentence in title case: at least four words of four letters or more, nearly all capitalised. */
function titleCase(toks: Token[], s0: number, s1: number): boolean {
  let words = 0, caps = 0;
  for (let k = s0; k < s1; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (isCapitalised(t)) caps++;
  }
  return words >= 4 && caps >= 0.85 * words;
}

/** The debug message outside the loop: a closure over the loop's locals costs a context object per draft. */
function logOutlet(ctx: Context, toks: Token[], r: [number, number]): void {
  ctx.debug(() => `subject "${phrase(toks, r[0], r[1])}" dropped: a news outlet reports the number, it does not own it`);
}

export const subjectRefiner: Refiner = {
  name: 'subject',
  refine(ctx, drafts) {
    const toks = ctx.tokens;
    // The name at a clause start (the sentence start, the token after a comma) is the same for every number in
    // that clause: read it once. A clause start lies inside its sentence, so the token index is a safe key.
    const names = new Map<number, [number, number] | null>();
    let s0 = 0, s1 = 0;
    const clauseName = (start: number) => {
      let r = names.get(start);
      if (r === undefined) names.set(start, (r = nameAt(toks, start, s0, s1)));
      return r;
    };
    // The last comma before each number, found by one forward scan per sentence (drafts come in text order)
    // rather than a backward scan per number.
    let scanned = 0;
    let lastComma = -1;
    let headlineAt = -1, headline = false;
    for (const d of drafts) {
      const prevS0 = s0;
      [s0, s1] = ctx.sentenceTokens(d.s);
      if (s0 !== prevS0 || d.s < scanned) {
        scanned = s0 + 1;
        lastComma = -1;
      }
      for (; scanned < d.s; scanned++) if (toks[scanned]!.text === ',') lastComma = scanned;
      // in a headline every word is capitalised, so a name runs into its verb ("Council Votes to End …"): no owner.
      // owner() is pure (its clause-name memo is keyed by position), so the sentence's title case is read only when
      // there is an owner to refuse, once per sentence: most numbers have none (decision 0079).
      let r = owner(toks, d, s0, s1, lastComma, clauseName);
      if (r) {
        if (headlineAt !== s0) { headlineAt = s0; headline = titleCase(toks, s0, s1); }
        if (headline) r = null;
      }
      if (r && !isNewsOutlet(toks, r)) {
        // the owner without its title: outlets differ in writing "Mr." and the label should not read "— Mr"
        const name = withoutTitles(toks, r);
        // without a trailing "'s" / "’s" (char codes, not a regex replace per subject)
        d.subject = isPossessive(name) ? name.slice(0, -2) : name;
      }
      else if (r) logOutlet(ctx, toks, r);
    }
    return drafts;
  },
};

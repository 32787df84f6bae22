// What an article is about, as the two kinds of words that tell one news story from another: the names it uses
// (people, places, organisations: capitalised words that do not merely open a sentence) and its topic words (the
// other content words). Function words and the vocabulary every news story shares are left out.

/** Function words and news vocabulary that say nothing about which story an article tells. */
const STOP_WORDS = new Set((
  'a about above across after afterwards again against ago all almost along already also although always am among an ' +
  'and another any anyone anything are around as at away back be became because become been before being below ' +
  'besides between beyond both but by can cannot could did do does doing done down during each either else enough ' +
  'even ever every everyone everything few for former from further had has have having he her here hers herself him ' +
  'himself his how however i if in including inside instead into is it its itself just last late later latest least ' +
  'less like made make makes making many may maybe me meanwhile might more most mostly much must my myself near ' +
  'nearly neither never new next no nobody none nor not nothing now of off often on once one only onto or other ' +
  'others otherwise our ours ourselves out over own per perhaps put quite rather really same several she should ' +
  'since so some someone something soon still such than that the their theirs them themselves then there therefore ' +
  'these they this those though through throughout thus to together too toward towards under unless until up upon ' +
  'us very via was we well were what whatever when whenever where whether which while who whoever whole whom whose ' +
  'why will with within without would yet you your yours yourself ' +
  // reporting and time words every story uses
  'said says say saying told tell tells according added asked announced reported report reports statement ' +
  'news today yesterday tomorrow tonight day days week weeks month months year years time times ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
  'september october november december mr mrs ms dr sir ' +
  'two three four five six seven eight nine ten first second third ' +
  'people thing things way get gets got going goes went come comes came take takes took want wants lot part ' +
  'go know known see seen seem seems look looks use used include includes included'
).split(' '));

/** Characters after which a capital letter is explained by position (a sentence or quote opens), not by a name. */
const OPENERS = '.!?\n"“‘(:—–•';

export interface ArticleTerms {
  /** Names: lower-cased, light plural stemming; count of uses. */
  names: Map<string, number>;
  /** Every content word, names included (a name is a topic word too): count of uses, title words counted twice. */
  words: Map<string, number>;
  /** The most frequent spelling of each name as written, for labels ("UNESCO", "McDonald"). */
  spelling: Map<string, string>;
  /** Two names written one after the other ("term term" → uses), for labels ("Hong Kong", not "Hong · Kong"). */
  pairs: Map<string, number>;
}

/** Light plural stemming, so "peacekeepers" and "peacekeeper" meet; no suffix rules beyond that. */
export function stem(word: string): string {
  const w = word.replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** "I'm", "don't", "we'll": function words in any case. */
const CONTRACTION = /['’](m|re|ve|ll|d|t)$/;

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** Name and topic-word counts of one article (title and body). Titles are title-cased, so they add words, not names. */
export function articleTerms(title: string, text: string): ArticleTerms {
  const names = new Map<string, number>();
  const words = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const pairs = new Map<string, number>();
  const addName = (term: string, raw: string) => {
    add(names, term, 1);
    const f = forms.get(term) ?? new Map<string, number>();
    add(f, raw.replace(/['’]s$/, ''), 1);
    forms.set(term, f);
  };
  // The capitalised word just before (for names written together), and whether it was set aside as opening a
  // sentence: a name that continues it shows it was a name after all ("Tomas Greve" opening a sentence).
  type Capital = { term: string; raw: string; end: number; opener: boolean };
  let previous = null as Capital | null;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/[-'’]+$/, '');
    const lower = raw.toLowerCase();
    const term = stem(lower);
    const last: Capital | null = previous;
    previous = null;
    if (CONTRACTION.test(lower)) continue;
    if (term.length < 3 || STOP_WORDS.has(lower) || STOP_WORDS.has(term)) continue;
    add(words, term, 1);
    if (raw[0] === lower[0]) continue;
    // A capital after an opener is a name only if it continues one ("Hong Kong" at a sentence start).
    const continues: boolean = last !== null && text.slice(last.end, m.index) === ' ';
    if (last && continues) add(pairs, `${last.term} ${term}`, 1);
    const opener: boolean = !continues && opensSentence(text, m.index);
    previous = { term, raw, end: m.index + raw.length, opener };
    if (opener) continue;
    if (last && continues && last.opener) {
      addName(last.term, last.raw);
      last.opener = false;
    }
    addName(term, raw);
  }
  for (const m of title.matchAll(WORD)) {
    const lower = m[0].replace(/[-'’]+$/, '').toLowerCase();
    const term = stem(lower);
    if (term.length >= 3 && !STOP_WORDS.has(lower) && !STOP_WORDS.has(term)) add(words, term, 2);
  }
  const spelling = new Map<string, string>();
  for (const [term, f] of forms) spelling.set(term, [...f].sort((a, b) => b[1] - a[1])[0]![0]);
  return { names, words, spelling, pairs };
}

function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
  return k < 0 || OPENERS.includes(text[k]!);
}

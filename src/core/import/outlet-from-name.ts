// The outlet of an article whose text and metadata name none, read from its file name ("012_reuters.txt",
// "bbc.co.uk-budget.html", "guardian-2016-05-01.md"). Only the file name is used, and only when it plainly names a
// source: a known news brand or domain, or one lone word beside numbers and dates. A generic name ("article.txt",
// "page1.html", "story-final.docx") or a descriptive one ("clinton tax returns.txt") gives nothing: a wrong outlet is
// worse than "—", since the engine counts sources by outlet.

/**
 * Common news brands and domains (without the TLD), lower case, to the name the outlet uses for itself. These are
 * read anywhere in a file name ("cnn-budget-vote.txt"): none of them is an ordinary word or a person's name.
 */
const BRANDS: Record<string, string> = {
  abcnews: 'ABC News', aljazeera: 'Al Jazeera', apnews: 'AP', axios: 'Axios', bbc: 'BBC', breitbart: 'Breitbart',
  buzzfeed: 'BuzzFeed', buzzfeednews: 'BuzzFeed News', cbsnews: 'CBS News', cnbc: 'CNBC', cnn: 'CNN',
  dailymail: 'Daily Mail', foxnews: 'Fox News', theguardian: 'The Guardian', huffingtonpost: 'HuffPost',
  huffpost: 'HuffPost', latimes: 'Los Angeles Times', msnbc: 'MSNBC', nbcnews: 'NBC News', npr: 'NPR',
  nypost: 'New York Post', nyt: 'The New York Times', nytimes: 'The New York Times', reuters: 'Reuters',
  theatlantic: 'The Atlantic', thehill: 'The Hill', usatoday: 'USA Today', wapo: 'The Washington Post',
  washingtonpost: 'The Washington Post', washingtontimes: 'The Washington Times', wsj: 'The Wall Street Journal',
};

/**
 * Brands that are also ordinary words or names ("fox", "time", "independent", "bloomberg"): read only when the file
 * name holds no other word ("003_fox.txt"), never inside a description ("fox-hunting-ban.txt").
 */
const WORD_BRANDS: Record<string, string> = {
  abc: 'ABC News', afp: 'AFP', ap: 'AP', atlantic: 'The Atlantic', bloomberg: 'Bloomberg', cbc: 'CBC', cbs: 'CBS News',
  economist: 'The Economist', fox: 'Fox News', ft: 'Financial Times', guardian: 'The Guardian', hill: 'The Hill',
  independent: 'The Independent', nbc: 'NBC News', newsweek: 'Newsweek', pbs: 'PBS', politico: 'Politico',
  slate: 'Slate', telegraph: 'The Telegraph', time: 'Time', vox: 'Vox',
};

/** Words that name a kind of file or a step in saving it, never a source. */
const GENERIC = new Set(
  ('article articles page pages story stories news text txt doc docs document documents file files copy untitled final ' +
    'draft drafts index print printed printable saved save download downloaded downloads scan scanned source sources ' +
    'report reports new old version rev part chapter section item items post posts entry web html htm pdf docx md ' +
    'markdown output input export sample samples test tests example examples temp tmp backup clean cleaned raw full ' +
    'amp mobile www home main content body data notes note read reader story transcript fulltext original orig ' +
    'expected actual result results readme license changelog fixture fixtures ' +
    'en eng english fr de es it uk us the and of a an').split(' '),
);

/** Domain suffixes, longest first ("co.uk" before "uk"). */
const DOMAIN = /(?:^|[^a-z0-9-])(?:www\d?\.|m\.|amp\.|edition\.|mobile\.)?([a-z0-9][a-z0-9-]*)\.(?:com|org|net|news|co\.uk|co|uk|de|fr|ca|au|in|ie|info|tv)(?![a-z0-9])/;

/** Last words of a newspaper's or broadcaster's name ("Coastal Courier", "Evening Standard"). */
const MASTHEAD = new Set(
  ('times post journal tribune herald telegraph gazette daily chronicle observer guardian courier dispatch examiner ' +
    'inquirer bulletin mirror independent globe star sun register record wire press standard review sentinel ' +
    'mail express monitor news').split(' '),
);
/** First words that make "X News" a section or a label rather than a masthead ("local news", "breaking news"). */
const NOT_MASTHEAD_START = new Set('local world breaking latest top business sports sport fake more other related press'.split(' '));

const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;

/** A token made of a hash's letters only ("deadbeef") or too short to be a name. */
const unlikelyName = (t: string) => t.length < 3 || /^[a-f]{6,}$/.test(t) || MONTHS.test(t) || GENERIC.has(t);

const titleCase = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * The outlet a file name names, or null. A domain in the name is read first (known brands by their name, others as
 * the bare host); then a token that is a known brand; then, among numbers and dates only, two or three words ending
 * in a masthead word ("coastal-courier") or one lone word, title-cased.
 */
export function outletFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[a-z0-9]{1,5}$/i, '').toLowerCase();
  if (!stem) return null;
  const domain = stem.match(DOMAIN);
  if (domain) {
    const brand = domain[1].replace(/-/g, '');
    const named = BRANDS[brand] ?? WORD_BRANDS[brand];
    if (named) return named;
    const host = domain[0].replace(/^[^a-z0-9]/, '').replace(/^(www\d?|m|amp|edition|mobile)\./, '');
    if (!unlikelyName(domain[1])) return host;
  }
  const tokens = stem.split(/[^a-z0-9]+/).filter(Boolean);
  const brands = new Set(tokens.map((t) => BRANDS[t]).filter(Boolean));
  if (brands.size === 1) return [...brands][0];
  if (brands.size > 1) return null; // two brands named ("cnn-vs-bbc"): neither is surely this file's outlet
  // Otherwise one word, the other tokens numbers or month names only (a date), so that a description ("budget
  // vote") or a word with digits ("page1") is never read as a source.
  const words = tokens.filter((t) => /^[a-z]+$/.test(t) && !MONTHS.test(t));
  if (tokens.some((t) => !/^[a-z]+$/.test(t) && !/^\d+$/.test(t))) return null;
  // Two or three words ending in a masthead word are a newspaper's name ("01-coastal-courier.txt").
  if (words.length === 2 || words.length === 3) {
    const last = words[words.length - 1];
    const ok = MASTHEAD.has(last) && !NOT_MASTHEAD_START.has(words[0]) && words.slice(0, -1).every((w) => !GENERIC.has(w) || w === 'the');
    return ok ? words.map(titleCase).join(' ') : null;
  }
  if (words.length !== 1) return null;
  const word = words[0];
  if (WORD_BRANDS[word]) return WORD_BRANDS[word];
  return unlikelyName(word) ? null : titleCase(word);
}

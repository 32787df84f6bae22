// Stories in a pile of articles: which of them tell the same news story, so each can become a case. Articles are
// compared by the names and topic words they share (terms.ts, similarity.ts) and grouped by average linkage
// (cluster.ts), then articles still alone may join the story nearest to them at a lower bar. An article that fits
// no story is left out: it stays unsorted.
import { averageLinkage } from './cluster.js';
import { similarPairs, weighTerms } from './similarity.js';
import { articleTerms, type ArticleTerms } from './terms.js';

/**
 * Average similarity two groups need to be joined: the middle of the range (0.15 to 0.30) over which every
 * reference story came out whole and alone (docs/cases.md has the figures and the leave-one-event-out check).
 */
export const STORY_THRESHOLD = 0.25;

/**
 * An article no story took joins the story it is most alike, on average, once that average reaches this fraction of
 * the threshold (cluster.ts, `attach`); two stories, or two lone articles, still need the full threshold. Every
 * ratio from 0.4 to 0.9 places every reference article with no false pair; 0.8 keeps clear of both ends, as the
 * unlabelled benchmark pages gain more attached pages the lower it goes (decision 0067).
 */
export const ATTACH_RATIO = 0.8;

export interface StoryInput {
  id: string;
  title: string;
  text: string;
}

/** A case that already exists: new articles may join it; two cases are never merged. */
export interface ExistingGroup {
  id: string;
  articleIds: string[];
}

export interface Story {
  /** Every article of the story, in input order. */
  articleIds: string[];
  /** Set when the story extends an existing case: the case, and the articles it would gain. */
  caseId: string | null;
  newArticleIds: string[];
  /** Names most of its articles use, most telling first, as written ("Hong Kong", "NATO"). */
  names: string[];
  /** A short label made of the top names, for the user to accept or rename. */
  label: string;
  /** Average similarity of the story's article pairs (0..1); 1 for a story of one pair of copies. */
  cohesion: number;
}

export interface SuggestOptions {
  existing?: ExistingGroup[];
  threshold?: number;
  /** Average similarity a lone article needs to join a story; `threshold × ATTACH_RATIO` by default. */
  attach?: number;
  /** Precomputed terms by article id (the app caches them); computed from title and text otherwise. */
  terms?: Map<string, ArticleTerms>;
}

/**
 * Stories of two or more articles among `articles`, largest first. Existing groups come back only when they gain
 * an article. Deterministic: the same input gives the same stories in the same order.
 */
export function suggestStories(articles: StoryInput[], options: SuggestOptions = {}): Story[] {
  const threshold = options.threshold ?? STORY_THRESHOLD;
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const terms = articles.map((a) => options.terms?.get(a.id) ?? articleTerms(a.title, a.text));
  const weighted = weighTerms(terms);
  // Pairs far below the threshold cannot start a story, and in a large library they are most pairs: dropping them
  // keeps clustering near-linear. A group's average then counts them as 0, which only errs towards leaving apart.
  const pairs = similarPairs(terms, weighted).filter((p) => p.score >= threshold / 2);
  const pairScore = new Map(pairs.map((p) => [p.a * articles.length + p.b, p.score]));

  // An article sits in at most one fixed group here: the first existing case that holds it.
  const taken = new Set<number>();
  const fixed: { id: string; members: number[] }[] = [];
  for (const g of options.existing ?? []) {
    const members = g.articleIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined && !taken.has(i));
    if (!members.length) continue;
    members.forEach((i) => taken.add(i));
    fixed.push({ id: g.id, members });
  }
  const groups = averageLinkage(articles.length, pairs, threshold, fixed.map((f) => f.members),
    options.attach ?? threshold * ATTACH_RATIO);

  const stories: Story[] = [];
  for (const group of groups) {
    if (group.length < 2) continue;
    const home = fixed.find((f) => group.includes(f.members[0]!));
    const added = home ? group.filter((i) => !home.members.includes(i)) : group;
    if (!added.length) continue;
    const names = storyNames(group.map((i) => terms[i]!), weighted.names.length ? group.map((i) => weighted.names[i]!) : []);
    stories.push({
      articleIds: group.map((i) => articles[i]!.id),
      caseId: home?.id ?? null,
      newArticleIds: added.map((i) => articles[i]!.id),
      names,
      label: names.slice(0, 3).join(' · ') || 'Untitled story',
      cohesion: cohesion(group, articles.length, pairScore),
    });
  }
  return stories.sort((a, b) => b.articleIds.length - a.articleIds.length || b.cohesion - a.cohesion
    || (a.articleIds[0]! < b.articleIds[0]! ? -1 : 1));
}

/**
 * Names used by at least half the story's articles, by summed weight; two of them that the articles mostly write
 * together become one ("Saudi Arabia").
 */
function storyNames(terms: ArticleTerms[], vectors: Map<string, number>[]): string[] {
  const used = new Map<string, number>();
  const weight = new Map<string, number>();
  terms.forEach((t, i) => {
    for (const k of t.names.keys()) {
      used.set(k, (used.get(k) ?? 0) + 1);
      weight.set(k, (weight.get(k) ?? 0) + (vectors[i]?.get(k) ?? 0));
    }
  });
  const half = Math.ceil(terms.length / 2);
  const top = [...weight]
    .filter(([k]) => (used.get(k) ?? 0) >= half)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 8)
    .map(([k]) => k);
  const count = (key: string, pick: (t: ArticleTerms) => Map<string, number>) => terms.reduce((n, t) => n + (pick(t).get(key) ?? 0), 0);
  // As the articles write it; a form that is the term itself ("Greve", not "Greves") when one of them uses it.
  const spell = (k: string) => {
    const forms = terms.map((t) => t.spelling.get(k)).filter((f): f is string => f !== undefined);
    return forms.find((f) => f.toLowerCase() === k) ?? forms[0] ?? k;
  };
  const out: string[] = [];
  const done = new Set<string>();
  for (const k of top) {
    if (done.has(k)) continue;
    done.add(k);
    const partner = top.find((o) => !done.has(o) && [`${k} ${o}`, `${o} ${k}`].some((p) =>
      count(p, (t) => t.pairs) * 2 >= Math.min(count(k, (t) => t.names), count(o, (t) => t.names))));
    if (partner === undefined) {
      out.push(spell(k));
      continue;
    }
    done.add(partner);
    const first = count(`${k} ${partner}`, (t) => t.pairs) >= count(`${partner} ${k}`, (t) => t.pairs);
    out.push(first ? `${spell(k)} ${spell(partner)}` : `${spell(partner)} ${spell(k)}`);
  }
  return out.slice(0, 6);
}

function cohesion(group: number[], n: number, score: Map<number, number>): number {
  let sum = 0;
  let pairs = 0;
  for (let x = 0; x < group.length; x++) {
    for (let y = x + 1; y < group.length; y++) {
      const [a, b] = group[x]! < group[y]! ? [group[x]!, group[y]!] : [group[y]!, group[x]!];
      sum += score.get(a * n + b) ?? 0;
      pairs++;
    }
  }
  return pairs ? sum / pairs : 0;
}

// Page titles often end with the site's name ("Headline - Daily Ledger", "How to Fix a Bike | Tinker Hub"), and site
// names with a tagline ("Harbour Times - News You Can Use"). Both are shown without the repetition (decision
// 0056). Only the shown fields change: the article hash is computed from the title as the file states it.
import type { Article } from '../model/index.js';
import { normaliseForHash, sha256Hex } from '../text/index.js';

/** " - ", " | ", " – ", " — " between two parts of a title or a site name. */
const SEPARATOR = /\s+[-|–—]\s+/g;

/** A name compared loosely: lower case, no leading "the", no top-level domain, letters and digits only. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/^(www\d?|m)\./, '')
    .replace(/\.(com|org|net|co\.uk|co|news|info)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Scripts written without spaces: four characters of them count as a headline left. */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{4}/u;

/** Where each separator in `text` starts and ends. */
function separators(text: string): { start: number; end: number }[] {
  return [...text.matchAll(SEPARATOR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A site name without its tagline: the part before the first separator, when that part holds 2+ letters
 * ("Harbour Times - News You Can Use" -> "Harbour Times"). */
export function siteNameWithoutTagline(name: string): string {
  const first = separators(name)[0];
  if (!first) return name;
  const head = name.slice(0, first.start).trim();
  return /\p{L}{2}/u.test(head) ? head : name;
}

/**
 * The title without a last part that names the outlet ("Headline - Daily Ledger" with outlet "Daily Ledger" or
 * "dailyledger.com"). `outlets` are the names the page gives itself (the site name as stated and without its
 * tagline); the headline left must still hold two words (or four CJK characters), else the title is kept whole.
 */
export function titleWithoutOutlet(title: string, outlets: (string | null | undefined)[]): string {
  const keys = new Set(outlets.filter((o): o is string => !!o).map(nameKey).filter((k) => k.length >= 2));
  if (!keys.size) return title;
  // Longest suffix first, so a site name that itself holds a separator is matched whole.
  for (const sep of separators(title)) {
    if (!keys.has(nameKey(title.slice(sep.end)))) continue;
    const head = title.slice(0, sep.start).trim();
    return head.split(/\s+/).length >= 2 || CJK_RUN.test(head) ? head : title;
  }
  return title;
}

/**
 * The metadata a stored article would get if imported today (decision 0077): its title without the outlet ending
 * and its outlet without a tagline, as `buildArticle` shows them. Null when nothing changes. For libraries imported
 * before decision 0056; the hash and id are never touched (they come from the title as the file states it).
 *
 * Only a title still as the file stated it is shortened, and the stored hash proves which one is: the hash of that
 * title with the body equals `hash` (an article imported since 0056 already has its shorter title, and a second pass
 * could cut one more part: "Fares rise - Ledger - Ledger"). Titles from the file name or cut for length are left, as
 * at import. When a checker corrected the metadata (`original` holds what was imported), the imported values change
 * and a shown value changes only where it is still the imported one.
 */
export function shownAsImportedToday(article: Article): Pick<Article, 'title' | 'outlet' | 'original'> | null {
  const imported = article.original ?? article;
  const outletInferred = article.inferred?.outlet !== undefined;
  const outlet = imported.outlet && !outletInferred ? siteNameWithoutTagline(imported.outlet) : imported.outlet;
  let title = imported.title;
  const cutForLength = title.endsWith('…') && (article.paragraphs[0] ?? '').startsWith(title.slice(0, -1));
  if (article.inferred?.title === undefined && !cutForLength) {
    const shorter = titleWithoutOutlet(title, [imported.outlet, outlet]);
    if (shorter !== title && sha256Hex(normaliseForHash(title) + '\n' + normaliseForHash(article.text)) === article.hash) title = shorter;
  }
  if (title === imported.title && outlet === imported.outlet) return null;
  if (!article.original) return { title, outlet };
  return {
    title: article.title === imported.title ? title : article.title,
    outlet: article.outlet === imported.outlet ? outlet : article.outlet,
    original: { ...article.original, title, outlet },
  };
}

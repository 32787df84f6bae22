// Page titles often end with the site's name ("Headline - Daily Ledger", "How to Fix a Bike | Tinker Hub"), and site
// names with a tagline ("Harbour Times - News You Can Use"). Both are shown without the repetition (decision
// 0056). Only the shown fields change: the article hash is computed from the title as the file states it.

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

/** Sorting for the library table: nulls always last, text by locale, numbers numerically. */
import type { ArticleSummary } from '../db/articles.js';

export type SortKey = 'title' | 'outlet' | 'published' | 'format' | 'words';
export type SortDir = 'ascending' | 'descending';

// Collators made once: localeCompare builds one per call, and sorting 1,000 rows calls it ~10,000 times.
const BY_DEFAULT = new Intl.Collator();
const BY_BASE = new Intl.Collator(undefined, { sensitivity: 'base' });

export function sortArticles(list: readonly ArticleSummary[], key: SortKey, dir: SortDir): ArticleSummary[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return [...list].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x == null && y == null) return BY_DEFAULT.compare(a.title, b.title);
    if (x == null) return 1;
    if (y == null) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : BY_BASE.compare(String(x), String(y));
    return c === 0 ? BY_DEFAULT.compare(a.title, b.title) : c * sign;
  });
}

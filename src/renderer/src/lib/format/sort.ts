/** Sorting for the library table: nulls always last, text by locale, numbers numerically. */
import type { ArticleSummary } from '../db/articles.js';

export type SortKey = 'title' | 'outlet' | 'published' | 'format' | 'words';
export type SortDir = 'ascending' | 'descending';

export function sortArticles(list: readonly ArticleSummary[], key: SortKey, dir: SortDir): ArticleSummary[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return [...list].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x == null && y == null) return a.title.localeCompare(b.title);
    if (x == null) return 1;
    if (y == null) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { sensitivity: 'base' });
    return c === 0 ? a.title.localeCompare(b.title) : c * sign;
  });
}

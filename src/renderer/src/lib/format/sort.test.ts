import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../db/articles.js';
import { sortAppended, sortArticles, type SortDir, type SortKey } from './sort.js';

const row = (title: string, outlet: string | null, words: number, published: string | null): ArticleSummary => ({
  id: title, hash: title, title, outlet, author: null, published, format: 'txt', words, importedAt: '', path: title, fileName: title,
});
const rows = [row('b', 'Zeta', 300, '2024-01-02'), row('a', null, 20, null), row('c', 'alpha', 1000, '2023-12-31')];

describe('sortArticles', () => {
  it('sorts numbers numerically, both directions', () => {
    expect(sortArticles(rows, 'words', 'ascending').map((r) => r.words)).toEqual([20, 300, 1000]);
    expect(sortArticles(rows, 'words', 'descending').map((r) => r.words)).toEqual([1000, 300, 20]);
  });
  it('sorts text case-insensitively and keeps missing values last in either direction', () => {
    expect(sortArticles(rows, 'outlet', 'ascending').map((r) => r.outlet)).toEqual(['alpha', 'Zeta', null]);
    expect(sortArticles(rows, 'outlet', 'descending').map((r) => r.outlet)).toEqual(['Zeta', 'alpha', null]);
    expect(sortArticles(rows, 'published', 'descending').map((r) => r.title)).toEqual(['b', 'c', 'a']);
  });
  it('does not mutate its input', () => {
    const copy = [...rows];
    sortArticles(rows, 'title', 'descending');
    expect(rows).toEqual(copy);
  });
});

describe('sortAppended', () => {
  // Many ties (few titles, outlets, word counts; missing values) so the stable tie order is exercised. Fixed seed.
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const pick = <T>(xs: T[]) => xs[next(xs.length)]!;
  const many = Array.from({ length: 300 }, (_, i): ArticleSummary => ({
    ...row(pick(['Alpha', 'alpha', 'Beta', 'Ébé', 'beta', 'Zed']), pick(['Zeta', 'zeta', 'alpha', null]), pick([20, 300, 1000]), pick(['2024-01-02', null, '2023-12-31'])),
    id: `id-${i}`,
  }));
  it('gives exactly the full sort of the longer list, whatever was sorted before', () => {
    for (const key of ['title', 'outlet', 'published', 'format', 'words'] as SortKey[]) {
      for (const dir of ['ascending', 'descending'] as SortDir[]) {
        const full = sortArticles(many, key, dir).map((a) => a.id);
        for (const n of [0, 1, 57, 200, 299, 300]) {
          expect(sortAppended(sortArticles(many.slice(0, n), key, dir), many, key, dir).map((a) => a.id)).toEqual(full);
        }
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../db/articles.js';
import { sortArticles } from './sort.js';

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

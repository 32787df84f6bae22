import { describe, expect, it } from 'vitest';
import { buildArticle, isoDate, titleFromName } from './article-record.js';

describe('article record', () => {
  it('normalises published dates to ISO 8601', () => {
    expect(isoDate('2019-04-28 06:01:07')).toBe('2019-04-28T06:01:07');
    expect(isoDate('2024-03-14T08:30:00Z')).toBe('2024-03-14T08:30:00Z');
    expect(isoDate('Thu, 14 Mar 2024 08:30:00 GMT')).toBe('2024-03-14T08:30:00.000Z');
    expect(isoDate('last Tuesday')).toBeNull();
  });

  it('fills the shared fields: id from hash, text from paragraphs, file-name title fallback, guessed language', () => {
    const input = { name: 'city_budget.txt', path: '/x/city_budget.txt', bytes: new Uint8Array(10) };
    const a = buildArticle(input, { format: 'txt', title: null, paragraphs: ['  The council and the mayor said the budget was 4 percent larger.  ', 'It was the largest in the history of the city.'] }, new Date(0));
    expect(a.title).toBe('city budget');
    expect(a.text).toBe('The council and the mayor said the budget was 4 percent larger.\n\nIt was the largest in the history of the city.');
    expect(a.id).toBe(a.hash.slice(0, 16));
    expect(a.language).toBe('en');
    expect(a.words).toBe(22);
    expect(a.bytes).toBe(10);
    expect(titleFromName('report.final.pdf')).toBe('report.final');
  });
});

import { describe, expect, it } from 'vitest';
import type { Analysis, Mention, Quantity } from '../../../../core/model/index.js';
import { articleMarks, emphasise, formatInterval, indexMentions, mentionTitle, reusePartners, statusCounts } from './marks.js';

function mention(id: string, articleId: string, start: number, over: Partial<Mention> = {}): Mention {
  return {
    id,
    articleId,
    text: 'about 40 boats',
    start,
    end: start + 14,
    sentence: 'There were about 40 boats.',
    kind: 'count',
    value: 40,
    low: 36,
    high: 44,
    unit: null,
    qualifier: 'about',
    trend: null,
    measure: 'boat',
    subject: null,
    event: null,
    timeFrame: null,
    attribution: null,
    ...over,
  };
}

function quantity(id: string, status: Quantity['status'], mentionIds: string[]): Quantity {
  return { id, label: `boat ${id}`, status, mentionIds, independentSources: 2, note: '', spread: null, countsDiffer: false, unit: null };
}

const analysis: Analysis = {
  mentions: [mention('a:30', 'a', 30), mention('a:4', 'a', 4), mention('b:0', 'b', 0), mention('a:90', 'a', 90)],
  quantities: [quantity('q1', 'contested', ['a:30', 'b:0']), quantity('q2', 'single-source', ['a:4'])],
  reuse: [
    { a: 'a', b: 'c', score: 0.4, pairs: [] },
    { a: 'd', b: 'a', score: 0.9, pairs: [] },
    { a: 'b', b: 'c', score: 0.7, pairs: [] },
  ],
};

describe('articleMarks', () => {
  it("lists one article's mentions in text order with the status of their quantity", () => {
    const marks = articleMarks(indexMentions(analysis), 'a');
    expect(marks.map((m) => [m.mentionId, m.start, m.status])).toEqual([
      ['a:4', 4, 'single-source'],
      ['a:30', 30, 'contested'],
      ['a:90', 90, null],
    ]);
    expect(marks[1].title).toContain('Contested: boat q1');
    expect(marks[2].title).toContain('not grouped');
  });

  it('is empty without an analysis', () => {
    expect(articleMarks(indexMentions(null), 'a')).toEqual([]);
  });
});

describe('formatInterval', () => {
  it('prints closed, open and point intervals', () => {
    expect(formatInterval({ low: 11500, high: 12500, value: 12000, kind: 'count', unit: null })).toBe('11,500 – 12,500');
    expect(formatInterval({ low: 13000, high: null, value: 13000, kind: 'count', unit: null })).toBe('≥ 13,000');
    expect(formatInterval({ low: 13000, high: Infinity, value: 13000, kind: 'count', unit: null })).toBe('≥ 13,000');
    expect(formatInterval({ low: 2020, high: 2020, value: 2020, kind: 'year', unit: 'year' })).toBe('2020');
    expect(formatInterval({ low: 1.2e9, high: 1.2e9, value: 1.2e9, kind: 'money', unit: 'USD' })).toBe('1.2 billion USD');
    // Without a kind (a source value), a unit of years still prints as a year.
    expect(formatInterval({ low: 2013, high: 2013, value: 2013, unit: 'year' })).toBe('2013');
    expect(formatInterval({ low: null, high: null, value: null, kind: 'count', unit: null })).toBeNull();
  });
});

describe('mentionTitle', () => {
  it('names the hedge and the interval', () => {
    const t = mentionTitle(mention('x', 'a', 0), null);
    expect(t).toContain('Hedge: approximate');
    expect(t).toContain('Interval: 36 – 44');
  });
});

describe('reusePartners', () => {
  it('finds pairs on either side, best first', () => {
    expect(reusePartners(analysis, 'a')).toEqual([
      { id: 'd', score: 0.9 },
      { id: 'c', score: 0.4 },
    ]);
    expect(reusePartners(analysis, 'z')).toEqual([]);
  });
});

describe('statusCounts', () => {
  it('counts every status, zero included', () => {
    const views = analysis.quantities.map((q) => ({ quantity: q, values: [] }));
    expect(statusCounts(views)).toEqual({ contested: 1, corroborated: 0, 'single-source': 1 });
  });
});

describe('emphasise', () => {
  it('splits around the first occurrence', () => {
    expect(emphasise('There were about 40 boats.', 'about 40 boats')).toEqual({ before: 'There were ', match: 'about 40 boats', after: '.' });
  });
  it('falls back to the whole sentence', () => {
    expect(emphasise('No match here.', '12')).toEqual({ before: 'No match here.', match: '', after: '' });
  });
});

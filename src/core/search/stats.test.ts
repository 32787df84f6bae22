import { describe, expect, it } from 'vitest';
import { searchStats, type StatEntry } from './stats.js';

function stat(id: string, value: number | null, measure: string | null, extra: Partial<StatEntry> = {}): StatEntry {
  return {
    id, articleId: id.split(':')[0]!, start: 0, end: 5, text: String(value), sentence: '', value, low: value, high: value,
    qualifier: 'exact', unit: null, measure, subject: null, event: null, status: null, label: null, ...extra,
  };
}

const ENTRIES = [
  stat('a:1', 15000, 'troop', { event: 'deploy', status: 'single-source' }),
  stat('b:1', 15000, 'troop', { event: 'deploy', status: 'contested' }),
  stat('c:1', 15000, 'resident'),
  stat('d:1', 1.2e9, null, { unit: 'USD' }),
  stat('e:1', 13500, 'soldier', { qualifier: 'range', low: 12000, high: 15000 }),
  stat('f:1', 3000, 'troop'),
];

const ids = (q: string) => searchStats(q, ENTRIES).hits.map((h) => h.entry.id);

describe('statistics search', () => {
  it('finds statistics by value in any written form, contested first', () => {
    expect(ids('15,000')).toEqual(['b:1', 'a:1', 'c:1', 'e:1']);
    expect(ids('15 000')).toEqual(ids('15000'));
    expect(ids('1.2 billion')).toEqual(['d:1']);
    expect(ids('1.2bn')).toEqual(['d:1']);
  });

  it('finds statistics by what they count, with plural or singular', () => {
    expect(ids('troops').sort()).toEqual(['a:1', 'b:1', 'f:1']);
    expect(ids('troop deployed').sort()).toEqual(['a:1', 'b:1']);
    expect(ids('15,000 troops')).toEqual(['b:1', 'a:1']);
    expect(ids('usd')).toEqual(['d:1']);
  });

  it('finds a prefix being typed, and a word plus an inflection, but not a longer word that only begins with one', () => {
    expect(ids('troo').sort()).toEqual(['a:1', 'b:1', 'f:1']);
    expect(ids('soldiers deployment')).toEqual([]);
    expect(ids('deployment').sort()).toEqual(['a:1', 'b:1']);
    expect(ids('residentzzq')).toEqual([]);
    expect(ids('residential')).toEqual([]);
  });

  it('finds nothing for words that name no statistic', () => {
    expect(ids('harbour')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('applies the article filter', () => {
    expect(searchStats('troops', ENTRIES, (a) => a === 'f').hits.map((h) => h.entry.id)).toEqual(['f:1']);
  });
});

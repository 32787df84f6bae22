import { describe, expect, it } from 'vitest';
import { extract, mentionFor } from '../test-util.js';

describe('date and year parsers', () => {
  it('reads full dates without leaking the day as a count', () => {
    const { mentions } = extract('The dam opened on June 30, 2023 after delays.');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ kind: 'date', value: 2023, iso: '2023-06-30' });
    expect(mentionFor('It happened in May 2021 overnight.', 'May 2021')).toMatchObject({ kind: 'date', value: 2021, iso: '2021-05' });
    expect(mentionFor('Talks resume Jan. 12 in Lisbon.', 'Jan. 12').iso).toBe('--01-12');
  });
  it('reads years, year ranges and decades', () => {
    expect(mentionFor('The port was built in 1998 by the state.', '1998')).toMatchObject({ kind: 'year', value: 1998, unit: 'year' });
    expect(mentionFor('The 2014-2017 drought ended.', '2014-2017')).toMatchObject({ kind: 'year', low: 2014, high: 2017 });
    expect(mentionFor('Prices peaked in the 1990s.', '1990s')).toMatchObject({ low: 1990, high: 1999 });
  });
  it('keeps four-digit counts of things as counts', () => {
    expect(mentionFor('Officials counted 2000 tents.', '2000')).toMatchObject({ kind: 'count', value: 2000, measure: 'tent' });
  });
  it('keeps since/until visible on years', () => {
    expect(mentionFor('Troops stayed until 2022 in the north.', '2022').timeFrame).toBe('until');
  });
});

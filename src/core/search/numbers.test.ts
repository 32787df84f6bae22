import { describe, expect, it } from 'vitest';
import { canonicalDecimal } from './numbers.js';
import { queryTerms, tokenize } from './tokenize.js';

const indexTerms = (s: string) => tokenize(s, 'index').map((t) => t.term);

describe('number terms', () => {
  it('canonicalises decimals by shifting the point, without float rounding', () => {
    expect(canonicalDecimal('1', '2', 9)).toBe('1200000000');
    expect(canonicalDecimal('0', '5', 6)).toBe('500000');
    expect(canonicalDecimal('15000', '')).toBe('15000');
    expect(canonicalDecimal('007', '500')).toBe('7.5');
    expect(canonicalDecimal('2', '175', 12)).toBe('2175000000000');
    expect(canonicalDecimal('0', '001')).toBe('0.001');
  });

  it.each([
    ['15,000', '15000'], ['15 000', '15000'], ['15\u202f000', '15000'], ['15\u00a0000', '15000'], ['15000', '15000'],
    ['15k', '15000'], ['15 thousand', '15000'], ['1,234,567', '1234567'], ['1.234.567', '1234567'],
    ['1.2 billion', '1200000000'], ['1.2bn', '1200000000'], ['$1.2bn', '1200000000'], ['1.2 bn', '1200000000'],
    ['€3m', '3000000'], ['2.5 million', '2500000'], ['1,5 Millionen', '1500000'], ['3 milliards', '3000000000'],
    ['0.75', '0.75'], ['12.50', '12.5'], ['40%', '40'],
  ])('"%s" is queried as %s', (written, value) => {
    expect(queryTerms(written)).toEqual([value]);
    expect(indexTerms(`They said ${written} were there.`)).toContain(value);
  });

  it('keeps the figure as written and the scale word in the index, so "1.2" and "billion" find "1.2 billion"', () => {
    expect(indexTerms('1.2 billion')).toEqual(['1200000000', '1.2', 'billion']);
  });

  it('indexes both readings of an ambiguous dot group', () => {
    expect(indexTerms('1.500')).toEqual(['1.5', '1500']);
    expect(queryTerms('1.500')).toEqual(['1.5']);
  });

  it('does not glue separate numbers or read a unit as a scale', () => {
    expect(indexTerms('in 2019, 2020 and 2021')).toEqual(['2019', '2020', '2021']);
    expect(indexTerms('a 5 m wall')).toEqual(['5', 'm', 'wall']);
    expect(indexTerms('1,5 and 3,45')).toEqual(['1.5', '3.45']);
    expect(indexTerms('15 people')).toEqual(['15', 'person']);
  });

  it('gives each term its offsets in the original text', () => {
    const text = 'About 15,000 troops, €1.2bn.';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['15,000', 'troops', '1.2bn', '1.2bn', 'bn']);
  });
});

describe('word terms', () => {
  it('folds diacritics and case, drops stop words, reduces plurals', () => {
    expect(queryTerms('The Zürich Ministries and the TROOPS')).toEqual(['zurich', 'ministry', 'troop']);
    expect(queryTerms('São Paulo')).toEqual(['sao', 'paulo']);
    expect(queryTerms('the of and')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { INLINE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { splitSentences } from './index.js';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits on periods before capitals and keeps offsets', () => {
    const s = 'The river rose. Residents left.';
    const out = splitSentences(s);
    expect(out.map((x) => x.text)).toEqual(['The river rose.', 'Residents left.']);
    for (const x of out) expect(s.slice(x.start, x.end)).toBe(x.text);
  });
  it('keeps initialisms, titles, months and initials inside the sentence', () => {
    expect(texts('The U.N. Mission in Karsova sent Col. Ada Brenn and Dr. Tim Oduya on Jan. 5 to meet J. R. Smith of the U.S. Navy.')).toHaveLength(1);
    expect(texts('Mr. Pell paid 1.2 million.')).toEqual(['Mr. Pell paid 1.2 million.']);
  });
  it('ends a sentence after an initialism when a typical sentence opener follows', () => {
    expect(texts('Aid came from the U.S. The next day it stopped.')).toHaveLength(2);
  });
  it('treats an ellipsis followed by a capital as a boundary, and quotes after periods', () => {
    expect(texts('He paused... Then he spoke.')).toEqual(['He paused...', 'Then he spoke.']);
    expect(texts('"We will stay." The mayor left.')).toEqual(['"We will stay."', 'The mayor left.']);
  });
  it('always ends a sentence at a blank line', () => {
    expect(texts('Headline without period\n\nBody text here. More')).toEqual(['Headline without period', 'Body text here.', 'More']);
  });
  it('does not split decimals, lowercase continuations or URLs', () => {
    expect(texts('Output grew 1.2 percent vs. last year at example.com today.')).toHaveLength(1);
  });
  // periodEnds skips the lists for a word whose (last letter, length) no abbreviation has (decision 0079): every entry,
  // as written and capitalised, must still reach its list, and ordinary words of the same lengths must still end
  it('reads every listed abbreviation past the shape test, and ends at other words of the same length', () => {
    for (const w of TITLE_ABBREVIATIONS) {
      for (const v of [w, w[0]!.toUpperCase() + w.slice(1)]) expect(texts(`Rain fell on ${v}. Smith and the crew.`)).toHaveLength(1);
    }
    for (const w of INLINE_ABBREVIATIONS) {
      for (const v of [w, w[0]!.toUpperCase() + w.slice(1)]) expect(texts(`Rain fell on ${v}. 5 of the crew.`)).toHaveLength(1);
    }
    for (const w of ['a', 'go', 'sat', 'said', 'rises', 'ending', 'yesterday']) expect(texts(`Rain fell on ${w}. 5 of the crew.`)).toHaveLength(2);
  });
  it('handles empty and whitespace-only input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});

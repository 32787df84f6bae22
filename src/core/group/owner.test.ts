// Owner and time-extent readings (decision 0069), on invented sentences.
import { describe, expect, it } from 'vitest';
import { around } from './context.js';
import { ownerOf } from './owner.js';
import { extentOf } from './time-extent.js';

const owner = (sentence: string, figure: string, text = sentence) => {
  const at = sentence.indexOf(figure);
  return ownerOf(around(sentence, at, figure.length).before, sentence.slice(0, at), text);
};
const extent = (sentence: string, figure: string) => extentOf(sentence, sentence.indexOf(figure), figure.length);

describe('owner', () => {
  it('reads a possessive in the clause, a pronoun with one name before it, and a name before its verb', () => {
    expect(owner("The Vails' effective tax rate for 2011 was 31.4 percent.", '31.4 percent')).toBe('vail');
    expect(owner('Mr. Toft said his average tax rate was 30 percent.', '30 percent')).toBe('toft');
    expect(owner('Last year, the Vails paid a rate of 31.4 percent.', '31.4 percent')).toBe('vail');
    expect(owner('Toft paid a rate of roughly 30 percent.', 'roughly 30 percent', 'As Mr. Toft said. Toft paid a rate of roughly 30 percent.')).toBe('toft');
  });

  it('says nothing when the words do not name one owner', () => {
    // two names before the pronoun
    expect(owner('Vail met Toft, who said his rate was 30 percent.', '30 percent')).toBeNull();
    // a capitalised word opening the sentence that the article never writes inside a sentence
    expect(owner('Officials paid about 30 percent.', 'about 30 percent')).toBeNull();
    // a possessive that opens a longer name
    expect(owner("Staff of the Harbour's Fund for Art earned $40,000.", '$40,000')).toBeNull();
    // no finite verb after the name
    expect(owner('Two Harbour Department officials said 7,000 will leave.', '7,000', 'the Harbour Department. Two Harbour Department officials said 7,000 will leave.')).toBeNull();
  });
});

describe('time extent', () => {
  it('tells one year from several, by the time phrase nearest the figure in its clause', () => {
    expect(extent('From 2003 through 2010 the pair paid $9,112,400 in taxes, a rate of 28.2 percent.', '$9,112,400')).toBe('span');
    expect(extent('The rate for 2010 was 35.1 percent, while the combined rate was 41 percent.', '35.1 percent')).toBe('point');
    expect(extent("He contrasted it with the pair's 2010 rate: 30 percent.", '30 percent')).toBe('point');
    expect(extent('Last year, the pair paid a rate of 35.1 percent.', '35.1 percent')).toBe('point');
    expect(extent('They have paid $9 million in taxes since 2003.', '$9 million')).toBe('span');
    expect(extent('She earned $4 million between 2008 and 2010 for advice.', '$4 million')).toBe('span');
  });

  it('reads no time across a comma on the right or a semicolon on the left', () => {
    expect(extent('They gave $2 million to charity, the most in 2009.', '$2 million')).toBeNull();
    expect(extent('Rates fell in 2009; the average was 12 percent.', '12 percent')).toBeNull();
  });
});

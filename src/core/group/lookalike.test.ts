// Look-alike figures of different things in one story (decision 0007): near amounts of different purchases, a bound
// and a figure at the bound, a restatement in one sentence. Invented articles, read by the real extractor, grouped by
// the committed model. The cases the committed model gets wrong are kept as `it.fails` (known weaknesses): when a
// change fixes one, its test fails and should become a plain `it`.
import { describe, expect, it } from 'vitest';
import { find, qOf, run, type Doc } from './test-util.js';
import type { Mention, Quantity } from '../model/index.js';

const apart = (qs: Quantity[], a: Mention, b: Mention) => qOf(qs, a).id !== qOf(qs, b).id;

describe('look-alike figures of one story stay apart', () => {
  it('two purchases priced to the cent in two outlets are not one contested amount', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'Records show Oren Vail spent $7,412.36 on a sailing trip to the Calder islands in 2009.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Oren Vail also bought $7,960.18 worth of garden furniture for his house, according to the filing.' };
    const { mentions, qs } = run([A, B]);
    expect(apart(qs, find(mentions, 'a', '7,412.36'), find(mentions, 'b', '7,960.18'))).toBe(true);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });

  it('a restated figure in one sentence is the same thing; two figures in one unit are two things', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'The Calder reserve covers 1.24 million square kilometres (479,000 square miles), the survey found.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Among the items were a $6,000 clock owned by a former mayor and a $5,600 painting of the harbour.' };
    const { mentions, qs } = run([A, B]);
    expect(apart(qs, find(mentions, 'a', '1.24 million'), find(mentions, 'a', '479,000'))).toBe(false);
    expect(apart(qs, find(mentions, 'b', '6,000'), find(mentions, 'b', '5,600'))).toBe(true);
  });

  it('the year a post was left and the year of an earlier resignation are not one contested year', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'In 2013, the premier removed Ilse Brandt from her post running the northern command.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'It was the first resignation over a security issue by a senior minister since 1980, when Tomas Vey quit.' };
    const { mentions, qs } = run([A, B]);
    expect(apart(qs, find(mentions, 'a', '2013'), find(mentions, 'b', '1980'))).toBe(true);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });

  // In one held-out event this chain was made (decisions 0006, 0007): "worth" read as both purchases' noun, and the exact
  // figure met the bound through rounding slack below "over". Fixed by reading the money object ("$X worth of Y" -> Y)
  // and giving "over X" no slack below X (decision 0015).
  it('"over $10,000" at a store does not chain a $9,587.64 purchase of something else into a contested amount', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'The expenses Oren Vail charged to the fund included over $10,000 at Lumen Electronics, the records show.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Prosecutors say Oren Vail used fund money to buy $9,587.64 worth of children\u2019s furniture.' };
    const C: Doc = { id: 'c', outlet: 'Morning Post', text: 'From 2007 to 2011, Oren Vail bought $10,977.74 worth of televisions at Lumen Electronics, the records show.' };
    const { mentions, qs } = run([A, B, C]);
    expect(apart(qs, find(mentions, 'b', '9,587.64'), find(mentions, 'c', '10,977.74'))).toBe(true);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });

  // Known weakness (decision 0007): "nearly 60" and "more than 60" are one number to the value features (valueEqual),
  // and the shared names of one story outweigh the two nouns. Making hedges that point different ways unequal fixed it
  // but lost same-quantity pairs ("about 13,000" / "more than 13,000"); measured and not shipped.
  it.fails('"nearly 60 seats" lost and "more than 60 members" who voted against are not one corroborated figure', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'The Harbour Party has lost nearly 60 seats over the past six years. More than 60 members voted against Maren Toft.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Maren Toft won the leadership vote, 134 to 63, on Wednesday.' };
    const { mentions, qs } = run([A, B]);
    expect(apart(qs, find(mentions, 'a', 'nearly 60'), find(mentions, 'a', 'More than 60'))).toBe(true);
  });
});

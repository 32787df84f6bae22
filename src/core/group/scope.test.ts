// Look-alike figures that differ only in scope, role or rounding (decision 0009). Invented articles, read by the real
// extractor, grouped by the committed model. `it.fails` marks what the committed model gets wrong (known weaknesses,
// measured in 0009: the features that fix them traded a false contested quantity held out); when a change fixes one,
// its test fails and should become a plain `it`.
import { describe, expect, it } from 'vitest';
import { find, qOf, run, type Doc } from './test-util.js';
import type { Mention, Quantity } from '../model/index.js';

const apart = (qs: Quantity[], a: Mention, b: Mention) => qOf(qs, a).id !== qOf(qs, b).id;

describe('scope, role and rounding: look-alike figures stay apart', () => {
  // Fixed by the scope feature of 0009 (V3, shipped by the lead after the measurements below).
  it('the amount placed so far does not join the amount another outlet says was reserved', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'The radio campaign will cost $2 million, an aide said - a tracking firm said about $800,000 has been placed so far.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'The Harbour Party has reserved $900,000 of radio time in the three northern towns.' };
    const { mentions, qs } = run([A, B]);
    expect(apart(qs, find(mentions, 'a', '800,000'), find(mentions, 'b', '900,000'))).toBe(true);
  });

  // Still joined with the scope feature: the two clauses share "effective/average federal tax rate" and the values overlap.
  it.fails('one year\'s tax rate and another person\'s average rate over two decades are not one rate', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'Last year, the Vails paid an effective federal tax rate of 31.4 percent, their returns show.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Maren Toft said her average federal tax rate was 31 percent over those two decades.' };
    const { mentions, qs } = run([A, B]);
    expect(apart(qs, find(mentions, 'a', '31.4'), find(mentions, 'b', '31 percent'))).toBe(true);
  });

  // The round $6,000 bridged the two (the shape of 0009's jesse-jackson chain); a money-role feature did not help held
  // out. Fixed by money direction as a cannot-link (decision 0069): a sale's proceeds never join money spent.
  it('money spent on coats and money a sale brought in are not one contested sum, even with a round sum between them', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'Court papers say Oren Vail spent $6,150 on leather coats and hats, the records show.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'In May, an aide to Oren Vail sold the bronze statue for $6,300 to a dealer in the capital. Among the items seized was a $6,000 guitar signed by a famous band.' };
    const { mentions, qs } = run([A, B]);
    expect(apart(qs, find(mentions, 'a', '6,150'), find(mentions, 'b', '6,300'))).toBe(true);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });

  // The shape of 0009's false contested at the committed threshold; `beyondRounding` split it but moved another. Fixed
  // by money direction as a cannot-link (decision 0069): money given and money earned are two sums.
  it('"nearly $12 million" given to charity and $10.64 million earned in one year, in one article, are two sums', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'The Vails gave nearly $12 million to charity over the period, the returns show. In 2011 alone, Mr. Vail earned $10.64 million for 37 lectures.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'The couple donated $12 million to charity, according to the returns.' };
    const { mentions, qs } = run([A, B]);
    expect(apart(qs, find(mentions, 'a', '10.64'), find(mentions, 'b', '$12 million'))).toBe(true);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });
});

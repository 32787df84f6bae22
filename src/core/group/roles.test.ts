import { describe, expect, it } from 'vitest';
import { FeatureTables, featuresOf } from './features.js';
import { groupMentions } from './index.js';
import { find, qOf, run } from './test-util.js';
import { mention, type Doc } from '../../../test/fixtures/engine/mention.js';

// Invented articles. A threshold a verb of necessity sets ("needs 60 votes") and a count of what happened ("60
// senators voted") are two figures however equal (decision 0105); two thresholds, and counts whose verbs are not of
// necessity, still meet.

/** Whether the figure `quote` of the sentence `text` reads as a requirement (the extractor's own mention). */
const required = (text: string, quote: string) => {
  const m = find(run([{ id: 'a', outlet: 'Harbour Wire', text }]).mentions, 'a', quote);
  return featuresOf(m, text, new FeatureTables()).required;
};

describe('a verb of necessity makes the count a requirement', () => {
  it.each([
    ['The Calder harbour bill needs at least 60 votes to pass the senate.', '60'],
    ['Sixty votes are needed to pass the Calder harbour bill.', 'Sixty'],
    ['The Calder harbour bill has 60 votes needed to pass.', '60'],
    ['The Norland rule requires 218 votes for a majority.', '218'],
  ])('%s', (text, quote) => expect(required(text, quote)).toBe(true));

  it.each([
    // The need governs the infinitive: the 900 are jobs to be cut.
    ['Brannock Steel needs to cut 900 jobs at its Velde plant.', '900'],
    // The noun "needs" / "need", not the verb.
    ['The fund covers the needs of 60 families in Velde.', '60'],
    ['The charity helps 60 families in need across Velde.', '60'],
    // The people counted needed something; the count is of senators, not a threshold.
    ['In the end 60 senators needed more time to read the Calder bill.', '60'],
    // Verbs whose first sense is not necessity.
    ['The override took 60 votes in the Calder senate.', '60'],
    ['The Norland party wants 52 seats in the Calder senate.', '52'],
  ])('not: %s', (text, quote) => expect(required(text, quote)).toBe(false));
});

describe('a threshold and a count of what happened stay apart', () => {
  it('the 60 votes a bill needs are not the 60 senators who voted (the extractor\'s own reading)', () => {
    const { mentions, qs } = run([
      { id: 'a', outlet: 'Harbour Wire', text: 'The Calder harbour bill needs 60 votes to pass the senate, the speaker said.' },
      { id: 'b', outlet: 'Daily Ledger', text: 'On Tuesday 60 senators voted for the Calder harbour bill in the senate.' },
    ]);
    expect(qOf(qs, find(mentions, 'a', '60')).id).not.toBe(qOf(qs, find(mentions, 'b', '60')).id);
  });

  it('218 votes required and 215 votes won are not one contested count', () => {
    const A: Doc = { id: 'a', text: 'The Norland motion required 218 votes in the assembly on Monday.' };
    const B: Doc = { id: 'b', text: 'The Norland motion won 215 votes in the assembly on Monday.' };
    const a = mention(A, { quote: '218 votes', value: 218, measure: 'vote', event: 'require' });
    const b = mention(B, { quote: '215 votes', value: 215, measure: 'vote', event: 'win' });
    const qs = groupMentions([a, b], [A, B], []);
    expect(qOf(qs, a).id).not.toBe(qOf(qs, b).id);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });
});

describe('thresholds meet thresholds, and counts without a verb of necessity meet as before', () => {
  it('"needs 60 votes" and "60 votes are required" are one figure', () => {
    const { mentions, qs } = run([
      { id: 'a', outlet: 'Harbour Wire', text: 'The Calder harbour bill needs 60 votes to pass the senate, the speaker said.' },
      { id: 'b', outlet: 'Daily Ledger', text: 'Under senate rules 60 votes are required to pass the Calder harbour bill.' },
    ]);
    const a = qOf(qs, find(mentions, 'a', '60')), b = qOf(qs, find(mentions, 'b', '60'));
    expect(a.id).toBe(b.id);
    expect(a.status).toBe('corroborated');
  });

  it('"needs to cut 900 jobs" and "will lay off 900 workers" are one figure', () => {
    const A: Doc = { id: 'a', text: 'Brannock Steel needs to cut 900 jobs at its Velde plant by March, the company said.' };
    const B: Doc = { id: 'b', text: 'Brannock Steel said it would lay off 900 workers at its Velde plant by March.' };
    const a = mention(A, { quote: '900 jobs', value: 900, measure: 'job', event: 'cut' });
    const b = mention(B, { quote: '900 workers', value: 900, measure: 'worker', event: 'lay' });
    const qs = groupMentions([a, b], [A, B], []);
    expect(qOf(qs, a).id).toBe(qOf(qs, b).id);
  });

  it('a sum a project needs and what it will cost are not cut apart (money is left out)', () => {
    const A: Doc = { id: 'a', text: 'The Velde bridge needs $40 million to be finished, the council said.' };
    const B: Doc = { id: 'b', text: 'Finishing the Velde bridge will cost $40 million, the council said.' };
    const a = mention(A, { quote: '$40 million', kind: 'money', value: 40e6, unit: 'USD', event: 'need' });
    const b = mention(B, { quote: '$40 million', kind: 'money', value: 40e6, unit: 'USD', event: 'cost' });
    const qs = groupMentions([a, b], [A, B], []);
    expect(qOf(qs, a).id).toBe(qOf(qs, b).id);
  });
});

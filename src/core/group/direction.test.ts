// Money direction readings (decision 0069), on invented sentences.
import { describe, expect, it } from 'vitest';
import { around } from './context.js';
import { directionOf } from './direction.js';
import { find, qOf, run, type Doc } from './test-util.js';

const read = (sentence: string, figure: string) => {
  const at = sentence.indexOf(figure);
  const c = around(sentence, at, figure.length);
  return directionOf(sentence, at, figure.length, c.before, c.after);
};

describe('money direction', () => {
  it('reads the verb, its passive and a sale', () => {
    expect(read('The band earned roughly $8 million and paid nearly $2 million in taxes.', 'roughly $8 million')).toBe('in');
    expect(read('The band earned roughly $8 million and paid nearly $2 million in taxes.', 'nearly $2 million')).toBe('out');
    expect(read('She was paid $410,000 for the two talks.', '$410,000')).toBe('in');
    expect(read('A clerk sold the old piano for $3,200 to a school.', '$3,200')).toBe('in');
    expect(read('They also donated $4 million to the museum.', '$4 million')).toBe('out');
    expect(read('He arranged to have $2,000 paid to the carpenter.', '$2,000')).toBe('out');
  });

  it('lets the head noun after the number win over the verb, and reads wealth held', () => {
    expect(read('The firm made $3.2 million in charitable contributions.', '$3.2 million')).toBe('out');
    expect(read('The pair earned $61 million in adjusted gross income from 2001 to 2009.', '$61 million')).toBe('in');
    expect(read('The filing put his net worth between $7 and $9 million.', 'between $7 and $9 million')).toBe('stock');
  });

  it('says nothing when the words do not say whose sum it is or which way it moves', () => {
    expect(read('The studio paid her $90,000 for the script.', '$90,000')).toBeNull();
    expect(read('He bought $2,310.50 worth of lamps at the fair.', '$2,310.50')).toBe('out');
    expect(read('The budget bill earmarked $40 billion for the ports.', '$40 billion')).toBeNull();
    expect(read('The Bill Gray fund holds $5 million.', '$5 million')).toBeNull();
  });

  it('keeps earned and received together, and money earned apart from money given', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'In 2011, Mr. Vail earned $4.2 million from lectures, the filing shows.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Mr. Vail was paid $4.2 million for lectures in 2011, the filing says. The couple gave $4.3 million to charity.' };
    const { mentions, qs } = run([A, B]);
    expect(qOf(qs, find(mentions, 'a', '4.2')).id).toBe(qOf(qs, find(mentions, 'b', '4.2')).id);
    expect(qOf(qs, find(mentions, 'a', '4.2')).id).not.toBe(qOf(qs, find(mentions, 'b', '4.3')).id);
  });
});

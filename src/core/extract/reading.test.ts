// How a mention is read where its sentence leaves something out (issue 10, decisions 0008 and 0009). Sentences are
// invented; each rule has a look-alike that must keep its old reading.
import { describe, expect, it } from 'vitest';
import { mentionFor } from './test-util.js';

describe('a noun phrase stays inside its sentence', () => {
  it('does not take the first word of the next paragraph as what a headline counts', () => {
    const text = 'Bakery Reports Profit of $2 Million in Five Years\n\nMaria Lopez opened the bakery in a small town.';
    expect(mentionFor(text, 'Five Years')).toMatchObject({ kind: 'duration', value: 5, measure: null });
  });
  it('still reads a noun after a line wrapped inside a sentence', () => {
    expect(mentionFor('More than 8,000\nvolunteers joined the search on Monday.', '8,000').measure).toBe('volunteer');
  });
});

import { describe, expect, it } from 'vitest';
import { expectNone, mentionFor } from '../test-util.js';

describe('tally parser', () => {
  it('reads N-M votes and "voted N to M"', () => {
    expect(mentionFor('The board approved it in a 9-2 vote.', '9-2 vote')).toMatchObject({ kind: 'ratio', value: 9, measure: 'vote', event: 'vote', tally: { for: 9, against: 2, unanimous: false } });
    expect(mentionFor('The assembly voted 212 to 95 to pass the bill.', '212 to 95')).toMatchObject({ value: 212, tally: { against: 95 } });
  });
  it('reads unanimous votes with a null value', () => {
    expect(mentionFor('The council voted unanimously to close the port.', 'voted unanimously')).toMatchObject({ kind: 'ratio', value: null, tally: { unanimous: true } });
  });
  it('drops sports scores without vote context', () => {
    expectNone('Rovers beat the Harriers 2-1 at home.');
  });
});

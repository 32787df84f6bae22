import { describe, expect, it } from 'vitest';
import { mentionFor } from '../test-util.js';

describe('fraction, ordinal and vague parsers', () => {
  it('reads fractions', () => {
    expect(mentionFor('One-third of the wells dried up.', 'One-third').value).toBeCloseTo(1 / 3);
    expect(mentionFor('Two-thirds of voters agreed.', 'Two-thirds').value).toBeCloseTo(2 / 3);
  });
  it('reads digit ordinals', () => {
    expect(mentionFor('The town marked its 10th anniversary.', '10th')).toMatchObject({ kind: 'ordinal', value: 10 });
  });
  it('reads vague counts as order-of-magnitude ranges', () => {
    expect(mentionFor('Several hundred farmers protested.', 'Several hundred')).toMatchObject({ qualifier: 'range', low: 300, high: 900 });
    expect(mentionFor('Tens of thousands of people fled.', 'Tens of thousands')).toMatchObject({ low: 10000, high: 100000 });
  });
});

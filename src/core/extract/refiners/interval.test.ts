import { describe, expect, it } from 'vitest';
import { mentionFor } from '../test-util.js';

describe('interval refiner', () => {
  it('applies the implicit precision of round numbers', () => {
    expect(mentionFor('They counted 13,000 tents.', '13,000')).toMatchObject({ low: 12500, high: 13500 });
    expect(mentionFor('They counted 1,576 tents.', '1,576')).toMatchObject({ low: 1576, high: 1576 });
    expect(mentionFor('It cost $1.2 billion.', '$1.2 billion')).toMatchObject({ low: 1.15e9, high: 1.25e9 });
  });
  it('widens by hedge', () => {
    expect(mentionFor('About 200 tents stood.', '200')).toMatchObject({ low: 150, high: 250 }); // ±half the rounding unit (50) beats ±10% (20)
    expect(mentionFor('About 230 tents stood.', '230')).toMatchObject({ low: 207, high: 253 });
    expect(mentionFor('Over 200 tents stood.', '200')).toMatchObject({ low: 200, high: 300 });
    expect(mentionFor('Nearly 200 tents stood.', '200')).toMatchObject({ low: 160, high: 200 });
  });
});

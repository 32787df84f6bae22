import { describe, expect, it } from 'vitest';
import { mentionFor } from '../test-util.js';

describe('compound parser', () => {
  it('reads N-strong, N-year, N-year-old and decade-old', () => {
    expect(mentionFor('The 4,500-strong brigade moved north.', '4,500-strong')).toMatchObject({ kind: 'count', value: 4500, measure: 'strength' });
    expect(mentionFor('A 10-year plan was signed.', '10-year')).toMatchObject({ kind: 'duration', value: 10, unit: 'year' });
    expect(mentionFor('A 55-year-old pilot was hurt.', '55-year-old')).toMatchObject({ value: 55, measure: 'age' });
    expect(mentionFor('A 61 year-old driver was fined.', '61 year-old')).toMatchObject({ value: 61, measure: 'age', unit: 'year' });
    expect(mentionFor('They ended a decade-old truce.', 'decade-old')).toMatchObject({ value: 10, unit: 'year' });
  });
});

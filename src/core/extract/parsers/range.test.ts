import { describe, expect, it } from 'vitest';
import { mentionFor } from '../test-util.js';

describe('range parser', () => {
  it('reads between/and, from/to, dashes and shared scales', () => {
    expect(mentionFor('Between 500 and 600 people marched.', 'Between 500 and 600')).toMatchObject({ qualifier: 'range', low: 500, high: 600, value: 550 });
    expect(mentionFor('The route runs from 252 to 287 miles.', 'from 252 to 287 miles')).toMatchObject({ low: 252, high: 287, unit: 'mi' });
    expect(mentionFor('Some 500-600 goats died.', '500-600')).toMatchObject({ low: 500, high: 600 });
    expect(mentionFor('Costs rose 25-40% in the quarter.', '25-40%')).toMatchObject({ low: 25, high: 40, unit: '%' });
    expect(mentionFor('There were four to five thousand fans.', 'four to five thousand')).toMatchObject({ low: 4000, high: 5000 });
    expect(mentionFor('Homes cost $750,000 to $1 million.', '$750,000 to $1 million')).toMatchObject({ low: 750000, high: 1e6, unit: 'USD' });
  });
  it('reads "from X to Y" after a change word as two levels and their change; "rose X to Y" as two values', () => {
    expect(mentionFor('Sales rose from 5% to 7% this year.', '5%')).toMatchObject({ qualifier: 'exact', value: 5, unit: '%', trend: null, change: 'from', direction: 'up' });
    expect(mentionFor('Sales rose from 5% to 7% this year.', '7%')).toMatchObject({ value: 7, change: 'to', direction: 'up', delta: 2 });
    expect(mentionFor('Her weight dropped from 90 kilos to 82.', '82')).toMatchObject({ value: 82, unit: 'kg', change: 'to', direction: 'down', delta: -8 });
    expect(mentionFor('The grant was cut from $30 billion to $6 billion.', '$6 billion')).toMatchObject({ value: 6e9, change: 'to', delta: -24e9 });
    expect(mentionFor('It rose from 30 to 60 billion.', '30')).toMatchObject({ value: 30e9, change: 'from' });
    expect(mentionFor('Sales rose 5% to 7% of output.', '7%').qualifier).toBe('exact');
    // no change word: a span
    expect(mentionFor('Prices range from $200 to $400.', '$200')).toMatchObject({ qualifier: 'range', low: 200, high: 400 });
    expect(mentionFor('The trip takes from 3 to 4 hours.', '3')).toMatchObject({ qualifier: 'range', low: 3, high: 4 });
  });
  it('applies a scale to the bare side only when its digits are smaller', () => {
    expect(mentionFor('Claims ranged from $200 to $4 million.', '$200')).toMatchObject({ low: 200, high: 4e6 });
    expect(mentionFor('Guidance was $89 to $93 billion.', '$89')).toMatchObject({ low: 89e9, high: 93e9 });
  });
});

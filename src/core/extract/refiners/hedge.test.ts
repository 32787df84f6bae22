import { describe, expect, it } from 'vitest';
import { mentionFor } from '../test-util.js';

describe('hedge refiner', () => {
  it('maps hedge words to qualifiers and includes them in the text', () => {
    expect(mentionFor('Over 4,000 sheep were moved.', '4,000')).toMatchObject({ qualifier: 'over', text: 'Over 4,000' });
    expect(mentionFor('More than 300 boats left.', '300').qualifier).toBe('over');
    expect(mentionFor('Approximately 9,000 tents stood.', '9,000').qualifier).toBe('about');
    expect(mentionFor('Some 40 villages flooded.', '40').qualifier).toBe('about');
    expect(mentionFor('Nearly 70 schools shut.', '70').qualifier).toBe('under');
    expect(mentionFor('Up to 25 trucks are due.', '25').qualifier).toBe('under');
    expect(mentionFor('Officials estimated to have 800 guards on site.', '800').qualifier).toBe('about');
    expect(mentionFor('We expect 5,000 or more visitors.', '5,000').qualifier).toBe('over');
  });
  it('reads "plus" between a number and its unit as a lower bound with that unit', () => {
    expect(mentionFor('He said 80-plus percent of the files were lost.', '80')).toMatchObject({ value: 80, unit: '%', qualifier: 'over', text: '80-plus percent' });
    expect(mentionFor('She has 35 plus years of service.', '35')).toMatchObject({ value: 35, unit: 'year', qualifier: 'over' });
    // "plus" before a number is addition, not a hedge of the first one
    expect(mentionFor('It costs 5 plus 3 dollars.', '5').unit).not.toBe('USD');
  });
  it('leaves "over" after an extent verb alone', () => {
    expect(mentionFor('The reserve extends over 3,100 square kilometres.', '3,100').qualifier).toBe('exact');
  });
});

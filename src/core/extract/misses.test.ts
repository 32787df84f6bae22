// Extraction misses that matter for grouping (issue 10). Sentences are invented; each phenomenon has a look-alike
// that must stay as it was.
import { describe, expect, it } from 'vitest';
import { expectNone, extract, mentionFor } from './test-util.js';

describe('time words', () => {
  it('reads decades and centuries as years', () => {
    expect(mentionFor('The couple ran the bakery for nearly two decades.', 'nearly two decades'))
      .toMatchObject({ kind: 'duration', value: 20, low: 16, high: 20, unit: 'year', qualifier: 'under' });
    expect(mentionFor('She served more than four decades in the navy.', 'more than four decades')).toMatchObject({ value: 40, unit: 'year', qualifier: 'over' });
    expect(mentionFor('The dispute lasted two to three decades.', 'two to three decades')).toMatchObject({ low: 20, high: 30, unit: 'year' });
    expect(mentionFor('The bridge stood for almost two centuries.', 'almost two centuries')).toMatchObject({ value: 200, unit: 'year', qualifier: 'under' });
  });
  it('leaves "a decade ago" and other points in time out', () => {
    expectNone('The mill closed a decade ago.');
    expectNone('The mill closed nearly a decade ago.');
    expectNone('The mill closed two decades ago.');
    expectNone('Wages were higher a decade earlier.');
    expectNone('It is the wettest spring in a decade.');
    expect(extract('The mill closed three years ago and 40 people lost their jobs.').mentions.map((m) => m.value)).toEqual([40]);
  });
});

describe('group words', () => {
  it('reads "two-dozen" like "two dozen"', () => {
    expect(mentionFor('Nearly two-dozen volunteers signed up.', 'Nearly two-dozen')).toMatchObject({ value: 24, qualifier: 'under', measure: 'volunteer' });
    expect(mentionFor('About three dozen boats left.', 'About three dozen').value).toBe(36);
    // a hyphen to another word is not a multiplication
    expect(mentionFor('Two-thirds of the boats left.', 'Two-thirds').value).toBeCloseTo(2 / 3);
    expect(mentionFor('The twenty-five boats left.', 'twenty-five').value).toBe(25);
  });
});

describe('ordinal words', () => {
  it('reads an ordinal word that numbers a noun, with that noun as the measure', () => {
    expect(mentionFor('The goalkeeper needed a second operation on his knee.', 'second')).toMatchObject({ kind: 'ordinal', value: 2, measure: 'operation' });
    expect(mentionFor('The mayor is seeking an eighth term in office.', 'eighth')).toMatchObject({ kind: 'ordinal', value: 8, measure: 'term' });
    expect(mentionFor('She said it would be her third and last season.', 'third')).toMatchObject({ value: 3, measure: 'season' });
    expect(mentionFor("He became the club's fourth coach this year.", 'fourth')).toMatchObject({ value: 4, measure: 'coach' });
    expect(mentionFor('It was the first time the port had closed.', 'first')).toMatchObject({ value: 1, measure: 'time' });
  });
  it('leaves ordinal words that are plain English alone', () => {
    for (const s of ['At first, nobody noticed.', 'She finished second in the heat.', 'They scored in the second half.',
      'The Second Amendment was cited.', 'The first lady visited the port.', 'It is the second-largest port.', 'A second later, the lights failed.',
      'The first of the boats arrived.', 'Profits fell in the third quarter.']) expectNone(s);
  });
});

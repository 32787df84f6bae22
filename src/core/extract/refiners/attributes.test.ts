import { describe, expect, it } from 'vitest';
import { UNITS_WORDS } from '../lexicon/number-words.js';
import { mentionFor } from '../test-util.js';

describe('measure, event, subject, timeFrame and attribution refiners', () => {
  it('measure is the lemmatised head noun', () => {
    expect(mentionFor('Officials sent 2,000 extra nurses.', '2,000').measure).toBe('nurse');
    expect(mentionFor('The flood claimed 37 lives.', '37').measure).toBe('life');
    expect(mentionFor('Some 90 people were rescued.', '90').measure).toBe('person');
    expect(mentionFor('It recorded 14 incidents.', '14').measure).toBe('incident');
  });
  it('measure falls back to the antecedent and to the noun before "of" for money', () => {
    expect(mentionFor('The rangers, of whom 12 have died, stayed.', '12')).toMatchObject({ measure: 'ranger', event: 'die' });
    expect(mentionFor('The fund has an annual budget of $40 million.', '$40 million')).toMatchObject({ measure: 'budget', unit: 'USD/year', timeFrame: 'per year' });
  });
  it('an anaphoric count takes the measure of the count before it in the sentence; time words are not measures', () => {
    const text = 'More than 12,000 people fled the floods and at least 37 have died, the agency said.';
    expect(mentionFor(text, '37')).toMatchObject({ measure: 'person', event: 'die', qualifier: 'over', attribution: 'the agency' });
    expect(mentionFor('Relief rose to $45 million, up from $30m last year.', '$30m')).toMatchObject({ measure: null, timeFrame: 'last year' });
    expect(mentionFor('Prices saw a 40% increase.', '40%').measure).toBeNull();
  });
  it('reads "the number of <noun> <participle> … N" and "death toll … N"', () => {
    expect(mentionFor('The number of people killed in the blaze has risen to 15, officials said.', '15')).toMatchObject({ measure: 'person', event: 'kill' });
    expect(mentionFor('The death toll stands at 40.', '40')).toMatchObject({ measure: 'death', event: 'die' });
  });
  it('rates make money units per period', () => {
    expect(mentionFor('The scheme costs $3 million a year.', '$3 million a year').unit).toBe('USD/year');
  });
  it('event is the nearest event lemma, including nouns for years', () => {
    expect(mentionFor('Rebels killed 15 guards overnight.', '15').event).toBe('kill');
    expect(mentionFor('Ties frayed after a 2019 palace coup.', '2019').event).toBe('coup');
    expect(mentionFor('The program began in 2008 with one office.', '2008').event).toBe('begin');
  });
  it('subject only where the sentence names the owner; otherwise null', () => {
    expect(mentionFor("Borvik's 3,000 rangers stayed.", '3,000').subject).toBe('Borvik');
    expect(mentionFor('They counted 900 troops of the Lakeland Force.', '900').subject).toBe('Lakeland Force');
    expect(mentionFor('The 7,500-strong Coastal Guard left.', '7,500-strong').subject).toBe('Coastal Guard');
    expect(mentionFor('The French-drafted text passed by a 12-3 vote.', '12-3').subject).toBeNull();
    expect(mentionFor('In Ardia, 40 schools shut.', '40').subject).toBeNull();
    expect(mentionFor('The 11 active U.N. missions cost more.', '11').measure).toBe('mission');
  });
  it('a capitalised number word is never part of a name: every one of them (decision 0079 moved the test to a WordSet)', () => {
    expect(mentionFor('Tarvik Rangers scored 40 times.', '40').subject).toBe('Tarvik Rangers');
    for (const w of Object.keys(UNITS_WORDS)) {
      const cap = w[0]!.toUpperCase() + w.slice(1);
      expect(mentionFor(`${cap} Tarvik Rangers scored 40 times.`, '40').subject ?? '').not.toContain(cap);
    }
  });
  it('subject is the clause subject; timeFrame and attribution are read from the sentence', () => {
    const m = mentionFor('According to Harbor Watch, KORDAFOR deployed 600 divers over the past decade.', '600');
    expect(m).toMatchObject({ subject: 'KORDAFOR', attribution: 'Harbor Watch', timeFrame: 'over the past decade', event: 'deploy', measure: 'diver' });
    expect(mentionFor('About 3,000 homes were lost, the Red Cross said.', '3,000').attribution).toBe('Red Cross');
  });
});

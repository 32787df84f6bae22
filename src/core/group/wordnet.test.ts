import { describe, expect, it } from 'vitest';
import { nounConcept, unrelatedCounted } from './wordnet.js';

const apart = (a: string, b: string) => unrelatedCounted(nounConcept(a)!, nounConcept(b)!);

describe('unrelatedCounted (decision 0103)', () => {
  it('a count of people and a count of acts, words or things cannot be one count', () => {
    expect(apart('interviews', 'strategists')).toBe(true);
    expect(apart('votes', 'members')).toBe(true);
    expect(apart('lawyers', 'accounts')).toBe(true);
  });
  it('people counted as persons or as a group, and what befalls them, can be one count', () => {
    expect(apart('people', 'residents')).toBe(false);
    expect(apart('victims', 'deaths')).toBe(false);
    expect(apart('patients', 'cases')).toBe(false);
    expect(apart('soldiers', 'troops')).toBe(false);
    expect(apart('votes', 'ballots')).toBe(false);
  });
});

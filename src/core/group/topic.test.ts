import { describe, expect, it } from 'vitest';
import { articleNames, keysRelated, namesRelated, storyKey } from './topic.js';
import { groupMentions } from './index.js';
import { mention, type Doc } from '../../../test/fixtures/engine/mention.js';

// Invented stories: a school in Talvik, a stadium in Orrenby, and a second report on the Talvik school.
const SCHOOL = 'Work on the new school in Talvik began in 2016, the Talvik council said. Mayor Edda Brink opened it ' +
  'with the Northfjord Education Board. Brink said Talvik had waited for years, and the Northfjord board agreed.';
const SCHOOL_2 = 'The Talvik school, backed by the Northfjord Education Board, was started in 2017 according to Mayor ' +
  'Edda Brink. Parents in Talvik praised Brink and the board.';
const STADIUM = 'Building the Orrenby stadium started in 2018, said Kessler Group. The club, Orrenby Rovers, will play ' +
  'there from August, and Kessler expects crowds from across Vastmark. Rovers fans in Orrenby celebrated.';

describe('article names', () => {
  it('counts capitalised words that do not open a sentence, without common words', () => {
    const n = articleNames(SCHOOL);
    expect(n.has('talvik')).toBe(true);
    expect(n.has('brink')).toBe(true);
    expect(n.has('northfjord')).toBe(true);
    expect(n.has('work')).toBe(false); // opens the text
    expect(n.has('the')).toBe(false);
  });

  it('relates stories that share their names and keeps separate stories apart', () => {
    expect(namesRelated(articleNames(SCHOOL), articleNames(SCHOOL_2))).toBe(true);
    expect(namesRelated(articleNames(SCHOOL), articleNames(STADIUM))).toBe(false);
    // Too few names to tell: related to everything rather than split on no evidence.
    expect(namesRelated(articleNames('Prices rose 4% in May.'), articleNames(STADIUM))).toBe(true);
  });

  it('keeps years of different stories out of one contested quantity', () => {
    const a: Doc = { id: 'a', title: 'School opens', text: SCHOOL };
    const b: Doc = { id: 'b', title: 'Stadium opens', text: STADIUM };
    const c: Doc = { id: 'c', title: 'School praised', text: SCHOOL_2 };
    const ya = mention(a, { quote: '2016', kind: 'year', value: 2016, unit: 'year', event: 'begin' });
    const yb = mention(b, { quote: '2018', kind: 'year', value: 2018, unit: 'year', event: 'start' });
    const yc = mention(c, { quote: '2017', kind: 'year', value: 2017, unit: 'year', event: 'start' });
    // The checker says the two school reports state one start year: with that merge they contest each other,
    // and the stadium's year still stays out (different story, no shared names).
    const qs = groupMentions([ya, yb, yc], [a, b, c], [], { constraints: { mustLink: [[ya.id, yc.id]] } });
    const of = (id: string) => qs.find((q) => q.mentionIds.includes(id))!;
    expect(of(ya.id).id).not.toBe(of(yb.id).id);
    expect(of(ya.id).id).toBe(of(yc.id).id);
    expect(of(ya.id).status).toBe('contested');
    expect(of(yb.id).status).toBe('single-source');
  });
});

describe('story keys', () => {
  it('keysRelated answers as namesRelated does, for every pair of name sets', () => {
    // Invented name sets in frequency order: leads shared or not, 2 to 5 shared names, sets below the minimum size.
    const sets = [
      ['talvik', 'brink', 'northfjord', 'edda', 'board'], ['brink', 'talvik', 'council'], ['orrenby', 'kessler', 'rovers', 'vastmark'],
      ['kessler', 'talvik', 'brink', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'x10'],
      ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'x10', 'talvik', 'brink'], ['talvik', 'brink'],
      ['y1', 'y2', 'talvik', 'brink', 'y3', 'y4', 'y5', 'y6', 'y7', 'y8', 'y9', 'y10', 'y11'], ['orrenby', 'rovers', 'kessler', 'vastmark', 'club'],
      ['brink', 'y1', 'talvik', 'y2', 'y3', 'y4', 'y5', 'y6', 'y7', 'y8', 'y9', 'y10', 'y11', 'y12'],
    ].map((s) => new Set(s));
    const intern = new Map<string, number>();
    const keys = sets.map((s) => storyKey(s, intern));
    let related = 0;
    for (let i = 0; i < sets.length; i++)
      for (let j = 0; j < sets.length; j++) {
        expect(keysRelated(keys[i]!, keys[j]!)).toBe(namesRelated(sets[i]!, sets[j]!));
        if (i !== j && namesRelated(sets[i]!, sets[j]!)) related++;
      }
    expect(related).toBeGreaterThan(0);
    expect(related).toBeLessThan(sets.length * (sets.length - 1));
  });
});

import { describe, expect, it } from 'vitest';
import { intervalOf, tallyOf, talliesAgree } from './interval.js';
import { dimension } from './units.js';
import { frameOf, framesCompatible } from './time-frame.js';
import { harvestAliases, subjectsCompatible } from './subject.js';
import { eventClass, measureClass } from './lexicon.js';
import { fmtRange } from './note.js';
import type { Mention } from '../model/index.js';

const base: Mention = { id: 'x:0', articleId: 'x', text: '', start: 0, end: 0, sentence: '', kind: 'count', value: null,
  low: null, high: null, unit: null, qualifier: 'exact', trend: null, measure: null, subject: null, event: null, timeFrame: null, attribution: null };
const mk = (p: Partial<Mention>): Mention => ({ ...base, ...p });

describe('intervals', () => {
  it('uses the extractor bounds when present', () => {
    expect(intervalOf(mk({ value: 100, low: 90, high: 110 }))).toEqual([90, 110]);
  });
  it('falls back to hedge and rounding', () => {
    expect(intervalOf(mk({ value: 12000 }))).toEqual([11500, 12500]);
    expect(intervalOf(mk({ value: 187 }))).toEqual([187, 187]);
    expect(intervalOf(mk({ value: 15000, qualifier: 'over' }))).toEqual([15000, Infinity]);
    const about = intervalOf(mk({ value: 13000, qualifier: 'about' }))!;
    expect(about[0]).toBeLessThan(13000);
    expect(about[1]).toBeGreaterThan(13000);
    expect(intervalOf(mk({ kind: 'year', value: 2020 }))).toEqual([2020, 2020]);
  });
});

describe('tallies', () => {
  it('reads tallies and unanimity from the text', () => {
    expect(tallyOf(mk({ text: 'a 9-0 vote' }))).toEqual({ for: 9, against: 0 });
    expect(tallyOf(mk({ text: 'voted 412 to 95' }))).toEqual({ for: 412, against: 95 });
    expect(tallyOf(mk({ text: 'by 300 votes to 12' }))).toEqual({ for: 300, against: 12 });
    expect(tallyOf(mk({ text: 'voted unanimously' }))).toEqual({ for: null, against: 0 });
    expect(tallyOf(mk({ text: '400 engineers' }))).toBeNull();
  });
  it('treats unanimity as agreeing with any tally with zero against', () => {
    expect(talliesAgree({ for: null, against: 0 }, { for: 15, against: 0 })).toBe(true);
    expect(talliesAgree({ for: null, against: 0 }, { for: 12, against: 3 })).toBe(false);
    expect(talliesAgree({ for: 15, against: 0 }, { for: 14, against: 0 })).toBe(false);
  });
});

describe('units', () => {
  it('converts areas to km² and marks annual money as a rate', () => {
    const mi = dimension('mi2', 'measure', '');
    expect(mi.dim).toBe('area');
    expect(479000 * mi.factor).toBeGreaterThan(1.2e6);
    expect(dimension('USD', 'money', 'an annual budget of $1 billion').dim).toBe('USD/year');
    expect(dimension('USD', 'money', '$1 billion').dim).toBe('USD');
    expect(dimension('EUR', 'money', '').dim).not.toBe(dimension('USD', 'money', '').dim);
    expect(dimension('km2', 'measure', '').dim).not.toBe(dimension('km', 'measure', '').dim);
  });
});

describe('time frames', () => {
  it('separates rates, year-to-date and cumulative windows', () => {
    expect(framesCompatible(frameOf('so far this year'), frameOf('over the past decade'))).toBe(false);
    expect(framesCompatible(frameOf('in 2022'), frameOf('in 2023'))).toBe(false);
    expect(framesCompatible(frameOf(null), frameOf('over the past decade'))).toBe(true);
    expect(framesCompatible(frameOf('over its 10-year existence'), frameOf('over the past decade'))).toBe(true);
  });
});

describe('subjects', () => {
  const aliases = harvestAliases(['The Northern Stabilisation Force (NORSTAB) left on Monday.']);
  it('links acronyms, aliases and generic heads; splits different names', () => {
    expect(subjectsCompatible('NORSTAB', 'the Northern Stabilisation Force', aliases)).toBe(true);
    expect(subjectsCompatible('the mission', 'NORSTAB', aliases)).toBe(true);
    expect(subjectsCompatible('WHO', 'World Health Organization', new Map())).toBe(true);
    expect(subjectsCompatible('Highland Brigade', 'NORSTAB', aliases)).toBe(false);
    expect(subjectsCompatible('the stadium', 'the tribunal', aliases)).toBe(false);
    // A lone capitalised word near the number is often a place or adjective, not the owner: it never splits.
    expect(subjectsCompatible('Varenna', 'NORSTAB', aliases)).toBe(true);
    expect(subjectsCompatible(null, 'anything', aliases)).toBe(true);
  });
});

describe('lexicon', () => {
  it('maps nouns and verbs to coarse classes', () => {
    expect(measureClass('troops')).toBe(measureClass('personnel'));
    expect(measureClass('peacekeeper')).toBe(measureClass('soldier'));
    expect(measureClass('lives')).not.toBe(measureClass('troop'));
    expect(measureClass('incidents')).toBe('=incident');
    expect(eventClass('killed')).toBe('death');
    expect(eventClass('loss')).toBe('death');
    expect(eventClass('wounded')).toBe('injury');
    expect(eventClass('creation')).toBe('start');
    expect(eventClass('deployed')).toBe('start');
  });
});

import { isPowerSeizure } from './lexicon.js';
describe('power seizure', () => {
  it('reads removal of a government or taking power as a coup, not any "take"', () => {
    expect(isPowerSeizure('removal', 'The army justified the removal of the civilian government in 2019.')).toBe(true);
    expect(isPowerSeizure('took', 'The colonel took power in 2019.')).toBe(true);
    expect(isPowerSeizure('take', 'An operation in 2011 helped the government take back control.')).toBe(false);
    expect(isPowerSeizure('removal', 'The removal of 300 tonnes of debris began in 2019.')).toBe(false);
  });
});

describe('figures in notes', () => {
  it('shows a range as stated, with its scale word once', () => {
    expect(fmtRange(250e6, 320e6)).toBe('250–320 million');
    expect(fmtRange(900e3, 1.2e6)).toBe('900,000–1.2 million');
    expect(fmtRange(500, 600)).toBe('500–600');
  });
});

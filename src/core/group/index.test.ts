import { describe, expect, it } from 'vitest';
import { groupMentions } from './index.js';
import { mention, type Doc } from '../../../test/fixtures/engine/mention.js';
import type { Mention, Quantity, Reuse } from '../model/index.js';

// Invented event: a regional stabilisation force (NORSTAB) leaving the fictional Republic of Varenna.
const A: Doc = { id: 'a', title: 'Council ends NORSTAB', text:
  'The Regional Council voted unanimously to end the Northern Stabilisation Force (NORSTAB) in Varenna. ' +
  'The withdrawal of over 9,000 personnel must finish by December. ' +
  'The force was created in 2016 after a 2014 military coup. ' +
  'It cost $400 million a year. Since 2016, 212 peacekeepers have died in Varenna.' };
const B: Doc = { id: 'b', title: 'Varenna asks troops to leave', text:
  'The council approved the exit in a 12-0 vote. About 7,000 troops will leave Varenna. ' +
  'NORSTAB was deployed in 2016, two years after the 2015 coup. ' +
  'The alliance of 12 member states backs the plan. Over its existence the force suffered a loss of 240 peacekeepers.' };
const C: Doc = { id: 'c', title: 'The 7,500-strong force departs', text:
  'The 7,500-strong mission began in 2016 and has an annual budget of $400 million. ' +
  'Monitors counted 380 incidents resulting in the loss of 2,900 lives so far this year. ' +
  'The country covers 120,000 square kilometres (46,300 square miles). The vote is set for June 30.' };

const m = {
  a15: mention(A, { quote: 'over 9,000 personnel', value: 9000, qualifier: 'over', measure: 'personnel', event: 'withdraw', subject: 'NORSTAB' }),
  aVote: mention(A, { quote: 'voted unanimously', kind: 'ratio', event: 'vote', measure: 'vote' }),
  aStart: mention(A, { quote: '2016', after: 'created in', kind: 'year', value: 2016, unit: 'year', event: 'create' }),
  aCoup: mention(A, { quote: '2014', after: 'a 2014', kind: 'year', value: 2014, unit: 'year', event: 'coup' }),
  aCost: mention(A, { quote: '$400 million a year', kind: 'money', value: 4e8, unit: 'USD/year' }),
  aSince: mention(A, { quote: '2016', after: 'Since', kind: 'year', value: 2016, unit: 'year', event: 'die' }),
  aDeaths: mention(A, { quote: '212 peacekeepers', value: 212, measure: 'peacekeeper', event: 'die', timeFrame: 'since 2016' }),
  bVote: mention(B, { quote: '12-0 vote', kind: 'ratio', value: 12, event: 'vote', measure: 'vote' }),
  bTroops: mention(B, { quote: 'About 7,000 troops', value: 7000, qualifier: 'about', measure: 'troop', event: 'leave' }),
  bStart: mention(B, { quote: '2016', after: 'deployed in', kind: 'year', value: 2016, unit: 'year', event: 'deploy', subject: 'NORSTAB' }),
  bCoup: mention(B, { quote: '2015 coup', kind: 'year', value: 2015, unit: 'year', event: 'coup' }),
  bMembers: mention(B, { quote: '12 member states', value: 12, measure: 'state', subject: 'alliance' }),
  bDeaths: mention(B, { quote: '240 peacekeepers', value: 240, measure: 'peacekeeper', event: 'loss', timeFrame: 'over its existence' }),
  cStrong: mention(C, { quote: '7,500-strong', value: 7500 }),
  cStart: mention(C, { quote: 'began in 2016', kind: 'year', value: 2016, unit: 'year', event: 'begin' }),
  cCost: mention(C, { quote: 'annual budget of $400 million', kind: 'money', value: 4e8, unit: 'USD/year', measure: 'budget' }),
  cIncidents: mention(C, { quote: '380 incidents', value: 380, measure: 'incident', timeFrame: 'so far this year' }),
  cLives: mention(C, { quote: '2,900 lives', value: 2900, measure: 'life', event: 'lose', timeFrame: 'so far this year' }),
  cKm: mention(C, { quote: '120,000 square kilometres', kind: 'measure', value: 120000, unit: 'km2' }),
  cMi: mention(C, { quote: '46,300 square miles', kind: 'measure', value: 46300, unit: 'mi2' }),
  cDate: mention(C, { quote: 'June 30', kind: 'date', value: null, event: 'set' }),
};
const all: Mention[] = Object.values(m);
const docs = [A, B, C];

function qOf(qs: Quantity[], x: Mention): Quantity {
  const q = qs.find((q) => q.mentionIds.includes(x.id));
  if (!q) throw new Error(`no quantity for ${x.text}`);
  return q;
}
const together = (qs: Quantity[], ...xs: Mention[]) => new Set(xs.map((x) => qOf(qs, x).id)).size === 1;

describe('groupMentions', () => {
  const qs = groupMentions(all, docs, []);

  it('groups different nouns for one force size and marks the disagreement contested', () => {
    expect(together(qs, m.a15, m.bTroops, m.cStrong)).toBe(true);
    const q = qOf(qs, m.a15);
    expect(q.status).toBe('contested');
    expect(q.countsDiffer).toBe(true);
    expect(q.note).toMatch(/personnel vs .*troop|personnel.*troop/);
    expect(q.spread).toEqual({ min: 7000, max: 9000 });
  });

  it('names sources by outlet in notes, and by title where two articles share an outlet', () => {
    const withOutlets = [{ ...A, outlet: 'Harbour Wire' }, { ...B, outlet: 'Daily Ledger' }, { ...C, outlet: 'Daily Ledger' }];
    const note = qOf(groupMentions(all, withOutlets, []), m.a15).note;
    expect(note).toContain('(Harbour Wire)');
    expect(note).toContain('(The 7,500-strong force departs)');
    expect(note).not.toContain('Daily Ledger');
    expect(note).not.toContain('Council ends NORSTAB');
  });

  it('labels a figure with no counted noun by its unit, and shows ranges as stated', () => {
    expect(qOf(qs, m.cKm).label).toContain('measure (km2)');
    const R: Doc = { id: 'r', title: 'Losses estimated', text: 'Losses were put at between €250 million and €320 million.' };
    const S: Doc = { id: 's', title: 'Losses put at €300m', text: 'Insurers put losses at €300 million.' };
    const r = mention(R, { quote: 'between €250 million and €320 million', kind: 'money', value: 285e6, low: 250e6, high: 320e6, qualifier: 'range', unit: 'EUR', measure: 'loss' });
    const t = mention(S, { quote: '€300 million', kind: 'money', value: 300e6, unit: 'EUR', measure: 'loss' });
    const [q] = groupMentions([r, t], [R, S], []);
    expect(q!.status).toBe('corroborated');
    expect(q!.note).toContain('250–320 million EUR');
    expect(q!.note).not.toContain('285');
  });

  it('contests death tolls stated with different verbs', () => {
    expect(together(qs, m.aDeaths, m.bDeaths)).toBe(true);
    expect(qOf(qs, m.aDeaths).status).toBe('contested');
  });

  it('contests the year of the coup but corroborates the start year', () => {
    expect(together(qs, m.aCoup, m.bCoup)).toBe(true);
    expect(qOf(qs, m.aCoup).status).toBe('contested');
    expect(together(qs, m.aStart, m.bStart, m.cStart)).toBe(true);
    expect(qOf(qs, m.aStart).status).toBe('corroborated');
    expect(together(qs, m.aStart, m.aCoup)).toBe(false);
  });

  it('treats a tally with no votes against as agreeing with "unanimously"', () => {
    expect(together(qs, m.aVote, m.bVote)).toBe(true);
    expect(qOf(qs, m.aVote).status).toBe('corroborated');
  });

  it('corroborates money stated as a rate and as an annual budget', () => {
    expect(together(qs, m.aCost, m.cCost)).toBe(true);
    expect(qOf(qs, m.aCost).status).toBe('corroborated');
    expect(qOf(qs, m.aCost).unit).toBe('USD/year');
  });

  it('joins an area given in two units in one sentence', () => {
    expect(together(qs, m.cKm, m.cMi)).toBe(true);
    expect(qOf(qs, m.cKm).status).toBe('single-source');
  });

  it('keeps different things apart', () => {
    expect(together(qs, m.bMembers, m.bVote)).toBe(false); // 12 member states vs 12-0 vote
    expect(together(qs, m.cIncidents, m.cLives)).toBe(false);
    expect(together(qs, m.cLives, m.aDeaths)).toBe(false); // this year vs since 2016; lives vs peacekeepers
    expect(together(qs, m.aSince, m.aStart)).toBe(false);
    expect(qOf(qs, m.cDate).status).toBe('single-source');
  });

  it('sorts contested first, then corroborated, then single-source', () => {
    const rank = { contested: 0, corroborated: 1, 'single-source': 2 } as const;
    const ranks = qs.map((q) => rank[q.status]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it('folds articles that reuse each other into one source', () => {
    const reuse: Reuse[] = [{ a: 'a', b: 'c', score: 0.8, pairs: [] }];
    const q = qOf(groupMentions(all, docs, reuse), m.aCost);
    expect(q.independentSources).toBe(1);
    // Two articles agree, but they copy each other: corroborated with a warning, worth one source.
    expect(q.status).toBe('corroborated');
    expect(q.note).toMatch(/share text, so this is one independent source/);
    const start = qOf(groupMentions(all, docs, reuse), m.aStart);
    expect(start.status).toBe('corroborated');
    expect(start.independentSources).toBe(2);
  });

  it('does not contest a disagreement that only exists inside one folded source', () => {
    const reuse: Reuse[] = [{ a: 'a', b: 'b', score: 0.9, pairs: [] }];
    const q = qOf(groupMentions([m.aDeaths, m.bDeaths], docs, reuse), m.aDeaths);
    expect(q.status).toBe('single-source');
  });
});

describe('groupMentions negatives', () => {
  const D: Doc = { id: 'd', text: 'The Coastal Guard has 5,000 troops. The Highland Brigade has 5,200 troops. ' +
    'The dam holds 300 km2 of water. The dam cost $300 million. Over the past decade 90 workers died. ' +
    'This year 95 workers died. The tribunal opened in 2010. The stadium opened in 2012.' };
  const E: Doc = { id: 'e', text: 'The Coastal Guard has 6,000 troops. Over the past decade 120 workers died. The stadium opened in 2013.' };
  const x = {
    d1: mention(D, { quote: '5,000 troops', value: 5000, measure: 'troop', subject: 'Coastal Guard' }),
    d2: mention(D, { quote: '5,200 troops', value: 5200, measure: 'troop', subject: 'Highland Brigade' }),
    dArea: mention(D, { quote: '300 km2', kind: 'measure', value: 300, unit: 'km2' }),
    dCost: mention(D, { quote: '$300 million', kind: 'money', value: 3e8, unit: 'USD' }),
    dDecade: mention(D, { quote: '90 workers', value: 90, measure: 'worker', event: 'die', timeFrame: 'over the past decade' }),
    dYear: mention(D, { quote: '95 workers', value: 95, measure: 'worker', event: 'die', timeFrame: 'this year' }),
    dTribunal: mention(D, { quote: '2010', kind: 'year', value: 2010, unit: 'year', event: 'open', subject: 'tribunal' }),
    dStadium: mention(D, { quote: '2012', kind: 'year', value: 2012, unit: 'year', event: 'open', subject: 'stadium' }),
    e1: mention(E, { quote: '6,000 troops', value: 6000, measure: 'troop', subject: 'Coastal Guard' }),
    eDecade: mention(E, { quote: '120 workers', value: 120, measure: 'worker', event: 'die', timeFrame: 'over the past decade' }),
    eStadium: mention(E, { quote: '2013', kind: 'year', value: 2013, unit: 'year', event: 'open', subject: 'stadium' }),
  };
  const qs = groupMentions(Object.values(x), [D, E], []);

  it('different subjects do not group', () => {
    expect(together(qs, x.d1, x.d2)).toBe(false);
    expect(together(qs, x.d1, x.e1)).toBe(true);
    expect(together(qs, x.dTribunal, x.dStadium)).toBe(false);
    expect(together(qs, x.dStadium, x.eStadium)).toBe(true);
    expect(qOf(qs, x.eStadium).status).toBe('contested');
  });
  it('two different figures for one noun in one article are different things', () => {
    const F: Doc = { id: 'f', text: 'Sanctions hit 40 firms, 25 firms in the port alone.' };
    const f1 = mention(F, { quote: '40 firms', value: 40, measure: 'firm' });
    const f2 = mention(F, { quote: '25 firms', value: 25, measure: 'firm' });
    const q = groupMentions([f1, f2], [F], []);
    expect(q).toHaveLength(2);
  });
  it('different units do not group', () => {
    expect(together(qs, x.dArea, x.dCost)).toBe(false);
  });
  it('different time frames do not group', () => {
    expect(together(qs, x.dDecade, x.dYear)).toBe(false);
    expect(together(qs, x.dDecade, x.eDecade)).toBe(true);
  });
});

export { all as sampleMentions, docs as sampleDocs };

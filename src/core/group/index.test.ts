import { describe, expect, it } from 'vitest';
import { groupMentions, type GroupStats } from './index.js';
import { mention, type Doc } from '../../../test/fixtures/engine/mention.js';
import type { Mention, Quantity } from '../model/index.js';

// Invented articles. Look-alike numbers that must stay apart, and figures that must meet.
const qOf = (qs: Quantity[], x: Mention) => qs.find((q) => q.mentionIds.includes(x.id))!;
const together = (qs: Quantity[], ...xs: Mention[]) => new Set(xs.map((x) => qOf(qs, x).id)).size === 1;

describe('groupMentions: look-alike numbers stay apart', () => {
  // A verb of necessity makes the first count a threshold, the second is a count of who was there (decision 0105).
  it('the 60 votes a bill needs are not the 60 members present', () => {
    const A: Doc = { id: 'a', text: 'The harbour bill needs 60 votes to pass the Calder assembly, the speaker said.' };
    const B: Doc = { id: 'b', text: 'Only 60 members were present in the Calder assembly when the harbour bill came up.' };
    const a = mention(A, { quote: '60 votes', value: 60, measure: 'vote', event: 'need' });
    const b = mention(B, { quote: '60 members', value: 60, measure: 'member', event: 'present' });
    const qs = groupMentions([a, b], [A, B], []);
    expect(together(qs, a, b)).toBe(false);
  });

  it('70% in favour and 30% against in one sentence are two things, never a contested pair', () => {
    const A: Doc = { id: 'a', text: 'In the Morrow poll, 70% were in favour of the tunnel and 30% were against it.' };
    const f = mention(A, { quote: '70%', kind: 'percent', value: 70, unit: '%' });
    const g = mention(A, { quote: '30%', kind: 'percent', value: 30, unit: '%' });
    const qs = groupMentions([f, g], [A], []);
    expect(together(qs, f, g)).toBe(false);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });

  it('a 45-year-old is not 45 years of service', () => {
    const A: Doc = { id: 'a', text: 'The 45-year-old engineer joined the Orrin rail company last spring.' };
    const B: Doc = { id: 'b', text: 'Her father retired from the Orrin rail company after 45 years of service.' };
    const age = mention(A, { quote: '45-year-old', kind: 'duration', value: 45, unit: 'year', measure: 'age' });
    const service = mention(B, { quote: '45 years', kind: 'duration', value: 45, unit: 'year', measure: 'service' });
    expect(together(groupMentions([age, service], [A, B], []), age, service)).toBe(false);
  });

  it('a cut of 900 jobs is not a workforce of 7,000, and a change is not a level', () => {
    const A: Doc = { id: 'a', text: 'Brannock Steel cut 900 jobs at its Velde plant this year.' };
    const B: Doc = { id: 'b', text: 'The Velde plant of Brannock Steel employs 7,000 workers.' };
    const cut = mention(A, { quote: '900 jobs', value: 900, measure: 'job', event: 'cut', trend: 'down' });
    const level = mention(B, { quote: '7,000 workers', value: 7000, measure: 'worker', event: 'employ' });
    const qs = groupMentions([cut, level], [A, B], []);
    expect(together(qs, cut, level)).toBe(false);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });

  it('keeps two stories of one case apart', () => {
    const A: Doc = { id: 'a', text: 'Work on the Talvik school began in 2016, Mayor Edda Brink of Talvik said. The Talvik board and Brink agreed with the Northfjord council.' };
    const B: Doc = { id: 'b', text: 'Building the Orrenby stadium began in 2018, said Kessler Group. Orrenby Rovers and Kessler expect crowds from Vastmark.' };
    const a = mention(A, { quote: '2016', kind: 'year', value: 2016, unit: 'year', event: 'begin' });
    const b = mention(B, { quote: '2018', kind: 'year', value: 2018, unit: 'year', event: 'begin' });
    const qs = groupMentions([a, b], [A, B], []);
    expect(together(qs, a, b)).toBe(false);
  });
});

describe('groupMentions: figures that meet', () => {
  const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'The Lindqvist family paid $12,438,116 in federal taxes over the period, their returns show.' } as Doc;
  const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Over the period the Lindqvist family paid $12,438,116 in federal taxes.' } as Doc;
  const C: Doc = { id: 'c', outlet: 'Evening Post', text: 'The Lindqvists paid $12 million in federal taxes, the returns show.' } as Doc;
  const a = mention(A, { quote: '$12,438,116', kind: 'money', value: 12438116, unit: 'USD', event: 'pay' });
  const b = mention(B, { quote: '$12,438,116', kind: 'money', value: 12438116, unit: 'USD', event: 'pay' });
  const c = mention(C, { quote: '$12 million', kind: 'money', value: 12e6, unit: 'USD', event: 'pay' });

  it('joins the same precise amount and its truncation, corroborated but flagged as differing within rounding', () => {
    const qs = groupMentions([a, b, c], [A, B, C], []);
    expect(together(qs, a, b, c)).toBe(true);
    const q = qOf(qs, a);
    expect(q.status).toBe('corroborated');
    expect(q.roundingOnly).toBe(true);
    expect(q.reasons!.join(' ')).toMatch(/Harbour Wire, Daily Ledger and Evening Post give compatible figures/);
    expect(q.links!.length).toBeGreaterThan(0);
    expect(q.links![0]!.agreed).toContain('same precise value');
  });

  it('contests a precise amount that differs, naming the sources and why they cannot both hold', () => {
    const D: Doc = { id: 'd', outlet: 'Night Desk', text: 'The Lindqvist family paid $12,538,116 in federal taxes over the period, their returns show.' } as Doc;
    const d = mention(D, { quote: '$12,538,116', kind: 'money', value: 12538116, unit: 'USD', event: 'pay' });
    const qs = groupMentions([a, b, d], [A, B, D], [], { constraints: { mustLink: [[a.id, d.id]] } });
    const q = qOf(qs, a);
    expect(q.status).toBe('contested');
    expect(q.reasons![0]).toMatch(/Night Desk says .*12,538,116.* cannot both hold/);
  });
});

describe('groupMentions: equal counts of people and of what they hold, cast or lose meet', () => {
  // Guards the cut of 0103, reverted: a count of people and a count of their jobs, votes or seats is often one
  // figure, so a rule keyed on the nouns' classes alone must not split these (it did, and they joined before it).
  const pairs: [string, string, string, string, string, string][] = [
    ['The Orrin steel plant will cut 900 jobs by March, the company said.', '900 jobs', 'job',
      'The company said it would lay off 900 workers at its Orrin steel plant by March.', '900 workers', 'worker'],
    ['The override passed the Calder senate with 60 votes on Tuesday.', '60 votes', 'vote',
      'On Tuesday 60 senators voted to override the Calder veto in the senate.', '60 senators', 'senator'],
    ['The Norland party now holds 52 seats in the Calder senate after the vote.', '52 seats', 'seat',
      'After the vote the Norland party has 52 senators in the Calder senate.', '52 senators', 'senator'],
  ];
  for (const [ta, qa, ma, tb, qb, mb] of pairs)
    it(`${qa} and ${qb}`, () => {
      const A: Doc = { id: 'a', text: ta }, B: Doc = { id: 'b', text: tb };
      const a = mention(A, { quote: qa, value: parseInt(qa, 10), measure: ma });
      const b = mention(B, { quote: qb, value: parseInt(qb, 10), measure: mb });
      expect(together(groupMentions([a, b], [A, B], []), a, b)).toBe(true);
    });
});

describe('groupMentions: average linkage does not chain', () => {
  it('a hedged figure close to two others does not pull the far ends into one quantity', () => {
    const texts = ['The Serrat dam cost $4 billion to build, officials said.', 'The Serrat dam cost $4.4 billion to build, officials said.',
      'The Serrat dam cost about $5 billion to build, officials said.'];
    const docs: Doc[] = texts.map((text, i) => ({ id: `d${i}`, text }));
    const ms = [mention(docs[0]!, { quote: '$4 billion', kind: 'money', value: 4e9, unit: 'USD', event: 'cost' }),
      mention(docs[1]!, { quote: '$4.4 billion', kind: 'money', value: 4.4e9, unit: 'USD', event: 'cost' }),
      mention(docs[2]!, { quote: 'about $5 billion', kind: 'money', value: 5e9, unit: 'USD', qualifier: 'about', event: 'cost' })];
    // A cannot-link between the far ends: the middle one may join one side, never both.
    const qs = groupMentions(ms, docs, [], { constraints: { cannotLink: [[ms[0]!.id, ms[2]!.id]] } });
    expect(together(qs, ms[0]!, ms[2]!)).toBe(false);
  });
});

describe('groupMentions: work counts (GroupStats, decision 0087)', () => {
  it('counts the pairs a windowed block offers and scores, and the windows its neighbour cap ends', () => {
    const docs: Doc[] = [3100, 3200, 3300, 3400, 3500].map((v, i) => ({ id: `s${i}`, text: `Crews counted ${v.toLocaleString('en-US')} sandbags on the levee.` }));
    const ms = docs.map((d, i) => mention(d, { quote: (3100 + 100 * i).toLocaleString('en-US'), value: 3100 + 100 * i }));
    const stats = {} as GroupStats;
    let pairs = 0;
    groupMentions(ms, docs, [], { maxBlock: 2, window: 3, neighbours: 1, stats, onPair: () => { pairs++; } });
    // One block of 5 (> maxBlock): each mention but the last meets its next neighbour by value, then the cap ends it.
    expect(stats).toMatchObject({ mentions: 5, blocked: 5, blocks: 1, windowed: 1, largest: 5, visited: 4, scored: 4, capped: 4, storyKeys: 5 });
    expect(pairs).toBe(4);
  });
});

describe('groupMentions: story check in a windowed block (decision 0120)', () => {
  it('scores each mention with its next neighbour by value of its own story, skipping the other story in the window', () => {
    // Two unrelated stories (no names shared), interleaved by value in one block larger than maxBlock.
    const a = (v: number) => `Crews from Harlow and Fenwick counted ${v.toLocaleString('en-US')} sandbags on the levee near Tarrant, Harlow officials said.`;
    const b = (v: number) => `Volunteers in Ossory and Brandt packed ${v.toLocaleString('en-US')} sandbags for the Keswick barrier, Ossory staff said.`;
    const values = [3100, 3200, 3300, 3400, 3500];
    const docs: Doc[] = values.map((v, i) => ({ id: `s${i}`, text: i % 2 ? b(v) : a(v) }));
    const ms = docs.map((d, i) => mention(d, { quote: values[i]!.toLocaleString('en-US'), value: values[i]! }));
    const stats = {} as GroupStats;
    const pairs: string[] = [];
    groupMentions(ms, docs, [], { maxBlock: 2, window: 3, neighbours: 1, stats, onPair: (x, y) => { pairs.push(`${x.articleId}-${y.articleId}`); } });
    // s0 skips s1 (other story) and meets s2; s1 skips s2 and meets s3; s2 meets s4; s3 only sees s4 (other story).
    expect(pairs.sort()).toEqual(['s0-s2', 's1-s3', 's2-s4']);
    expect(stats).toMatchObject({ visited: 7, scored: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/index.js';
import type { Feat } from './features.js';
import { labelOf, participle } from './note.js';

/** Just the fields labelOf reads; the rest of a Feat is the grouping's business. */
function feat(m: Partial<Mention>, extra: { dim?: string; verb?: string; tally?: boolean } = {}): Feat {
  const mention = { kind: 'count', unit: null, measure: null, subject: null, event: null, ...m } as Mention;
  return {
    m: mention, dim: extra.dim ?? 'count', tally: extra.tally ? { for: 1, against: 0, unanimous: false } : null,
    verb: extra.verb ? { lemma: extra.verb, chains: [] } : null,
  } as unknown as Feat;
}

describe('quantity labels read as a checker writes them', () => {
  it('participles', () => {
    expect(['earn', 'pay', 'kill', 'deploy', 'die', 'drop', 'patrol', 'withdraw', 'spend', 'evacuate', 'bury', 'vote', 'ship', 'lose', 'cost', 'hurt'].map(participle))
      .toEqual(['earned', 'paid', 'killed', 'deployed', 'died', 'dropped', 'patrolled', 'withdrawn', 'spent', 'evacuated', 'buried', 'voted', 'shipped', 'lost', 'cost', 'hurt']);
  });

  it('noun or kind, then what happened, then the unit: no "(USD) (earn)"', () => {
    expect(labelOf([feat({ kind: 'money', unit: 'USD', event: 'earn' }, { dim: 'money:USD', verb: 'earn' })])).toBe('money earned (USD)');
    expect(labelOf([feat({ measure: 'troop', event: 'deploy' }, { verb: 'deploy' }), feat({ measure: 'personnel' })])).toBe('personnel / troop deployed');
    expect(labelOf([feat({ kind: 'count', event: 'kill' }, { verb: 'kill' })])).toBe('number killed');
    expect(labelOf([feat({ kind: 'year', unit: 'year', event: 'elect' }, { dim: 'year', verb: 'elect' })])).toBe('year elected');
    expect(labelOf([feat({ kind: 'measure', unit: 't' }, { dim: 'mass' })])).toBe('weight (t)');
    expect(labelOf([feat({ kind: 'measure', unit: 'mi' }, { dim: 'length' })])).toBe('distance (mi)');
    expect(labelOf([feat({ kind: 'measure', unit: 'kV' }, { dim: 'kV' })])).toBe('measure (kV)');
    expect(labelOf([feat({ kind: 'percent', unit: '%', event: 'vote' }, { dim: 'share', verb: 'vote' })])).toBe('share voted');
  });

  it('an event noun reads "in the …"; a measure that is the event is not repeated; subject after a dash', () => {
    expect(labelOf([feat({ measure: 'soldier', event: 'coup' })])).toBe('soldier in coup');
    // the event noun wins over a verb guessed from the words before the number ("deteriorated since a 2020 coup")
    expect(labelOf([feat({ kind: 'year', unit: 'year', event: 'coup' }, { dim: 'year', verb: 'deteriorate' })])).toBe('year of coup');
    expect(labelOf([feat({ measure: 'soldier', event: 'coup' }, { verb: 'deteriorate' })])).toBe('soldier in coup');
    expect(labelOf([feat({ measure: 'vote', event: 'vote' }, { verb: 'vote' })])).toBe('vote');
    expect(labelOf([feat({ ratio: undefined, kind: 'ratio', event: 'vote' } as Partial<Mention>, { dim: 'tally', tally: true, verb: 'vote' })])).toBe('vote tally');
    const label = labelOf([feat({ kind: 'money', unit: 'EUR', event: 'spend', subject: 'the city council' }, { dim: 'money:EUR', verb: 'spend' })]);
    expect(label).toMatch(/^money spent \(EUR\)( — city council)?$/);
    expect(label).not.toMatch(/\) \(/);
  });

  it('names what happened by the event most mentions state, not by the first mention', () => {
    const guessed = feat({ kind: 'money', unit: 'USD', measure: 'watch' }, { dim: 'money:USD', verb: 'include' });
    const stated = () => feat({ kind: 'money', unit: 'USD', measure: 'watch', event: 'buy' }, { dim: 'money:USD', verb: 'buy' });
    expect(labelOf([guessed, stated()])).toBe('watch bought');
    expect(labelOf([guessed, feat({ kind: 'money', unit: 'USD', measure: 'watch' }, { dim: 'money:USD', verb: 'include' }), stated()])).toBe('watch included');
    expect(labelOf([feat({ measure: 'troop', event: 'deploy' }, { verb: 'deploy' }), feat({ measure: 'troop', event: 'kill' }, { verb: 'kill' })])).toBe('troop deployed');
  });
});

describe('labels read from each figure’s own clause (decision 0075)', () => {
  it('a rate is not labelled with the verb of another figure in its sentence, nor a deciding body as owner', async () => {
    const { run, find, qOf } = await import('./test-util.js');
    const { mentions, qs } = run([
      { id: 'a', outlet: 'A', text: 'In 2030 the Varn family paid a levy rate of 28.4 percent and spent over 6 percent of its income on rent.' },
      { id: 'b', outlet: 'B', text: 'The Harbour Council vote ends the stay of more than 6,500 guards on the coast.' },
    ]);
    expect(qOf(qs, find(mentions, 'a', '28.4')).label).toMatch(/^rate paid\b/);
    expect(qOf(qs, find(mentions, 'b', '6,500')).label).toMatch(/^guard\b/);
    expect(qOf(qs, find(mentions, 'b', '6,500')).label).not.toContain('Harbour Council');
  });
});

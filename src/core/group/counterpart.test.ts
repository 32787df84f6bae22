// Counterparts (decision 0005): a pair of mentions in two articles that are each other's closest match by their words
// alone is evidence of one quantity even when the figures differ. Unit cases on scored pairs, then invented articles
// read by the real extractor: disagreements it joins, and look-alike numbers that must stay apart.
import { describe, expect, it } from 'vitest';
import { EdgeList } from './cluster.js';
import { mutualBest } from './counterpart.js';
import { find, qOf, run, type Doc } from './test-util.js';

/** Scored pairs [a, b, similarity] over mentions whose articles are `articleOf`. */
function pairs(list: [number, number, number][]): { edges: EdgeList; sim: Float64Array } {
  const edges = new EdgeList();
  const sim = new Float64Array(list.length);
  list.forEach(([a, b, s], e) => { edges.push(a, b, 0); sim[e] = s; });
  return { edges, sim };
}

describe('mutualBest', () => {
  // Mentions 0, 1 in article 0; 2, 3 in article 1.
  const articleOf = Int32Array.from([0, 0, 1, 1]);

  it('marks the pair that is each other\'s closest across two articles, and only that pair', () => {
    const { edges, sim } = pairs([[0, 2, 1.5], [0, 3, 0.7], [1, 2, 0.8], [1, 3, 0.6]]);
    expect(Array.from(mutualBest(4, edges, sim, articleOf))).toEqual([1, 0, 0, 0]);
  });

  it('is independent of the order of the pairs', () => {
    const list: [number, number, number][] = [[0, 2, 1.5], [0, 3, 0.7], [1, 2, 0.8], [1, 3, 1.2]];
    const a = pairs(list), b = pairs([...list].reverse());
    expect(Array.from(mutualBest(4, a.edges, a.sim, articleOf))).toEqual([1, 0, 0, 1]);
    // Per pair, whatever the order they were scored in.
    expect(Array.from(mutualBest(4, b.edges, b.sim, articleOf)).reverse()).toEqual([1, 0, 0, 1]);
  });

  it('leaves a near tie open: no counterpart when the next candidate is within the margin', () => {
    const { edges, sim } = pairs([[0, 2, 1.5], [0, 3, 1.45], [1, 2, 0.6], [1, 3, 0.6]]);
    expect(Array.from(mutualBest(4, edges, sim, articleOf))).toEqual([0, 0, 0, 0]);
  });

  it('needs word evidence: a closest match with little in common is not a counterpart', () => {
    const { edges, sim } = pairs([[0, 2, 0.4], [0, 3, 0.0], [1, 2, 0.1], [1, 3, 0.0]]);
    expect(Array.from(mutualBest(4, edges, sim, articleOf))).toEqual([0, 0, 0, 0]);
  });

  it('two lone numbers need strong word evidence; pairs of one article, cannot-links (NaN) and excluded pairs (-1) never count', () => {
    const lone = Int32Array.from([0, 1]);
    expect(Array.from(mutualBest(2, pairs([[0, 1, 0.8]]).edges, pairs([[0, 1, 0.8]]).sim, lone))).toEqual([0]);
    expect(Array.from(mutualBest(2, pairs([[0, 1, 1.6]]).edges, pairs([[0, 1, 1.6]]).sim, lone))).toEqual([1]);
    const { edges, sim } = pairs([[0, 1, 3], [0, 2, NaN], [1, 3, -1], [0, 3, 1.2]]);
    expect(Array.from(mutualBest(4, edges, sim, articleOf))).toEqual([0, 0, 0, 1]);
  });
});


describe('counterparts in invented articles', () => {
  it('one end year stated in other words by two outlets ("ends in 2027" / "officially ends in 2028") is one contested year', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'The council opened the Calder bridge in 2004, after a vote in 2001. Its lease on the harbour quay ends in 2027, the council said.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'The Calder bridge opened in 2004. The council signed the quay lease in 1999, and the harbour lease officially ends in 2028.' };
    const { mentions, qs } = run([A, B]);
    const a = find(mentions, 'a', '2027'), b = find(mentions, 'b', '2028');
    expect(qOf(qs, a).id).toBe(qOf(qs, b).id);
    expect(qOf(qs, a).status).toBe('contested');
    expect((qOf(qs, a).links ?? []).some((l) => l.agreed.includes('counterparts'))).toBe(true);
    // The other years keep their own quantities: 2004 twice (corroborated), 2001 and 1999 alone.
    expect(qOf(qs, find(mentions, 'a', '2004')).status).toBe('corroborated');
    expect(qOf(qs, find(mentions, 'a', '2001')).id).not.toBe(qOf(qs, find(mentions, 'b', '1999')).id);
  });

  it('70% for and 30% against in two outlets are the two sides of one split, not a contested share', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'In the Morrow poll of the Calder district, 70% of voters backed the tunnel.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'The Morrow poll found 30% of Calder voters against the tunnel, with the rest undecided.' };
    const { mentions, qs } = run([A, B]);
    expect(qOf(qs, find(mentions, 'a', '70')).id).not.toBe(qOf(qs, find(mentions, 'b', '30')).id);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });

  it('near amounts of different purchases stay apart ($4,412.50 on a river cruise / $4,312.50 on antique clocks)', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'Court papers say the couple spent $4,412.50 on a river cruise and $2,306.08 on theme park tickets.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'The filing lists $4,312.50 on antique clocks and $980 on a fur coat, prosecutors said.' };
    const { mentions, qs } = run([A, B]);
    expect(qOf(qs, find(mentions, 'a', '4,412.50')).id).not.toBe(qOf(qs, find(mentions, 'b', '4,312.50')).id);
    expect(qs.every((q) => q.status !== 'contested')).toBe(true);
  });

  it('a 45-year-old and 45 years of service stay apart', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'Ivar Lindqvist, a 45-year-old engineer from Calder, led the dig in 2019.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'Lindqvist retired from the Calder works after 45 years of service in 2019.' };
    const { mentions, qs } = run([A, B]);
    expect(qOf(qs, find(mentions, 'a', '45')).id).not.toBe(qOf(qs, find(mentions, 'b', '45')).id);
  });

  // Known weakness: in two lists of purchases where one item in each carries the verb ("spent $4,412.50 on a cruise",
  // "$4,312.50 spent on antique clocks") and no head noun is read, those two are each other's closest match by words
  // and join as one contested amount. The real events hold such lists (decision 0005).
  it.fails('near amounts of two purchase lists stay apart when only the verb is shared', () => {
    const A: Doc = { id: 'a', outlet: 'Harbour Wire', text: 'Court papers say the couple spent $4,412.50 on a cruise and $2,306.08 at a theme park, among other things.' };
    const B: Doc = { id: 'b', outlet: 'Daily Ledger', text: 'The filing lists $4,312.50 spent on antique clocks and $980 on a fur coat, prosecutors said.' };
    const { mentions, qs } = run([A, B]);
    expect(qOf(qs, find(mentions, 'a', '4,412.50')).id).not.toBe(qOf(qs, find(mentions, 'b', '4,312.50')).id);
  });
});

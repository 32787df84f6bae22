import { describe, expect, it } from 'vitest';
import { detectReuse } from './index.js';
import { locateReuse } from './locate.js';

const A = [
  'The ferry company said on Monday that it will add two boats to the island route before the summer season.',
  'Passenger numbers rose by a fifth last year, and queues at the harbour reached three hours on busy weekends.',
  'The new boats will each carry four hundred passengers and sixty cars, the company said in a statement.',
  'Local councillors welcomed the plan but asked for more sailings in the early morning for commuters.',
].join('\n\n');
const B = [
  'A short introduction written by the second outlet, unrelated to the rest.',
  'Passenger numbers rose by a fifth last year, and queues at the harbour reached three hours on busy weekends.',
  'The ferry company said on Monday that it will add two boats to the island route before the summer season.',
  'The new boats will each carry four hundred passengers and sixty cars, the company said in a statement.',
].join('\n\n');

describe('locateReuse', () => {
  it('finds each aligned sentence verbatim in both texts', () => {
    const [reuse] = detectReuse([{ id: 'a', text: A }, { id: 'b', text: B }]);
    expect(reuse).toBeDefined();
    const located = locateReuse(reuse, A, B);
    expect(located.length).toBe(reuse.pairs.length);
    for (const p of located) {
      expect(A.slice(p.a.start, p.a.end)).toBe(B.slice(p.b.start, p.b.end));
    }
    // Ordered by position in the first article, even though the second tells them in another order.
    expect(located.map((p) => p.a.start)).toEqual([...located.map((p) => p.a.start)].sort((x, y) => x - y));
    expect(located[0].b.start).toBeGreaterThan(located[1].b.start);
  });

  it('takes a repeated sentence once per pair, and drops pairs whose text is not there', () => {
    const s = 'The same line appears twice here.';
    const text = `${s}\n\n${s}`;
    const located = locateReuse({ pairs: [{ a: s, b: s, score: 1 }, { a: s, b: s, score: 1 }, { a: 'missing', b: s, score: 1 }] }, text, text);
    expect(located.map((p) => p.a.start)).toEqual([0, s.length + 2]);
    expect(located.map((p) => p.b.start)).toEqual([0, s.length + 2]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Reuse } from '../../../../core/model/index.js';
import { mapPosition, monotonicPairs, passageGroups } from './passages.js';

const S1 = 'First shared sentence about the bridge.';
const S2 = 'Second shared sentence about the tolls.';
const S3 = 'Third shared sentence about the opening.';

describe('passageGroups', () => {
  const a = { id: 'a', text: `${S1}\n\n${S2}\n\n${S3}` };
  const b = { id: 'b', text: `Intro of b.\n\n${S2}\n\n${S1}` };
  const c = { id: 'c', text: `${S1}\n\nOther.` };
  const reuse: Reuse[] = [
    { a: 'a', b: 'b', score: 0.6, pairs: [{ a: S1, b: S1, score: 1 }, { a: S2, b: S2, score: 1 }] },
    { a: 'b', b: 'c', score: 0.5, pairs: [{ a: S1, b: S1, score: 1 }] },
    { a: 'a', b: 'z', score: 0.9, pairs: [{ a: S3, b: S3, score: 1 }] },
  ];

  it('chains links across columns into one group per passage, in reading order of the first column', () => {
    const groups = passageGroups([a, b, c], reuse);
    expect(groups).toHaveLength(2);
    expect(groups[0].spans.map((s) => s?.start ?? null)).toEqual([0, b.text.indexOf(S1), 0]);
    expect(groups[1].spans.map((s) => s?.start ?? null)).toEqual([a.text.indexOf(S2), b.text.indexOf(S2), null]);
    expect(groups.map((g) => g.index)).toEqual([0, 1]);
  });

  it('ignores reuse with articles that are not open, and empty columns', () => {
    expect(passageGroups([a, null], reuse)).toEqual([]);
  });
});

describe('scroll mapping', () => {
  it('keeps the longest run of passages in order on both sides', () => {
    expect(monotonicPairs([[100, 100], [200, 900], [300, 300], [400, 400]])).toEqual([[100, 100], [300, 300], [400, 400]]);
    expect(monotonicPairs([])).toEqual([]);
  });

  it('maps positions linearly between anchors and 1:1 outside them', () => {
    const anchors: [number, number][] = [[100, 300], [200, 500]];
    expect(mapPosition(anchors, 150)).toBe(400);
    expect(mapPosition(anchors, 50)).toBe(250);
    expect(mapPosition(anchors, 260)).toBe(560);
    expect(mapPosition([], 42)).toBe(42);
  });
});

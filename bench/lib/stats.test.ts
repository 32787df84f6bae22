import { describe, expect, it } from 'vitest';
import { mbps, median, minMax, rotate } from './stats.js';

describe('median', () => {
  it('takes the middle of an odd list regardless of order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });
  it('averages the two middle values of an even list', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('ignores one outlier, unlike a mean', () => {
    expect(median([10, 11, 12, 1000, 9])).toBe(11);
  });
  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/empty/);
  });
});

describe('helpers', () => {
  it('mbps uses 2^20-byte megabytes', () => {
    expect(mbps(1048576, 1000)).toBe(1);
    expect(mbps(3 * 1048576, 500)).toBe(6);
  });
  it('minMax', () => {
    expect(minMax([3, -1, 7])).toEqual({ min: -1, max: 7 });
  });
  it('rotate starts each repeat at a different method and keeps all of them', () => {
    expect(rotate(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotate(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotate(['a', 'b', 'c'], 4)).toEqual(['b', 'c', 'a']);
    expect(rotate([], 3)).toEqual([]);
  });
});

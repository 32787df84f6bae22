import { describe, expect, it } from 'vitest';
import { bodyParts, keyTarget, pageRows, withPinned, type PlacedRow } from './row-window.js';

/** Rows `from`..`to` of a list whose rows are `h` px high, starting at `offset`. */
const placed = (from: number, to: number, h: number, offset = 0): PlacedRow[] =>
  Array.from({ length: to - from + 1 }, (_, k) => ({ index: from + k, start: offset + (from + k) * h, end: offset + (from + k + 1) * h }));

const height = (parts: ReturnType<typeof bodyParts>, h: number) => parts.reduce((s, p) => s + (p.kind === 'gap' ? p.height : h), 0);

describe('bodyParts', () => {
  it('draws a short list whole, with no spacer', () => {
    const parts = bodyParts(placed(0, 4, 30), 0, 150);
    expect(parts).toEqual([0, 1, 2, 3, 4].map((index) => ({ kind: 'row', index })));
  });
  it('stands a spacer in for the rows above and below the window, keeping the full height', () => {
    const parts = bodyParts(placed(100, 119, 30, 32), 32, 1000 * 30);
    expect(parts[0]).toEqual({ kind: 'gap', key: 'gap-100', height: 3000 });
    expect(parts.at(-1)).toEqual({ kind: 'gap', key: 'gap-end', height: 30000 - 120 * 30 });
    expect(parts.filter((p) => p.kind === 'row')).toHaveLength(20);
    expect(height(parts, 30)).toBe(30000);
  });
  it('puts a pinned row far from the window at its place, with a spacer on each side', () => {
    const rows = [...placed(0, 9, 30), ...placed(500, 500, 30)];
    const parts = bodyParts(rows, 0, 1000 * 30);
    const kinds = parts.map((p) => (p.kind === 'gap' ? `gap:${p.height}` : p.index));
    expect(kinds).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, `gap:${490 * 30}`, 500, `gap:${499 * 30}`]);
    expect(height(parts, 30)).toBe(30000);
  });
  it('gives each spacer a key of its own', () => {
    const rows = [...placed(0, 0, 30), ...placed(10, 12, 30), ...placed(40, 40, 30)];
    const keys = bodyParts(rows, 0, 3000).flatMap((p) => (p.kind === 'gap' ? [p.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(3);
  });
});

describe('withPinned', () => {
  it('adds the tab-stop row in order and leaves a row already in the window alone', () => {
    expect(withPinned([10, 11, 12], 3, 100)).toEqual([3, 10, 11, 12]);
    expect(withPinned([10, 11, 12], 50, 100)).toEqual([10, 11, 12, 50]);
    expect(withPinned([10, 11, 12], 11, 100)).toEqual([10, 11, 12]);
  });
  it('ignores an index outside the list (no selection, or a row just deleted)', () => {
    expect(withPinned([0, 1], -1, 2)).toEqual([0, 1]);
    expect(withPinned([0, 1], 2, 2)).toEqual([0, 1]);
  });
});

describe('pageRows and keyTarget', () => {
  it('moves a page by the rows in view less one, and at least one row', () => {
    expect(pageRows(600, 45)).toBe(12);
    expect(pageRows(40, 45)).toBe(1);
    expect(pageRows(0, 45)).toBe(1);
    expect(pageRows(600, 0)).toBe(1);
  });
  it('clamps every key to the list', () => {
    expect(keyTarget('ArrowDown', 4, 5, 3)).toBe(4);
    expect(keyTarget('ArrowUp', 0, 5, 3)).toBe(0);
    expect(keyTarget('PageDown', 3, 30_000, 12)).toBe(15);
    expect(keyTarget('PageDown', 29_995, 30_000, 12)).toBe(29_999);
    expect(keyTarget('PageUp', 5, 30_000, 12)).toBe(0);
    expect(keyTarget('End', 0, 30_000, 12)).toBe(29_999);
    expect(keyTarget('Home', 29_999, 30_000, 12)).toBe(0);
  });
  it('says nothing for other keys or an empty list', () => {
    expect(keyTarget('a', 0, 5, 3)).toBeNull();
    expect(keyTarget('End', 0, 0, 3)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { checkAll, checkRange, EMPTY_SELECTION, keepShown, toggleOne } from './selection.js';

const order = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('library multi-selection', () => {
  it('toggles one row and makes it the anchor', () => {
    const one = toggleOne(EMPTY_SELECTION, 'b');
    expect(ids(one)).toEqual(['b']);
    expect(one.anchor).toBe('b');
    expect(ids(toggleOne(one, 'b'))).toEqual([]);
  });

  it('checks a range from the anchor in either direction, keeping earlier checks', () => {
    const s = toggleOne(toggleOne(EMPTY_SELECTION, 'a'), 'd');
    expect(ids(checkRange(s, order, 'b'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(checkRange(toggleOne(EMPTY_SELECTION, 'b'), order, 'e'))).toEqual(['b', 'c', 'd', 'e']);
  });

  it('without an anchor, a range is the one row', () => {
    expect(ids(checkRange(EMPTY_SELECTION, order, 'c'))).toEqual(['c']);
  });

  it('ignores a row that is not shown', () => {
    const s = toggleOne(EMPTY_SELECTION, 'a');
    expect(checkRange(s, order, 'zz')).toBe(s);
  });

  it('selects all shown rows, and forgets rows no longer shown', () => {
    const all = checkAll(order);
    expect(ids(all)).toEqual(order);
    const kept = keepShown(all, ['b', 'c']);
    expect(ids(kept)).toEqual(['b', 'c']);
    expect(kept.anchor).toBeNull();
    expect(keepShown(kept, ['b', 'c', 'x'])).toBe(kept);
  });
});

import { describe, expect, it } from 'vitest';
import { NO_LINKS, Shared } from './shared.js';

describe('Shared', () => {
  it('hands out one instance per distinct string and list, with the same content', () => {
    const s = new Shared();
    const a = ['Stated only by ', 'Outlet.'].join(''), b = `Stated only by ${'Outlet'}.`;
    expect(s.string(a)).toBe(s.string(b));
    const l1 = s.list(['noun', 'context']), l2 = s.list(['noun', 'context']);
    expect(l2).toBe(l1);
    expect(l1).toEqual(['noun', 'context']);
    expect(s.list(['noun'])).not.toBe(l1);
    expect(s.list(['noun', 'context', 'names'])).toEqual(['noun', 'context', 'names']);
  });
  it('keeps lists apart that only a naive join would confuse', () => {
    const s = new Shared();
    expect(s.list(['a,b'])).not.toBe(s.list(['a', 'b']));
    expect(s.list(['a', 'b'])).toEqual(['a', 'b']);
    expect(s.list(['a\u0000b'])).not.toBe(s.list(['a', 'b']));
    expect(s.list(['a\u0000b'])).toEqual(['a\u0000b']);
  });
  it('gives the shared empty list for no elements', () => {
    expect(new Shared().list([])).toBe(NO_LINKS);
    expect(NO_LINKS).toHaveLength(0);
  });
  it('hands out one spread per distinct bounds, keeping -0 apart from 0', () => {
    const s = new Shared();
    const a = s.spread({ min: 1, max: 2 });
    expect(s.spread({ min: 1, max: 2 })).toBe(a);
    expect(s.spread({ min: 1, max: 3 })).toEqual({ min: 1, max: 3 });
    expect(s.spread(null)).toBeNull();
    const z = s.spread({ min: 0, max: 1 }), m = s.spread({ min: -0, max: 1 });
    expect(m).not.toBe(z);
    expect(Object.is(m!.min, -0)).toBe(true);
  });
});

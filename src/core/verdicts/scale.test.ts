import { describe, expect, it } from 'vitest';
import { currentRating, DEFAULT_RATING_SCALE, ratingOf, readScale, scaleBounds, scaleProblems, withLevels } from './scale.js';

describe('rating scale', () => {
  it('defaults to six levels, five of them ordered from Accurate (5) down to Inaccurate (1)', () => {
    expect(DEFAULT_RATING_SCALE.levels.map((l) => [l.label, l.ordinal])).toEqual([
      ['Accurate', 5], ['Mostly accurate', 4], ['Needs context', 3], ['Misleading', 2], ['Inaccurate', 1], ['Unverifiable', null],
    ]);
    expect(scaleProblems(DEFAULT_RATING_SCALE)).toEqual([]);
    expect(scaleBounds(DEFAULT_RATING_SCALE)).toEqual({ best: 5, worst: 1 });
  });

  it('reads a stored scale, and falls back to the default for anything unusable', () => {
    const edited = withLevels(DEFAULT_RATING_SCALE, [...DEFAULT_RATING_SCALE.levels.slice(0, 2), { id: 'false', label: 'False', ordinal: 0, description: '' }]);
    expect(readScale(edited)).toEqual(edited);
    expect(edited.levels.map((l) => l.ordinal)).toEqual([3, 2, 1]);
    for (const bad of [null, 'x', { id: 's', name: 'n', levels: [{ id: 'a' }] }, { ...edited, levels: [edited.levels[0], edited.levels[0]] }]) {
      expect(readScale(bad)).toBe(DEFAULT_RATING_SCALE);
    }
  });

  it('names each problem of an edited scale', () => {
    const bad = { id: '', name: 'n', levels: [{ id: 'a', label: '', ordinal: 2, description: '' }, { id: 'a', label: 'B', ordinal: 2, description: '' }, { id: 'c', label: 'C', ordinal: 1.5, description: '' }] };
    expect(scaleProblems(bad)).toEqual([
      'The scale needs an id.', 'Level "a" needs a label.', 'Two levels share the id "a".', 'Two levels share the value 2.',
      'Level "C" needs a whole number of 1 or more as its value, or none.',
    ]);
  });

  it('snapshots a level in the verdict, and names it as the current scale does', () => {
    const r = ratingOf(DEFAULT_RATING_SCALE, 'misleading')!;
    expect(r).toEqual({ scaleId: DEFAULT_RATING_SCALE.id, levelId: 'misleading', label: 'Misleading', ordinal: 2 });
    expect(ratingOf(DEFAULT_RATING_SCALE, 'nope')).toBeNull();
    const renamed = { ...DEFAULT_RATING_SCALE, levels: DEFAULT_RATING_SCALE.levels.map((l) => (l.id === 'misleading' ? { ...l, label: 'Half true' } : l)) };
    expect(currentRating(renamed, r)).toEqual({ levelId: 'misleading', label: 'Half true', ordinal: 2 });
    const removed = { ...DEFAULT_RATING_SCALE, levels: DEFAULT_RATING_SCALE.levels.filter((l) => l.id !== 'misleading') };
    expect(currentRating(removed, r)).toEqual({ levelId: 'misleading', label: 'Misleading', ordinal: null });
  });
});

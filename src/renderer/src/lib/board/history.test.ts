import { describe, expect, it } from 'vitest';
import { applyToList, History, inverse, MERGE_MS, type BoardAction } from './history.js';

type Rec = { id: string; v: number };
const set = (key: string, before: Rec | null, after: Rec | null, merge?: string): BoardAction => ({
  label: `set ${key}`, merge, changes: [{ table: 'verdicts', key, before, after }],
});
const r = (id: string, v: number): Rec => ({ id, v });

describe('board history', () => {
  it('undoes and redoes by writing back the records before and after', () => {
    const h = new History();
    let list: Rec[] = [];
    const apply = (a: BoardAction | null) => { list = applyToList(list, 'verdicts', a!.changes); };
    const a1 = set('x', null, r('x', 1));
    const a2 = set('x', r('x', 1), r('x', 2));
    for (const a of [a1, a2]) { apply(a); h.push(a, 0); }
    expect(list).toEqual([r('x', 2)]);
    apply(h.undo());
    expect(list).toEqual([r('x', 1)]);
    apply(h.undo());
    expect(list).toEqual([]);
    expect(h.undo()).toBeNull();
    apply(h.redo());
    apply(h.redo());
    expect(list).toEqual([r('x', 2)]);
    expect(h.redo()).toBeNull();
  });

  it('reverses multi-record actions in reverse order', () => {
    const a: BoardAction = { label: 'two', changes: [
      { table: 'verdicts', key: 'x', before: null, after: r('x', 1) },
      { table: 'verdicts', key: 'x', before: r('x', 1), after: r('x', 2) },
    ] };
    expect(inverse(a).changes.map((c) => c.after)).toEqual([r('x', 1), null]);
  });

  it('a new action clears redo; an action that changes nothing is not recorded', () => {
    const h = new History();
    h.push(set('x', null, r('x', 1)), 0);
    h.undo();
    expect(h.canRedo).toBe(true);
    expect(h.push(set('y', r('y', 1), r('y', 1)), 10)).toBe(false);
    expect(h.canRedo).toBe(true);
    h.push(set('y', null, r('y', 1)), 20);
    expect(h.canRedo).toBe(false);
    expect(h.undoLabel).toBe('set y');
  });

  it('folds typing in one field into one step, but not after a pause or across fields', () => {
    const h = new History();
    h.push(set('x', r('x', 0), r('x', 1), 'label:x'), 0);
    h.push(set('x', r('x', 1), r('x', 2), 'label:x'), 500);
    h.push(set('x', r('x', 2), r('x', 3), 'label:x'), 1000);
    expect(h.past).toHaveLength(1);
    expect(h.past[0]!.changes[0]).toMatchObject({ before: r('x', 0), after: r('x', 3) });
    h.push(set('x', r('x', 3), r('x', 4), 'label:x'), 1000 + MERGE_MS + 1);
    h.push(set('x', r('x', 4), r('x', 5), 'note:x'), 1000 + MERGE_MS + 2);
    expect(h.past).toHaveLength(3);
    // Typing back to where it started leaves no step at all.
    const g = new History();
    g.push(set('x', r('x', 0), r('x', 1), 'f'), 0);
    g.push(set('x', r('x', 1), r('x', 0), 'f'), 10);
    expect(g.canUndo).toBe(false);
  });

  it('a redone action is not folded into by the next edit', () => {
    const h = new History();
    h.push(set('x', r('x', 0), r('x', 1), 'f'), 0);
    h.undo();
    h.redo();
    h.push(set('x', r('x', 1), r('x', 2), 'f'), 10);
    expect(h.past).toHaveLength(2);
  });

  it('keeps at most `limit` steps', () => {
    const h = new History(3);
    for (let i = 0; i < 5; i++) h.push(set(`k${i}`, null, r(`k${i}`, i)), i * 10_000);
    expect(h.past.map((a) => a.label)).toEqual(['set k2', 'set k3', 'set k4']);
  });
});

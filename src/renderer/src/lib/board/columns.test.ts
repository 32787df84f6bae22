import { describe, expect, it } from 'vitest';
import type { Quantity, QuantityStatus, Verdict } from '../../../../core/model/index.js';
import type { QuantityView } from '../../../../core/report/quantity-view.js';
import { boardLayout, endOrder, newVerdict, nextColumn, parseAccepted, reorder } from './columns.js';

const view = (id: string, status: QuantityStatus, sources = 2): QuantityView => ({
  quantity: { id, label: id, status, mentionIds: [], independentSources: sources, note: '', spread: null, countsDiffer: false, unit: null } as Quantity,
  values: [],
});
const verdict = (id: string, column: Verdict['column'], order: number): Verdict =>
  newVerdict({ id: `v-${id}`, caseId: 'c', keys: [], label: '', column, order, now: '2024-01-01T00:00:00Z' });

describe('board layout', () => {
  const views = [view('s1', 'single-source', 1), view('c1', 'contested', 2), view('k1', 'corroborated', 3), view('c2', 'contested', 4), view('k2', 'corroborated', 2)];
  const ids = (cards: { view: QuantityView }[]) => cards.map((c) => c.view.quantity.id);

  it('puts contested quantities and quantities with a verdict on the board, contested first', () => {
    const l = boardLayout(views, new Map([['k1', verdict('k1', 'todo', 0)]]), { corroborated: false, singleSource: false });
    expect(ids(l.columns.todo)).toEqual(['c2', 'c1', 'k1']);
    expect(l.columns.review).toEqual([]);
    expect(l.offBoard).toEqual([]);
  });

  it('shows corroborated and single-source quantities off the board when their filter is on', () => {
    const l = boardLayout(views, new Map(), { corroborated: true, singleSource: false });
    expect(ids(l.offBoard)).toEqual(['k1', 'k2']);
    expect(ids(boardLayout(views, new Map(), { corroborated: true, singleSource: true }).offBoard)).toEqual(['k1', 'k2', 's1']);
  });

  it('leaves years, dates and ordinals off the board and out of the chips unless shown; one with a verdict stays', () => {
    const dates = new Set(['c1', 'k2', 's1']);
    const all = { corroborated: true, singleSource: true };
    const l = boardLayout(views, new Map([['k2', verdict('k2', 'review', 0)]]), all, dates);
    expect(ids(l.columns.todo)).toEqual(['c2']);
    expect(ids(l.columns.review)).toEqual(['k2']);
    expect(ids(l.offBoard)).toEqual(['k1']);
    const shown = boardLayout(views, new Map(), { ...all, dates: true }, dates);
    expect(ids(shown.columns.todo)).toEqual(['c2', 'c1']);
    expect(ids(shown.offBoard)).toEqual(['k1', 'k2', 's1']);
  });

  it('places cards in their verdict column, ordered by the checker within a status', () => {
    const verdicts = new Map([['c1', verdict('c1', 'decided', 1)], ['c2', verdict('c2', 'decided', 0)], ['k2', verdict('k2', 'decided', -5)]]);
    const l = boardLayout(views, verdicts, { corroborated: false, singleSource: false });
    expect(ids(l.columns.decided)).toEqual(['c2', 'c1', 'k2']);
    expect(l.columns.decided.every((c) => c.column === 'decided')).toBe(true);
    expect(endOrder(l.columns.decided)).toBe(2);
    expect(endOrder([])).toBe(0);
  });

  it('moves between columns by keyboard steps, stopping at either end', () => {
    expect(nextColumn('todo', 1)).toBe('review');
    expect(nextColumn('review', 1)).toBe('decided');
    expect(nextColumn('decided', 1)).toBeNull();
    expect(nextColumn('todo', -1)).toBeNull();
  });

  it('reorders within a status only, swapping with the neighbour', () => {
    const l = boardLayout(views, new Map([['k1', verdict('k1', 'todo', 0)]]), { corroborated: false, singleSource: false });
    const cards = l.columns.todo; // c2, c1, k1
    expect(reorder(cards, 'c1', -1)).toEqual(new Map([['c2', 1], ['c1', 0], ['k1', 2]]));
    expect(reorder(cards, 'c2', -1)).toBeNull();
    expect(reorder(cards, 'c1', 1)).toBeNull(); // k1 is corroborated: contested stay first
    expect(reorder(cards, 'k1', 1)).toBeNull();
    const swapped = boardLayout(views, new Map([['c2', verdict('c2', 'todo', 1)], ['c1', verdict('c1', 'todo', 0)]]), { corroborated: false, singleSource: false });
    expect(ids(swapped.columns.todo)).toEqual(['c1', 'c2']);
  });
});

describe('accepted value', () => {
  it('reads numbers and intervals as a checker types them', () => {
    expect(parseAccepted('13,000')).toEqual({ low: 13000, high: 13000 });
    expect(parseAccepted(' 13000 ')).toEqual({ low: 13000, high: 13000 });
    expect(parseAccepted('12,000–13,000')).toEqual({ low: 12000, high: 13000 });
    expect(parseAccepted('13000 - 12000')).toEqual({ low: 12000, high: 13000 });
    expect(parseAccepted('12000 to 15000')).toEqual({ low: 12000, high: 15000 });
    expect(parseAccepted('1.5 million')).toEqual({ low: 1_500_000, high: 1_500_000 });
    expect(parseAccepted('2.5')).toEqual({ low: 2.5, high: 2.5 });
    for (const bad of ['', 'many', '12,000 troops and more', '1-2-3']) expect(parseAccepted(bad)).toBeNull();
  });
});

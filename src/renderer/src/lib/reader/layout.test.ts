import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDb } from '../db/schema.js';
import { loadLayout, saveLayout } from '../db/layouts.js';
import {
  addColumn, closeColumn, EMPTY_LAYOUT, fromRecord, keepExisting, layoutKey, MAX_COLUMNS, MIN_SHARE, normaliseWidths, openColumns,
  replaceColumn, resizeColumns,
} from './layout.js';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('layout', () => {
  it('opens two to four distinct articles in equal columns', () => {
    const l = openColumns(EMPTY_LAYOUT, ['a', 'b', 'a', 'c', 'd', 'e']);
    expect(l.articleIds).toEqual(['a', 'b', 'c', 'd']);
    expect(l.widths).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(MAX_COLUMNS).toBe(4);
  });

  it('adds a column at a position, refuses a fifth and an article already open', () => {
    let l = openColumns(EMPTY_LAYOUT, ['a', 'b']);
    l = addColumn(l, 'c', 1);
    expect(l.articleIds).toEqual(['a', 'c', 'b']);
    expect(sum(l.widths)).toBeCloseTo(1);
    expect(l.widths[1]).toBeCloseTo(1 / 3);
    expect(addColumn(l, 'a')).toBe(l);
    const full = addColumn(l, 'd');
    expect(addColumn(full, 'e')).toBe(full);
  });

  it('closes a column, giving its width to the others, and ends align mode below two columns', () => {
    let l = { ...openColumns(EMPTY_LAYOUT, ['a', 'b']), align: true, listHidden: true };
    l = closeColumn(l, 0);
    expect(l).toEqual({ articleIds: ['b'], widths: [1], align: false, listHidden: false });
    expect(closeColumn(l, 5)).toBe(l);
  });

  it('replaces what a column shows, and starts the first column on an empty reader', () => {
    expect(replaceColumn(EMPTY_LAYOUT, 0, 'a').articleIds).toEqual(['a']);
    const l = openColumns(EMPTY_LAYOUT, ['a', 'b']);
    expect(replaceColumn(l, 1, 'c').articleIds).toEqual(['a', 'c']);
    expect(replaceColumn(l, 1, 'a')).toBe(l);
  });

  it('drops columns of deleted articles', () => {
    const l = keepExisting(openColumns(EMPTY_LAYOUT, ['a', 'b', 'c']), (id) => id !== 'b');
    expect(l.articleIds).toEqual(['a', 'c']);
    expect(l.widths).toEqual([0.5, 0.5]);
  });

  it('resizes only the two columns beside a boundary, never below the minimum', () => {
    const w = [0.25, 0.25, 0.5];
    const wider = resizeColumns(w, 0, 0.1);
    expect(wider[0]).toBeCloseTo(0.35);
    expect(wider[1]).toBeCloseTo(0.15);
    expect(wider[2]).toBe(0.5);
    const clamped = resizeColumns(w, 1, 1);
    expect(clamped[1]).toBeCloseTo(0.75 - MIN_SHARE);
    expect(clamped[2]).toBeCloseTo(MIN_SHARE);
    expect(sum(clamped)).toBeCloseTo(1);
    expect(resizeColumns(w, 2, 0.1)).toEqual(w);
  });

  it('repairs widths that do not fit the columns', () => {
    expect(normaliseWidths([1, Number.NaN], 2)).toEqual([0.5, 0.5]);
    expect(normaliseWidths([0.99, 0.01], 2)[1]).toBeCloseTo(MIN_SHARE / (0.99 + MIN_SHARE));
    expect(normaliseWidths([2, 2], 2)).toEqual([0.5, 0.5]);
  });

  it('reads damaged or old records safely', () => {
    expect(fromRecord(undefined)).toEqual(EMPTY_LAYOUT);
    expect(fromRecord({ caseId: 'k', articleIds: ['a', 'a', 3 as unknown as string, 'b'], widths: [1], align: true })).toEqual({
      articleIds: ['a', 'b'], widths: [0.5, 0.5], align: true, listHidden: false,
    });
    expect(fromRecord({ articleIds: ['a'], widths: [1], align: true, listHidden: true })).toMatchObject({ align: false, listHidden: false });
  });

  it('persists per case, with one fixed key for the whole library', async () => {
    const db = createDb(`layouts-${Math.random()}`);
    expect(layoutKey(null)).toBe('library');
    expect(layoutKey('case-1')).toBe('case-1');
    const a = { ...openColumns(EMPTY_LAYOUT, ['x', 'y']), align: true };
    await saveLayout(db, 'case-1', a);
    await saveLayout(db, layoutKey(null), openColumns(EMPTY_LAYOUT, ['z']));
    expect(await loadLayout(db, 'case-1')).toEqual({ ...a, listHidden: false });
    expect((await loadLayout(db, 'library')).articleIds).toEqual(['z']);
    expect(await loadLayout(db, 'case-2')).toEqual(EMPTY_LAYOUT);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import type { QuantityStatus } from '../../../../core/model/index.js';
import type { QuantityView } from '../../../../core/report/quantity-view.js';
import { filterMatches, filterViews, haystacks, matcher } from './filter.js';

function view(id: string, status: QuantityStatus, label: string, values: [text: string, source: string, sentence: string][]): QuantityView {
  return {
    quantity: { id, status, label } as QuantityView['quantity'],
    values: values.map(([text, source, sentence], i) => ({ text, source, sentence, mentionId: `${id}:${i}`, articleId: id }) as QuantityView['values'][number]),
  };
}

const views = [
  view('a', 'contested', 'people / dead', [['12', 'Harbour Post', 'At least 12 people died.'], ['15', 'Bay Times', 'Fifteen died, 15 in all.']]),
  view('b', 'corroborated', 'ships / called', [['4,200', 'Harbour Post', 'Some 4,200 ships called.']]),
  view('c', 'single-source', 'money / cost', [['$2m', 'Bay Times', 'Repairs cost $2m.']]),
];
const texts = haystacks(views);
const all = { contested: true, corroborated: true, 'single-source': true };

describe('filterViews', () => {
  it('without a query shows the statuses switched on and counts every view', () => {
    const r = filterViews(views, texts, '  ', { ...all, 'single-source': false });
    expect(r.visible.map((v) => v.quantity.id)).toEqual(['a', 'b']);
    expect(r.counts).toEqual({ contested: 1, corroborated: 1, 'single-source': 1 });
  });
  it('matches label, stated value, source and sentence, case-insensitively', () => {
    expect(filterViews(views, texts, 'DEAD', all).visible.map((v) => v.quantity.id)).toEqual(['a']);
    expect(filterViews(views, texts, '4,200', all).visible.map((v) => v.quantity.id)).toEqual(['b']);
    expect(filterViews(views, texts, 'bay times', all).visible.map((v) => v.quantity.id)).toEqual(['a', 'c']);
    expect(filterViews(views, texts, 'repairs', all).visible.map((v) => v.quantity.id)).toEqual(['c']);
  });
  it('counts follow the query whatever the toggles', () => {
    const r = filterViews(views, texts, 'bay times', { ...all, 'single-source': false });
    expect(r.visible.map((v) => v.quantity.id)).toEqual(['a']);
    expect(r.counts).toEqual({ contested: 1, corroborated: 0, 'single-source': 1 });
    expect(r.matching).toBe(2);
  });
  it('a query matching nothing leaves nothing visible and every count at zero', () => {
    const r = filterViews(views, texts, 'zzz', all);
    expect(r.visible).toEqual([]);
    expect(r.counts).toEqual({ contested: 0, corroborated: 0, 'single-source': 0 });
    expect(r.matching).toBe(0);
  });
  it('does not match across two fields', () => {
    // "ships / called" ends the label, "4,200" starts the value: joined without a separator they would read "called4,200".
    expect(filterViews(views, texts, 'called4', all).visible).toEqual([]);
  });
});

describe('matcher', () => {
  it('answers every query as a scan of every text would, whatever came before', () => {
    // Successive queries as typed and erased, with the smaller-set shortcut and the memory both used.
    const words = ['bay', 'bay ', 'bay t', 'ba', 'b', '', 'times', 'im', 'died', 'di', 'd', '4,2', '4', 'zz', 'z', 'repairs', 'pair'];
    const match = matcher(texts);
    for (const w of words) {
      const scan = filterViews(views, texts, w, all).visible.map((v) => v.quantity.id);
      expect([...match(w)].map((i) => views[i]!.quantity.id), w).toEqual(scan);
    }
  });
  it('a remembered answer is the same array; filterMatches gives what filterViews gives', () => {
    const match = matcher(texts);
    const first = match('Bay');
    expect(match('bay')).toBe(first);
    expect(filterMatches(views, first, { ...all, contested: false })).toEqual(filterViews(views, texts, 'bay', { ...all, contested: false }));
  });
});

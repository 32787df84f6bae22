import { describe, expect, it } from 'vitest';
import type { Article } from '../model/index.js';
import { analyzeArticles } from '../analyze.js';
import { quantityViews } from '../report/quantity-view.js';
import { applyMetadataRecords, correctedFields, editMetadata, inferredFields, normaliseChanges, readMetadataRecords, restoreMetadata } from './edit.js';

function article(id: string, text: string, outlet: string | null = null): Article {
  return {
    id, hash: `${id}-hash`, fileName: `${id}.txt`, path: `${id}.txt`, format: 'txt', title: `Story ${id}`, outlet, author: null,
    published: null, language: 'en', paragraphs: [text], text, words: text.split(' ').length, importedAt: '2024-01-01T00:00:00Z',
    bytes: text.length, encoding: 'utf-8', removed: [],
  };
}

describe('inferredFields', () => {
  it('names the inferred fields until the checker corrects them, and again once restored', () => {
    const a: Article = { ...article('q', 'Body.', 'Quayside'), inferred: { outlet: 'file name' } };
    expect(inferredFields(a)).toEqual({ outlet: 'file name' });
    expect(inferredFields(article('r', 'Body.', 'Quayside'))).toEqual({});
    const fixed = editMetadata(a, { outlet: 'Quayside Evening Post' });
    expect(inferredFields(fixed)).toEqual({});
    expect(inferredFields(editMetadata(a, { author: 'J. Doe' }))).toEqual({ outlet: 'file name' });
    expect(inferredFields(restoreMetadata(fixed))).toEqual({ outlet: 'file name' });
  });
});

describe('editMetadata', () => {
  it('applies the changes, keeps the imported values once, and never touches the identity', () => {
    const a = article('a', 'Body.');
    const once = editMetadata(a, { outlet: '  Harbour  Gazette ', published: '2023-06-30' });
    expect(once).toMatchObject({ outlet: 'Harbour Gazette', published: '2023-06-30', id: 'a', hash: 'a-hash' });
    expect(once.original).toEqual({ title: 'Story a', outlet: null, author: null, published: null });
    const twice = editMetadata(once, { title: 'A better title', author: '' });
    expect(twice.original).toEqual(once.original);
    expect(twice.author).toBeNull();
    expect(correctedFields(twice)).toEqual(['title', 'outlet', 'published']);
    expect(restoreMetadata(twice)).toMatchObject({ title: 'Story a', outlet: null, published: null });
    expect(restoreMetadata(twice).original).toBeUndefined();
  });

  it('drops `original` when the values are back to the imported ones', () => {
    const a = editMetadata(article('a', 'Body.'), { outlet: 'X' });
    expect(editMetadata(a, { outlet: null }).original).toBeUndefined();
  });

  it('refuses a blank title and a date that is not one', () => {
    expect(normaliseChanges({ title: '  ' })).toEqual({ ok: false, message: 'The title cannot be empty.' });
    expect(normaliseChanges({ published: 'soon' }).ok).toBe(false);
    expect(() => editMetadata(article('a', 'B.'), { published: 'soon' })).toThrow(/not a date/);
  });

  it('a corrected outlet names the source in the engine notes and the views', () => {
    const text = (n: string) => `The city council said ${n} households lost power during the storm on Friday, officials said.`;
    const articles = [article('a', text('3,000'), 'Evening Post'), article('b', text('4,000'), 'Morning Star')];
    const edited = [editMetadata(articles[0], { outlet: 'Coast Courier' }), articles[1]];
    const analysis = analyzeArticles(edited);
    const q = analysis.quantities.find((x) => x.mentionIds.length === 2);
    expect(q, JSON.stringify(analysis.quantities.map((x) => x.label))).toBeDefined();
    expect(q!.note).toContain('Coast Courier');
    expect(q!.note).not.toContain('Evening Post');
    const view = quantityViews(analysis, edited).find((v) => v.quantity.id === q!.id)!;
    expect(view.values.map((v) => v.source).sort()).toEqual(['Coast Courier', 'Morning Star']);
  });
});

describe('metadata records (CLI)', () => {
  it('reads a list of edits or the corrected articles of a backup, and applies them by hash or id', () => {
    const a = article('a', 'One.');
    const b = article('b', 'Two.');
    const edits = readMetadataRecords([{ id: 'a', outlet: 'Coast Courier', published: '2023-06-30' }, { hash: 'zzz', title: 'x' }, { outlet: 'no key' }, 7]);
    expect(edits).toEqual([{ key: 'a', changes: { outlet: 'Coast Courier', published: '2023-06-30' } }, { key: 'zzz', changes: { title: 'x' } }]);
    const { articles, applied, unmatched } = applyMetadataRecords([a, b], edits);
    expect([applied, unmatched]).toEqual([1, 1]);
    expect(articles[0]).toMatchObject({ outlet: 'Coast Courier', published: '2023-06-30', original: { outlet: null } });
    expect(articles[1]).toBe(b);

    const backup = { schemaVersion: 1, articles: [editMetadata(b, { author: 'K. Lee' }), a] };
    expect(readMetadataRecords(backup)).toEqual([{ key: 'b-hash', changes: { title: 'Story b', outlet: null, author: 'K. Lee', published: null } }]);
    expect(readMetadataRecords({ nothing: true })).toEqual([]);
  });
});

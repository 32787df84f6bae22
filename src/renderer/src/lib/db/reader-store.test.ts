import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/model/index.js';
import { makeAnchor } from '../../../../core/anchor/make.js';
import { createDb, type CrosscheckDb } from './schema.js';
import { addAnnotation, deleteAnnotation, evidenceFor, listAnnotations, updateAnnotation } from './annotations.js';
import { correctArticle, onArticleMetadataEdited, restoreArticle } from './metadata.js';

const open: CrosscheckDb[] = [];
function freshDb(): CrosscheckDb {
  const db = createDb(`reader-store-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const text = 'The ferry carried 1,200 passengers on Sunday.\n\nOfficials expect more in summer.';
const article: Article = {
  id: 'a'.repeat(16), hash: 'a'.repeat(64), fileName: 'f.txt', path: 'f.txt', format: 'txt', title: 'Ferry numbers', outlet: null,
  author: null, published: null, language: 'en', paragraphs: text.split('\n\n'), text, words: 12, importedAt: '2024-01-01T00:00:00Z',
  bytes: 80, encoding: 'utf-8', removed: [],
};

describe('annotations', () => {
  it('stores notes and evidence per case; evidence keeps its quantity keys and is found by any shared key', async () => {
    const db = freshDb();
    const anchor = makeAnchor(article, 4, 23)!;
    const k1 = { hash: article.hash, start: 18, end: 23 };
    const k2 = { hash: 'b'.repeat(64), start: 5, end: 10 };
    const note = await addAnnotation(db, { caseId: 'c1', kind: 'note', anchor, body: 'check', quantityKeys: [k1] }, new Date('2024-01-01'));
    const ev = await addAnnotation(db, { caseId: 'c1', kind: 'evidence', anchor, body: '', quantityKeys: [k1, k2] }, new Date('2024-01-02'));
    await addAnnotation(db, { caseId: 'c2', kind: 'evidence', anchor, body: '', quantityKeys: [k1] });
    expect(note.quantityKeys).toEqual([]);
    expect((await listAnnotations(db, 'c1')).map((a) => a.id)).toEqual([note.id, ev.id]);
    expect((await evidenceFor(db, 'c1', [k2])).map((a) => a.id)).toEqual([ev.id]);
    expect(await evidenceFor(db, 'c1', [{ ...k2, start: 6 }])).toEqual([]);
    await updateAnnotation(db, note.id, { body: 'checked' }, new Date('2024-02-01'));
    expect(await db.annotations.get(note.id)).toMatchObject({ body: 'checked', updatedAt: '2024-02-01T00:00:00.000Z' });
    await deleteAnnotation(db, ev.id);
    expect(await evidenceFor(db, 'c1', [k1])).toEqual([]);
    // Rows come back with the anchor intact (the board and reports re-anchor from it).
    expect((await listAnnotations(db, 'c1'))[0].anchor).toEqual(anchor);
  });
});

describe('metadata corrections', () => {
  it('updates the record, keeps the imported values, tells followers, and restores', async () => {
    const db = freshDb();
    await db.articles.add(article);
    const heard: string[] = [];
    const stop = onArticleMetadataEdited((a) => void heard.push(`${a.id}:${a.outlet}`));
    const failing = onArticleMetadataEdited(() => {
      throw new Error('index unavailable');
    });
    const updated = await correctArticle(db, article.id, { outlet: 'Island Times', published: '2024-03-05' });
    expect(updated.original).toEqual({ title: 'Ferry numbers', outlet: null, author: null, published: null });
    expect(await db.articles.get(article.id)).toMatchObject({ outlet: 'Island Times', published: '2024-03-05', hash: article.hash });
    expect(heard).toEqual([`${article.id}:Island Times`]);
    const back = await restoreArticle(db, article.id);
    expect(back.outlet).toBeNull();
    expect((await db.articles.get(article.id))?.original).toBeUndefined();
    stop();
    failing();
    await correctArticle(db, article.id, { author: 'A. Writer' });
    expect(heard).toHaveLength(2);
    await expect(correctArticle(db, 'missing', { outlet: 'x' })).rejects.toThrow(/no longer in the library/);
    await expect(correctArticle(db, article.id, { title: ' ' })).rejects.toThrow(/cannot be empty/);
    expect((await db.articles.get(article.id))?.title).toBe('Ferry numbers');
  });
});

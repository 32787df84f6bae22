// Case membership in the database: an article in several cases, deletion of articles and cases, and the suggestion
// bookkeeping (pending suggestions and dismissed stories survive a reload).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/model/index.js';
import { createDb, type CorrectionRecord, type CrosscheckDb } from './schema.js';
import { deleteArticle, storeArticle } from './articles.js';
import {
  addToCase, createCase, deleteCase, dismissedKeys, dismissSuggestions, listCases, loadSuggestions, removeFromCase,
  saveSuggestions, updateCase, type CaseSuggestion,
} from './cases.js';

const open: CrosscheckDb[] = [];
function freshDb(): CrosscheckDb {
  const db = createDb(`cases-test-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function article(ch: string): Article {
  const hash = ch.repeat(64);
  const paragraphs = [`Body ${ch}.`];
  return {
    id: hash.slice(0, 16), hash, fileName: `${ch}.txt`, path: `${ch}.txt`, format: 'txt', title: `Title ${ch}`, outlet: null,
    author: null, published: null, language: 'en', paragraphs, text: paragraphs[0]!, words: 2,
    importedAt: '2026-01-01T00:00:00.000Z', bytes: 10, encoding: 'utf-8', removed: [],
  };
}
const [A, B, C] = ['a', 'b', 'c'].map(article) as [Article, Article, Article];

async function library(db: CrosscheckDb): Promise<void> {
  for (const a of [A, B, C]) await storeArticle(db, a);
}

describe('case membership', () => {
  it('an article deleted from the library leaves every case that held it, and only that article', async () => {
    const db = freshDb();
    await library(db);
    const one = await createCase(db, 'One', [A.id, B.id]);
    const two = await createCase(db, 'Two', [A.id, C.id]);
    await deleteArticle(db, A.id);
    expect((await db.cases.get(one.id))!.articleIds).toEqual([B.id]);
    expect((await db.cases.get(two.id))!.articleIds).toEqual([C.id]);
    expect(await db.cases.where('articleIds').equals(A.id).count()).toBe(0);
  });

  it('deleting a case removes what belongs to it alone and keeps the articles and other cases', async () => {
    const db = freshDb();
    await library(db);
    const one = await createCase(db, 'One', [A.id, B.id]);
    const two = await createCase(db, 'Two', [B.id]);
    const key = { hash: A.hash, start: 0, end: 4 };
    for (const c of [one, two]) {
      await db.analyses.put({ caseId: c.id, fingerprint: 'f', engine: 'e', analysis: { mentions: [], quantities: [], reuse: [] }, views: [], articleCount: 0, at: '' });
      const fix: CorrectionRecord = { id: `fix-${c.id}`, caseId: c.id, createdAt: '', type: 'dismiss', key };
      await db.corrections.put(fix);
      await db.layouts.put({ caseId: c.id, articleIds: [], widths: [], align: false });
    }
    await deleteCase(db, one.id);
    expect((await listCases(db)).map((c) => c.name)).toEqual(['Two']);
    expect(await db.analyses.get(one.id)).toBeUndefined();
    expect(await db.layouts.get(one.id)).toBeUndefined();
    expect(await db.corrections.where('caseId').equals(one.id).count()).toBe(0);
    expect(await db.analyses.get(two.id)).toBeDefined();
    expect(await db.corrections.where('caseId').equals(two.id).count()).toBe(1);
    expect(await db.articles.count()).toBe(3);
  });

  it('adds without doubles, removes only what is asked, renames and describes', async () => {
    const db = freshDb();
    await library(db);
    const c = await createCase(db, 'Draft', [A.id]);
    await addToCase(db, c.id, [A.id, B.id, C.id]);
    expect((await db.cases.get(c.id))!.articleIds).toEqual([A.id, B.id, C.id]);
    await removeFromCase(db, c.id, [B.id, 'not-there']);
    expect((await db.cases.get(c.id))!.articleIds).toEqual([A.id, C.id]);
    await updateCase(db, c.id, { name: 'Ferry strike', description: 'Who said how many crews walked out.' });
    expect(await db.cases.get(c.id)).toMatchObject({ name: 'Ferry strike', description: 'Who said how many crews walked out.' });
    await expect(addToCase(db, 'missing', [A.id])).rejects.toThrow(/case not found/);
  });

  it('lists cases by name', async () => {
    const db = freshDb();
    await createCase(db, 'Zeta');
    await createCase(db, 'Alpha');
    expect((await listCases(db)).map((c) => c.name)).toEqual(['Alpha', 'Zeta']);
  });
});

describe('suggestion bookkeeping', () => {
  const s = (key: string): CaseSuggestion => ({ key, label: key, names: [], articleIds: [A.id, B.id], caseId: null, newArticleIds: [A.id, B.id] });

  it('keeps pending suggestions and dismissed stories across a reopen', async () => {
    const db = freshDb();
    await saveSuggestions(db, [s('one'), s('two')]);
    await dismissSuggestions(db, ['three']);
    await dismissSuggestions(db, ['three', 'four']);
    db.close();
    await db.open();
    expect((await loadSuggestions(db)).map((x) => x.key)).toEqual(['one', 'two']);
    expect([...(await dismissedKeys(db))]).toEqual(['three', 'four']);
  });

  it('starts with none', async () => {
    const db = freshDb();
    expect(await loadSuggestions(db)).toEqual([]);
    expect((await dismissedKeys(db)).size).toBe(0);
  });
});

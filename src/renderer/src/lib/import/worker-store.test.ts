import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/model/index.js';
import { createDb, type CrosscheckDb, type ImportRecord } from '../db/schema.js';
import { beginImport, findInterrupted, storedUnanswered } from './import-log.js';
import { saveParsed, type Parsed } from './worker-store.js';

const open: CrosscheckDb[] = [];
function freshDb(): CrosscheckDb {
  const db = createDb(`worker-store-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const article = (hash: string, path: string): Article => ({
  id: hash.slice(0, 16), hash, fileName: path, path, format: 'txt', title: `Title ${hash.slice(0, 3)}`, outlet: null, author: null,
  published: null, language: 'en', paragraphs: ['Body.'], text: 'Body.', words: 1, importedAt: '2024-01-01T00:00:00Z',
  bytes: 5, encoding: 'utf-8', removed: [],
});
const record = (): ImportRecord => ({ startedAt: new Date().toISOString(), finishedAt: null, imported: [], duplicates: [], failures: [], cancelled: false, filesTotal: 4, kind: 'folder' });
const file = new File(['x'], 'x.txt');
const parsed = (id: number, a: Article, importId: number | null): Parsed => ({ id, task: { file, path: a.path, journal: { importId } }, outcome: { ok: true, article: a } });

describe('parse worker stores its own articles (0097)', () => {
  it('stores with the journal line, answers summaries in order, dedupes by hash within the batch and against the library', async () => {
    const db = freshDb();
    const importId = await beginImport(db, record());
    const a = article('a'.repeat(64), 'f/a.txt');
    const b = article('b'.repeat(64), 'f/b.txt');
    await db.articles.add(b);
    const failure = { ok: false as const, failure: { path: 'f/bad.txt', message: 'empty file' } };
    const out = await saveParsed([
      parsed(1, a, importId),
      { id: 2, task: { file, path: 'f/bad.txt', journal: { importId } }, outcome: failure },
      parsed(3, { ...a, path: 'f/a-copy.txt' }, importId),
      parsed(4, { ...b, path: 'f/b-again.txt' }, importId),
    ], db);
    expect(out[0]).toEqual({ ok: true, article: { status: 'stored', summary: expect.objectContaining({ id: a.id, path: 'f/a.txt', title: a.title }) } });
    expect(out[0]!.ok && 'paragraphs' in out[0]!.article).toBe(false);
    expect(out[1]).toEqual(failure);
    expect(out[2]).toEqual({ ok: true, article: { status: 'duplicate', path: 'f/a-copy.txt', existing: { id: a.id, title: a.title, path: 'f/a.txt' } } });
    expect(out[3]).toEqual({ ok: true, article: { status: 'duplicate', path: 'f/b-again.txt', existing: { id: b.id, title: b.title, path: 'f/b.txt' } } });
    expect((await db.articles.get(a.id))?.text).toBe('Body.');
    const lines = await db.importLog.where('importId').equals(importId).toArray();
    expect(lines.map((l) => [l.path, l.status])).toEqual([['f/a.txt', 'stored'], ['f/a-copy.txt', 'duplicate'], ['f/b-again.txt', 'duplicate']]);
  });

  it('a task without a journal is answered with its article, untouched and unstored', async () => {
    const db = freshDb();
    const a = article('c'.repeat(64), 'f/c.txt');
    const out = await saveParsed([{ id: 1, task: { file, path: a.path }, outcome: { ok: true, article: a } }], db);
    expect(out).toEqual([{ ok: true, article: a }]);
    expect(await db.articles.count()).toBe(0);
  });

  it('an article that cannot be saved fails alone, with one line; the rest of its batch is stored', async () => {
    const db = freshDb();
    const importId = await beginImport(db, record());
    const a = article('d'.repeat(64), 'f/d.txt');
    // Same id, other hash: the id's unique key refuses it (the batch's transaction fails, then one by one).
    const clash = { ...article('e'.repeat(64), 'f/e.txt'), id: a.id };
    await db.articles.add(clash);
    const ok = article('f'.repeat(64), 'f/f.txt');
    const out = await saveParsed([parsed(1, a, importId), parsed(2, ok, importId)], db);
    expect(out[0]).toEqual({ ok: false, failure: { path: 'f/d.txt', message: 'could not save: an article with the same id is already stored' } });
    expect(out[1]!.ok && 'status' in out[1]!.article && out[1]!.article.status).toBe('stored');
    expect(await db.articles.get(ok.id)).toBeDefined();
  });

  it('a worker stopped between its commit and its answer: the journal names the stored articles the page never heard of', async () => {
    const db = freshDb();
    const importId = await beginImport(db, record());
    const a = article('1'.repeat(64), 'f/1.txt');
    const b = article('2'.repeat(64), 'f/2.txt');
    await saveParsed([parsed(1, a, importId), parsed(2, b, importId)], db);
    expect((await storedUnanswered(db, importId, new Set(['f/1.txt']))).map((x) => x.path)).toEqual(['f/2.txt']);
    expect(await storedUnanswered(db, importId, new Set(['f/1.txt', 'f/2.txt']))).toEqual([]);
    // And a tab that dies finds them stored, as when the page stored them.
    const [found] = await findInterrupted(db, new Set());
    expect(found!.stored.map((s) => s.path)).toEqual(['f/1.txt', 'f/2.txt']);
  });
});

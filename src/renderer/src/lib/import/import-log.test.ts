import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/model/index.js';
import { createDb, type CrosscheckDb, type ImportRecord } from '../db/schema.js';
import { beginImport, findInterrupted, finishImport, lockName, logLine, settleInterrupted, storeBatch, storeLogged } from './import-log.js';

const open: CrosscheckDb[] = [];
function freshDb(): CrosscheckDb {
  const db = createDb(`import-log-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const article = (hash: string, path: string): Article => ({
  id: hash.slice(0, 16), hash, fileName: path, path, format: 'txt', title: `Title ${hash}`, outlet: null, author: null,
  published: null, language: 'en', paragraphs: ['Body.'], text: 'Body.', words: 1, importedAt: '2024-01-01T00:00:00Z',
  bytes: 5, encoding: 'utf-8', removed: [],
});
const record = (): ImportRecord => ({ startedAt: new Date().toISOString(), finishedAt: null, imported: [], duplicates: [], failures: [], cancelled: false, filesTotal: 6, kind: 'folder' });

describe('import journal', () => {
  it('after a kill: says what was stored, what failed, what was being parsed and how many were never reached', async () => {
    const db = freshDb();
    const id = await beginImport(db, record());
    await storeLogged(db, article('a'.repeat(64), 'f/a.txt'), id);
    await storeLogged(db, article('b'.repeat(64), 'f/b.txt'), id);
    await storeLogged(db, article('a'.repeat(64), 'f/a-copy.txt'), id);
    await logLine(db, { importId: id, path: 'f/bad.docx', status: 'failed', hash: null, message: 'DOCX expands to more than 200 MB; not imported' });
    for (const p of ['f/a.txt', 'f/b.txt', 'f/a-copy.txt', 'f/bad.docx', 'f/huge.html']) await logLine(db, { importId: id, path: p, status: 'started', hash: null, message: null });
    // ... and the tab dies here: no finishImport, no lock held.
    const [found] = await findInterrupted(db, new Set());
    expect(found.id).toBe(id);
    expect(found.stored.map((s) => s.path)).toEqual(['f/a.txt', 'f/b.txt']);
    expect(found.duplicates).toEqual(['f/a-copy.txt']);
    expect(found.failed).toEqual([{ path: 'f/bad.docx', message: 'DOCX expands to more than 200 MB; not imported' }]);
    expect(found.inProgress).toEqual(['f/huge.html']);
    expect(found.notReached).toBe(1);
  });

  it('an import whose lock is held (running in another tab) is not reported', async () => {
    const db = freshDb();
    const id = await beginImport(db, record());
    expect(await findInterrupted(db, new Set([lockName(id)]))).toEqual([]);
    expect(await findInterrupted(db, new Set())).toHaveLength(1);
  });

  it('a finished import leaves no journal and is not interrupted', async () => {
    const db = freshDb();
    const id = await beginImport(db, record());
    await storeLogged(db, article('c'.repeat(64), 'f/c.txt'), id);
    await finishImport(db, id, { ...record(), finishedAt: new Date().toISOString() });
    expect(await db.importLog.count()).toBe(0);
    expect(await findInterrupted(db, new Set())).toEqual([]);
  });

  it('a stored article and its journal line are one transaction: a failed store leaves neither', async () => {
    const db = freshDb();
    const id = await beginImport(db, record());
    const bad = { ...article('d'.repeat(64), 'f/d.txt'), id: undefined as unknown as string };
    await expect(storeLogged(db, bad, id)).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
    expect(await db.importLog.count()).toBe(0);
  });

  it('settling records the import as interrupted with what was stored, and drops the journal', async () => {
    const db = freshDb();
    const id = await beginImport(db, record());
    await storeLogged(db, article('e'.repeat(64), 'f/e.txt'), id);
    await logLine(db, { importId: id, path: 'f/slow.pdf', status: 'started', hash: null, message: null });
    const [found] = await findInterrupted(db, new Set());
    await settleInterrupted(db, found);
    const saved = await db.imports.get(id);
    expect(saved?.interrupted).toBe(true);
    expect(saved?.finishedAt).not.toBeNull();
    expect(saved?.imported.map((a) => a.path)).toEqual(['f/e.txt']);
    expect(saved?.failures).toEqual([{ path: 'f/slow.pdf', message: 'being parsed when the import was interrupted; not imported' }]);
    expect(await db.importLog.count()).toBe(0);
    expect(await findInterrupted(db, new Set())).toEqual([]);
  });

  it('a batch stores articles and journal lines in order in one transaction; duplicates by hash, also inside the batch', async () => {
    const db = freshDb();
    const id = await beginImport(db, record());
    await storeLogged(db, article('a'.repeat(64), 'f/a.txt'), id);
    const line = (path: string) => ({ kind: 'line' as const, line: { importId: id, path, status: 'started' as const, hash: null, message: null } });
    const results = await storeBatch(db, [
      line('f/b.txt'),
      { kind: 'article', article: article('b'.repeat(64), 'f/b.txt') },
      line('f/a-copy.txt'),
      { kind: 'article', article: article('a'.repeat(64), 'f/a-copy.txt') },
      { kind: 'article', article: article('b'.repeat(64), 'f/b-copy.txt') },
    ], id);
    expect(results.map((r) => r.status)).toEqual(['stored', 'duplicate', 'duplicate']);
    expect(results[1]).toMatchObject({ existing: { path: 'f/a.txt' } });
    expect(results[2]).toMatchObject({ existing: { path: 'f/b.txt' } });
    expect(await db.articles.count()).toBe(2);
    const lines = await db.importLog.where('importId').equals(id).sortBy('seq');
    expect(lines.map((l) => `${l.status} ${l.path}`)).toEqual([
      'stored f/a.txt', 'started f/b.txt', 'stored f/b.txt', 'started f/a-copy.txt', 'duplicate f/a-copy.txt', 'duplicate f/b-copy.txt',
    ]);
    const [found] = await findInterrupted(db, new Set());
    expect(found.stored.map((s) => s.path)).toEqual(['f/a.txt', 'f/b.txt']);
  });

  it('a batch is all or nothing: one article that cannot be saved leaves no article and no line of the batch', async () => {
    const db = freshDb();
    const id = await beginImport(db, record());
    const bad = { ...article('d'.repeat(64), 'f/d.txt'), id: undefined as unknown as string };
    await expect(storeBatch(db, [{ kind: 'article', article: article('c'.repeat(64), 'f/c.txt') }, { kind: 'article', article: bad }], id)).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
    expect(await db.importLog.count()).toBe(0);
  });
});

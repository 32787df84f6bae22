import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/model/index.js';
import { createDb, type CrosscheckDb, type ImportRecord } from '../db/schema.js';
import { beginImport, findInterrupted, finishImport, lockName, logLine, readImportRecord, settleInterrupted, splitLists, storeBatch, storeLogged, takeBatch, type JournalItem } from './import-log.js';
import { lastImportRecord } from '../db/imports.js';

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

  /** A finished record as a 10k import leaves it, at a smaller scale: every list long. */
  const longRecord = (n: number): ImportRecord => ({
    ...record(),
    finishedAt: '2024-01-01T00:01:00Z',
    filesTotal: n,
    imported: Array.from({ length: n }, (_, i) => ({ id: `id${i}`, title: `T${i}`, path: `f/${i}.txt` })),
    duplicates: Array.from({ length: Math.floor(n / 4) }, (_, i) => ({ id: `id${i}`, title: `T${i}`, path: `f/copy-${i}.txt` })),
    failures: Array.from({ length: Math.floor(n / 3) }, (_, i) => ({ path: `f/bad-${i}.pdf`, message: 'corrupt PDF: no PDF header' })),
    notArticles: Array.from({ length: 7 }, (_, i) => ({ path: `f/data-${i}.json`, message: 'not an article (data file)' })),
  });
  const entries = (r: { imported: unknown[]; duplicates: unknown[]; failures: unknown[]; notArticles?: unknown[] }) =>
    r.imported.length + r.duplicates.length + r.failures.length + (r.notArticles?.length ?? 0);

  it('a long import\'s record is written in bounded parts, one transaction each with a pause between, and reads back whole', async () => {
    const db = freshDb();
    const id = await beginImport(db, record());
    await storeLogged(db, article('a'.repeat(64), 'f/a.txt'), id);
    const events: string[] = [];
    const sizes: number[] = [];
    db.importParts.hook('creating', (_key, part) => { events.push('part'); sizes.push(entries(part)); });
    db.imports.hook('updating', () => { events.push('head'); });
    const full = longRecord(1_234);
    await finishImport(db, id, full, { partSize: 100, pause: async () => { events.push('pause'); } });
    const total = entries(full);
    expect(sizes.every((n) => n <= 100)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
    expect(sizes).toHaveLength(Math.ceil(total / 100));
    // Each part on its own after a pause; the head record (finished) last, and small whatever the folder size.
    expect(events).toEqual([...sizes.flatMap(() => ['pause', 'part']), 'pause', 'head']);
    const head = (await db.imports.get(id))!;
    expect(head.finishedAt).not.toBeNull();
    expect(head.parts).toBe(sizes.length);
    expect(entries(head)).toBe(0);
    expect(await db.importLog.count()).toBe(0);
    const whole = await readImportRecord(db, head);
    expect(whole).toEqual({ ...full, id });
    expect(await lastImportRecord(db)).toEqual({ ...full, id });
    expect(await findInterrupted(db, new Set())).toEqual([]);
  });

  it('a short import\'s record stays one row with its lists inline', async () => {
    const db = freshDb();
    const id = await beginImport(db, record());
    const small = longRecord(30);
    await finishImport(db, id, small, { partSize: 100, pause: async () => { throw new Error('no pause expected'); } });
    expect(await db.imports.get(id)).toEqual({ ...small, id });
    expect(await db.importParts.count()).toBe(0);
  });

  it('parts keep every list in order across part boundaries', () => {
    const r = longRecord(45);
    for (const size of [1, 7, 45, 1000]) {
      const parts = splitLists(r, size);
      expect(parts.every((p) => entries(p) <= size && entries(p) > 0)).toBe(true);
      expect(parts.flatMap((p) => p.imported)).toEqual(r.imported);
      expect(parts.flatMap((p) => p.duplicates)).toEqual(r.duplicates);
      expect(parts.flatMap((p) => p.failures)).toEqual(r.failures);
      expect(parts.flatMap((p) => p.notArticles)).toEqual(r.notArticles);
    }
  });

  it('a tab that dies while the parts are written leaves an interrupted import; settling drops the parts', async () => {
    const db = freshDb();
    const id = await beginImport(db, record());
    await storeLogged(db, article('a'.repeat(64), 'f/a.txt'), id);
    await logLine(db, { importId: id, path: 'f/b.pdf', status: 'failed', hash: null, message: 'corrupt PDF: no PDF header' });
    let pauses = 0;
    const dies = async () => { if (++pauses > 3) throw new Error('tab killed'); };
    await expect(finishImport(db, id, longRecord(500), { partSize: 100, pause: dies })).rejects.toThrow('tab killed');
    expect(await db.importParts.count()).toBe(3);
    // The head is still the unfinished record and the journal whole: recovery reads it as before.
    expect((await db.imports.get(id))?.finishedAt).toBeNull();
    const [found] = await findInterrupted(db, new Set());
    expect(found.stored.map((s) => s.path)).toEqual(['f/a.txt']);
    expect(found.failed).toEqual([{ path: 'f/b.pdf', message: 'corrupt PDF: no PDF header' }]);
    await settleInterrupted(db, found);
    expect(await db.importParts.count()).toBe(0);
    expect(await db.importLog.count()).toBe(0);
    const saved = await lastImportRecord(db);
    expect(saved?.interrupted).toBe(true);
    expect(saved?.imported.map((a) => a.path)).toEqual(['f/a.txt']);
  });

  it('finishing drops only its own journal lines, also when another import\'s lines sit between them', async () => {
    const db = freshDb();
    const a = await beginImport(db, record());
    const b = await beginImport(db, record());
    const line = (importId: number, path: string) => logLine(db, { importId, path, status: 'started', hash: null, message: null });
    await line(a, 'a/1.txt');
    await line(b, 'b/1.txt');
    await line(a, 'a/2.txt');
    await finishImport(db, a, { ...record(), finishedAt: new Date().toISOString() });
    expect((await db.importLog.toArray()).map((l) => l.path)).toEqual(['b/1.txt']);
    await line(b, 'b/2.txt');
    await finishImport(db, b, { ...record(), finishedAt: new Date().toISOString() });
    expect(await db.importLog.count()).toBe(0);
  });

  it('takes batches of at most so many articles and items, in queue order', () => {
    const line = (path: string): JournalItem => ({ kind: 'line', line: { importId: 1, path, status: 'started', hash: null, message: null } });
    const art = (n: number): JournalItem => ({ kind: 'article', article: article(String(n).repeat(64), `f/${n}.txt`) });
    const queue = [line('a'), art(1), line('b'), art(2), art(3), line('c'), art(4)];
    const names = (items: JournalItem[]) => items.map((i) => (i.kind === 'line' ? i.line.path : i.article.path));
    expect(names(takeBatch(queue, 200, 2))).toEqual(['a', 'f/1.txt', 'b', 'f/2.txt']);
    expect(names(takeBatch(queue, 2, 2))).toEqual(['f/3.txt', 'c']);
    expect(names(takeBatch(queue, 200, 2))).toEqual(['f/4.txt']);
    expect(queue).toEqual([]);
  });
});

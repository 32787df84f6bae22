import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { Article } from '../../../../core/model/index.js';
import { importFile } from '../../../../core/import/index.js';
import { createDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, type CrosscheckDb } from './schema.js';
import { deleteArticle, getArticle, LIST_CHUNK, listArticles, storeArticle, summarize } from './articles.js';
import { lastImportRecord, saveImportRecord } from './imports.js';

let n = 0;
const open: CrosscheckDb[] = [];
function freshDb(): CrosscheckDb {
  const db = createDb(`crosscheck-test-${++n}-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function article(hash: string, title = `Title ${hash}`): Article {
  const paragraphs = [`First paragraph of ${title}.`, 'Second paragraph.'];
  return {
    id: hash.slice(0, 16),
    hash,
    fileName: `${hash}.txt`,
    path: `folder/${hash}.txt`,
    format: 'txt',
    title,
    outlet: 'Example Outlet',
    author: null,
    published: '2024-01-02',
    language: 'en',
    paragraphs,
    text: paragraphs.join('\n\n'),
    words: 7,
    importedAt: '2024-05-01T10:00:00.000Z',
    bytes: 120,
    encoding: 'utf-8',
    removed: [],
  };
}
const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);

describe('renderer database', () => {
  it('opens from an empty database with the declared v4 schema', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V4).sort());
    expect(await db.cases.count()).toBe(0);
    const indexes = db.articles.schema.indexes.map((i) => `${i.unique ? '&' : ''}${i.name}`);
    expect(indexes).toContain('&hash');
    expect(indexes).toEqual(expect.arrayContaining(['title', 'outlet', 'published', 'format', 'words', 'importedAt']));
    expect(db.articles.schema.primKey.name).toBe('id');
  });

  it('stores an article and reads it back whole', async () => {
    const db = freshDb();
    const a = article(hashA);
    expect((await storeArticle(db, a)).status).toBe('stored');
    expect(await getArticle(db, a.id)).toEqual(a);
    const list = await listArticles(db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: a.id, title: a.title, outlet: 'Example Outlet', words: 7 });
    expect(list[0]).not.toHaveProperty('text');
  });

  it('lists every article in id order across read chunks (as one read of the table would)', async () => {
    const db = freshDb();
    const hashes = Array.from({ length: 2 * LIST_CHUNK + 7 }, (_, i) => `${String((i * 7919) % 1000).padStart(3, '0')}${i}`.padEnd(64, 'x'));
    await db.articles.bulkAdd(hashes.map((h) => article(h)));
    const list = await listArticles(db);
    expect(list).toHaveLength(hashes.length);
    expect(list).toEqual((await db.articles.toArray()).map(summarize));
  });

  it('reports a duplicate by hash instead of storing it twice', async () => {
    const db = freshDb();
    await storeArticle(db, article(hashA, 'Original'));
    // Same content hash under another id/path: still the same article.
    const again = { ...article(hashA, 'Original'), id: 'different-id-0001', path: 'other/place.txt' };
    const result = await storeArticle(db, again);
    expect(result.status).toBe('duplicate');
    if (result.status === 'duplicate') expect(result.existing).toMatchObject({ id: hashA.slice(0, 16), title: 'Original' });
    expect(await db.articles.count()).toBe(1);
  });

  it('a failing write aborts its whole transaction and leaves earlier data intact', async () => {
    const db = freshDb();
    await storeArticle(db, article(hashA));
    // Same id, different hash: passes the duplicate check, then the add hits the primary-key constraint.
    const clash = { ...article(hashB), id: hashA.slice(0, 16) };
    await expect(storeArticle(db, clash)).rejects.toThrow();
    expect(await db.articles.count()).toBe(1);
    expect((await getArticle(db, hashA.slice(0, 16)))?.hash).toBe(hashA);

    // A multi-step transaction that throws after writing keeps none of its writes.
    await expect(
      db.transaction('rw', db.articles, db.imports, async () => {
        await db.articles.add(article(hashB));
        await db.imports.add({ startedAt: 'x', finishedAt: null, imported: [], duplicates: [], failures: [], cancelled: false });
        throw new Error('simulated crash mid-write');
      }),
    ).rejects.toThrow('simulated crash');
    expect(await db.articles.count()).toBe(1);
    expect(await db.imports.count()).toBe(0);
  });

  it('deletes an article', async () => {
    const db = freshDb();
    await storeArticle(db, article(hashA));
    await storeArticle(db, article(hashB));
    await deleteArticle(db, hashA.slice(0, 16));
    expect((await listArticles(db)).map((a) => a.id)).toEqual([hashB.slice(0, 16)]);
  });

  it('keeps import reports and returns the latest', async () => {
    const db = freshDb();
    const base = { finishedAt: null, imported: [], duplicates: [], cancelled: false };
    await saveImportRecord(db, { ...base, startedAt: '2024-01-01T00:00:00Z', failures: [] });
    await saveImportRecord(db, { ...base, startedAt: '2024-02-01T00:00:00Z', failures: [{ path: 'x.pdf', message: 'bad' }] });
    expect((await lastImportRecord(db))?.failures).toEqual([{ path: 'x.pdf', message: 'bad' }]);
  });

  it('a database written by v1 reopens with its data (persistence across sessions)', async () => {
    const first = freshDb();
    await storeArticle(first, article(hashA));
    const name = first.name;
    first.close();
    const again = createDb(name);
    open.push(again);
    expect(await again.articles.count()).toBe(1);
    expect(await Dexie.exists(name)).toBe(true);
  });
});

describe('migration v1 -> v2', () => {
  /** A database as the v1 app left it: written with the v1 declaration only. */
  async function v1Fixture(name: string, articles: Article[]): Promise<void> {
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    await old.table('articles').bulkAdd(articles);
    await old.table('imports').add({ startedAt: '2024-05-01T10:00:00.000Z', finishedAt: null, imported: [], duplicates: [], failures: [], cancelled: false });
    old.close();
  }

  it('opens an existing library with all its articles in one case named Unsorted', async () => {
    const name = `crosscheck-v1-${Math.random().toString(36).slice(2)}`;
    await v1Fixture(name, [article(hashA), article(hashB)]);
    const db = createDb(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    const cases = await db.cases.toArray();
    expect(cases).toHaveLength(1);
    expect(cases[0]!.name).toBe('Unsorted');
    expect([...cases[0]!.articleIds].sort()).toEqual([hashA.slice(0, 16), hashB.slice(0, 16)]);
    expect(await db.articles.count()).toBe(2);
    expect(await db.imports.count()).toBe(1);
    // The multi-entry index finds the cases an article belongs to.
    expect((await db.cases.where('articleIds').equals(hashA.slice(0, 16)).toArray()).map((c) => c.name)).toEqual(['Unsorted']);
  });

  it('makes no case for an empty v1 library', async () => {
    const name = `crosscheck-v1-empty-${Math.random().toString(36).slice(2)}`;
    await v1Fixture(name, []);
    const db = createDb(name);
    open.push(db);
    await db.open();
    expect(await db.cases.count()).toBe(0);
  });
});

describe('cases', () => {
  it('keeps an article in several cases and deletes a case without touching articles', async () => {
    const { addToCase, createCase, deleteCase, listCases, removeFromCase } = await import('./cases.js');
    const db = freshDb();
    await storeArticle(db, article(hashA));
    await storeArticle(db, article(hashB));
    const a = await createCase(db, 'Port strike', [hashA.slice(0, 16)]);
    const b = await createCase(db, 'Budget', [hashA.slice(0, 16), hashA.slice(0, 16)]);
    expect(b.articleIds).toEqual([hashA.slice(0, 16)]);
    await addToCase(db, a.id, [hashB.slice(0, 16), hashA.slice(0, 16)]);
    expect((await db.cases.get(a.id))!.articleIds).toEqual([hashA.slice(0, 16), hashB.slice(0, 16)]);
    expect((await db.cases.where('articleIds').equals(hashA.slice(0, 16)).toArray()).length).toBe(2);
    await removeFromCase(db, a.id, [hashA.slice(0, 16)]);
    expect((await db.cases.get(a.id))!.articleIds).toEqual([hashB.slice(0, 16)]);
    await deleteCase(db, b.id);
    expect((await listCases(db)).map((c) => c.name)).toEqual(['Port strike']);
    expect(await db.articles.count()).toBe(2);
  });
});

describe('migration v2 -> v3', () => {
  it('opens a v2 library unchanged, with an empty importParts table', async () => {
    const name = `crosscheck-v2-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    await old.open();
    await old.table('articles').add(article(hashA));
    const record = { startedAt: '2024-05-01T10:00:00.000Z', finishedAt: '2024-05-01T10:01:00.000Z', imported: [{ id: 'x', title: 'X', path: 'f/x.txt' }], duplicates: [], failures: [], cancelled: false };
    const id = await old.table('imports').add(record);
    old.close();
    const db = createDb(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.articles.count()).toBe(1);
    expect(await db.imports.get(id as number)).toEqual({ ...record, id });
    expect(await lastImportRecord(db)).toEqual({ ...record, id });
    expect(await db.importParts.count()).toBe(0);
  });
});

describe('migration v3 -> v4 (titles shown as an import shows them today, decision 0077)', () => {
  /** A page whose title ends with its site's name, the site name with a tagline. */
  async function imported(name: string, title: string, site: string): Promise<Article> {
    const body = `<p>The ${name} harbour board said on Monday that ferry fares would rise by a third from April, the first increase in six years.</p>`;
    const html = `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:title" content="${title}"><meta property="og:site_name" content="${site}"></head><body><article>${body.repeat(4)}</article></body></html>`;
    const out = await importFile({ name: `${name}.html`, path: `old/${name}.html`, bytes: new TextEncoder().encode(html) });
    if (!out.ok) throw new Error(out.failure.message);
    return out.article;
  }

  it('shortens the titles a v3 library stored as stated, keeps hash and id, and a re-import is still a duplicate', async () => {
    const fresh = await imported('north', 'Ferry fares rise by a third - Harbour Wire', 'Harbour Wire | Latest News');
    const since = await imported('south', 'Ferry fares rise again - Harbour Wire - Harbour Wire', 'Harbour Wire');
    expect(since.title).toBe('Ferry fares rise again - Harbour Wire');
    const plain = await imported('east', 'Ferry fares rise in the east', 'Harbour Wire');
    // What a library imported before 0056 holds: the title and site name as the page states them.
    const before = { ...fresh, title: 'Ferry fares rise by a third - Harbour Wire', outlet: 'Harbour Wire | Latest News' };
    const corrected = {
      ...(await imported('west', 'Ferry fares rise in the west | Harbour Wire', 'Harbour Wire')),
      title: 'West: fares up',
      original: { title: 'Ferry fares rise in the west | Harbour Wire', outlet: 'Harbour Wire', author: null, published: null },
    };
    const name = `crosscheck-v3-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V3);
    await old.open();
    await old.table('articles').bulkAdd([before, since, plain, corrected]);
    old.close();

    const db = createDb(name);
    open.push(db);
    // Every article record the upgrade writes back (only those it changed: 0099).
    const written: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'count-article-writes',
      create: (down) => ({
        ...down,
        table: (t) => {
          const table = down.table(t);
          if (t !== 'articles') return table;
          return { ...table, mutate: (req) => {
            if (req.type === 'put') written.push(...req.values.map((v: Article) => v.id));
            return table.mutate(req);
          } };
        },
      }),
    });
    await db.open();
    expect(db.verno).toBe(4);
    expect(written.sort()).toEqual([before.id, corrected.id].sort());
    const after = await db.articles.get(before.id);
    expect(after).toEqual({ ...before, title: fresh.title, outlet: fresh.outlet });
    expect(after!.title).toBe('Ferry fares rise by a third');
    expect(after!.outlet).toBe('Harbour Wire');
    // Imported since 0056 (its title is not the one its hash was made from), and a title without the ending: as stored.
    expect(await db.articles.get(since.id)).toEqual(since);
    expect(await db.articles.get(plain.id)).toEqual(plain);
    // A checker's title stays; what was imported under it is shortened.
    const west = await db.articles.get(corrected.id);
    expect(west!.title).toBe('West: fares up');
    expect(west!.original!.title).toBe('Ferry fares rise in the west');
    expect(west!.hash).toBe(corrected.hash);
    // The same file imported again: recognised by its unchanged hash.
    expect((await storeArticle(db, fresh)).status).toBe('duplicate');
    expect(await db.articles.count()).toBe(4);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchEngine, type DocMeta } from '../../../../core/search/engine.js';
import { createDb, type CrosscheckDb } from '../db/schema.js';
import { loadIndex, saveIndex } from './store.js';

const open: CrosscheckDb[] = [];
function freshDb(): CrosscheckDb {
  const db = createDb(`search-store-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const meta = (id: string, title: string): DocMeta => ({ id, title, outlet: 'Invented Gazette', author: null, published: '2024-01-02', format: 'txt' });
const doc = (i: number) => ({ meta: meta(`d${i}`, `Story ${i}`), text: `Body of story ${i} with the word ${i % 2 ? 'river' : 'mountain'} and ${i * 1000} people.` });

describe('search index in IndexedDB', () => {
  it('loads what was saved, answering exactly as before', async () => {
    const db = freshDb();
    const e = new SearchEngine();
    e.add(Array.from({ length: 30 }, (_, i) => doc(i)));
    await saveIndex(db, e, new Map());
    const loaded = await loadIndex(db);
    expect(loaded).not.toBeNull();
    for (const q of ['river', 'mountain story', '5,000', 'invented', 'stor']) expect(loaded!.engine.search(q)).toEqual(e.search(q));
  });

  it('writes each segment once and deletes merged-away segments in the same save', async () => {
    const db = freshDb();
    const e = new SearchEngine();
    e.add([doc(0), doc(1), doc(2), doc(3)]);
    let stored = await saveIndex(db, e, new Map());
    const firstKeys = [...stored.values()];
    // A smaller batch makes a second segment; the first one is left as it is.
    e.add([doc(4)]);
    stored = await saveIndex(db, e, stored);
    expect([...stored.values()]).toEqual(expect.arrayContaining(firstKeys));
    expect(stored.size).toBe(2);
    // A batch as large merges them: the old keys are gone from the store.
    e.add([doc(5), doc(6), doc(7), doc(8), doc(9), doc(10)]);
    stored = await saveIndex(db, e, stored);
    const keys = (await db.searchIndex.toCollection().primaryKeys()).map(String).filter((k) => k.startsWith('seg:'));
    expect(keys.sort()).toEqual([...stored.values()].sort());
    expect(keys).not.toEqual(expect.arrayContaining(firstKeys));
    const loaded = await loadIndex(db);
    expect(loaded!.engine.search('river').total).toBe(e.search('river').total);
    expect(loaded!.engine.size).toBe(11);
  });

  it('gives nothing for an empty store or a stored index of another format', async () => {
    const db = freshDb();
    expect(await loadIndex(db)).toBeNull();
    await db.searchIndex.put({ key: 'manifest', value: { format: -1, segments: [], savedAt: '' } });
    expect(await loadIndex(db)).toBeNull();
  });
});

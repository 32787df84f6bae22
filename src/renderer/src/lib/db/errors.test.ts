import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { describeDbError } from './errors.js';
import { createDb } from './schema.js';
import { storeArticle } from './articles.js';
import type { Article } from '../../../../core/model/index.js';

describe('describeDbError', () => {
  it('names a quota error directly or wrapped in an abort', () => {
    expect(describeDbError(new Dexie.QuotaExceededError('quota'))).toBe('storage is full');
    expect(describeDbError(new Dexie.AbortError('aborted', new Dexie.QuotaExceededError('quota')))).toBe('storage is full');
    expect(describeDbError(new DOMException('over quota', 'QuotaExceededError'))).toBe('storage is full');
  });

  it('explains a real constraint failure from a write', async () => {
    const db = createDb(`errors-${Math.random().toString(36).slice(2)}`);
    const base = { fileName: 'a.txt', path: 'a.txt', format: 'txt', title: 'T', outlet: null, author: null, published: null,
      language: null, paragraphs: ['p'], text: 'p', words: 1, importedAt: '', bytes: 1, encoding: null, removed: [] } as const;
    await storeArticle(db, { ...base, id: 'same', hash: 'h1' } as unknown as Article);
    const err = await storeArticle(db, { ...base, id: 'same', hash: 'h2' } as unknown as Article).catch((e: unknown) => e);
    expect(describeDbError(err)).toBe('an article with the same id is already stored');
    await db.delete();
  });

  it('falls back to the message', () => {
    expect(describeDbError(new Error('disk on fire'))).toBe('disk on fire');
    expect(describeDbError('plain')).toBe('plain');
  });
});

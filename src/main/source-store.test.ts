import { describe, expect, it } from 'vitest';
import { SOURCE_ID } from './ipc-guard.js';
import { SourceStore } from './source-store.js';

const collected = {
  files: [{ path: '/a/x.txt', name: 'x.txt', size: 10 }],
  skipped: [{ path: '/a/big.pdf', message: 'too large' }],
  notArticles: [{ path: '/a/expected.json', message: 'not an article (.json file)' }],
  bytes: 10,
};

describe('SourceStore', () => {
  it('mints ids the IPC guard accepts and summarises the list', () => {
    const list = new SourceStore().add(1, collected);
    expect(list.id).toMatch(SOURCE_ID);
    expect(list).toMatchObject({ count: 1, bytes: 10, skipped: collected.skipped, notArticles: collected.notArticles });
  });

  it('hands a list only to the window that picked it, and only once', () => {
    const store = new SourceStore();
    const { id } = store.add(1, collected);
    expect(store.take(id, 2)).toBeUndefined();
    expect(store.take(id, 1)).toEqual(collected.files);
    expect(store.take(id, 1)).toBeUndefined();
  });

  it('forgets the lists of a closed window', () => {
    const store = new SourceStore();
    store.add(1, collected);
    const kept = store.add(2, collected);
    store.forget(1);
    expect(store.size).toBe(1);
    expect(store.take(kept.id, 2)).toBeDefined();
  });
});

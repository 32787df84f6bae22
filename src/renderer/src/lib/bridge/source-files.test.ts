import { describe, expect, it, vi } from 'vitest';
import { isHiddenPath, partitionSources, partitionSourcesInChunks, type SourceFile } from './source-files.js';

function src(path: string, size: number): SourceFile {
  return { path, file: Object.assign(new Blob([new Uint8Array(size)]), { name: path.split('/').pop() ?? path }) };
}

describe('source files', () => {
  it('treats any dot-segment as hidden', () => {
    expect(isHiddenPath('folder/.git/config')).toBe(true);
    expect(isHiddenPath('.DS_Store')).toBe(true);
    expect(isHiddenPath('folder/sub/.hidden.txt')).toBe(true);
    expect(isHiddenPath('folder/a.txt')).toBe(false);
    expect(isHiddenPath('folder\\sub\\b.html')).toBe(false);
    expect(isHiddenPath('folder/file.with.dots.txt')).toBe(false);
  });

  it('skips hidden files, refuses oversized ones with a reason, sorts and sums bytes', () => {
    const out = partitionSources(
      [src('f/b.txt', 10), src('f/.x/c.txt', 5), src('f/a.txt', 20), src('f/big.pdf', 101), src('f/expected.JSON', 3), src('f/notes', 4)],
      100,
    );
    // Data files such as expected.JSON are left out by name (core notAnArticle), as in the desktop app: not failures.
    expect(out.files.map((f) => f.path)).toEqual(['f/a.txt', 'f/b.txt', 'f/notes']);
    expect(out.bytes).toBe(34);
    expect(out.skipped.map((s) => s.path)).toEqual(['f/big.pdf']);
    expect(out.skipped[0].message).toMatch(/too large/);
    expect(out.notArticles).toEqual([{ path: 'f/expected.JSON', message: 'not an article (.json file)' }]);
  });

  it('lists non-articles apart from failures, even when too large to read (a video is not a failed import)', () => {
    const out = partitionSources([src('ev/SOURCE.txt', 5), src('ev/000_a.txt', 5), src('ev/expected.json', 5), src('ev/clip.mp4', 500), src('ev/README', 1)], 100);
    expect(out.files.map((f) => f.path)).toEqual(['ev/000_a.txt']);
    expect(out.skipped).toEqual([]);
    expect(out.notArticles.map((s) => s.path)).toEqual(['ev/clip.mp4', 'ev/expected.json', 'ev/README', 'ev/SOURCE.txt']);
  });

  it('in time slices (sizes read until a slice is used up, then a yield) gives the same partition', async () => {
    const many = Array.from({ length: 23 }, (_, i) => src(`f/${i % 3 ? '' : '.'}n${String(22 - i).padStart(2, '0')}.txt`, i * 10));
    // A clock that advances 1 ms each time it is read: with 3 ms slices the loop yields every few files.
    let t = 0;
    const timer = vi.spyOn(globalThis, 'setTimeout');
    const chunked = await partitionSourcesInChunks(many, 150, { sliceMs: 3, now: () => t++ });
    const yields = timer.mock.calls.length;
    timer.mockRestore();
    expect(yields).toBeGreaterThanOrEqual(5);
    expect(yields).toBeLessThan(many.length);
    const plain = partitionSources(many, 150);
    expect(chunked.files.map((f) => f.path)).toEqual(plain.files.map((f) => f.path));
    expect(chunked.skipped).toEqual(plain.skipped);
    expect(chunked.notArticles).toEqual(plain.notArticles);
    expect(chunked.bytes).toBe(plain.bytes);
    expect(plain.skipped.length).toBeGreaterThan(0);
  });
});

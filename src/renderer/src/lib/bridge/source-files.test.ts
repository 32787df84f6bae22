import { describe, expect, it, vi } from 'vitest';
import { isHiddenPath, listSources, sumSizesInChunks, type SourceFile } from './source-files.js';

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

  it('skips hidden files, sorts by path, and sizes nothing (the parse worker refuses oversized files)', () => {
    const sized: string[] = [];
    const watched = (path: string, size: number) => {
      const s = src(path, size);
      Object.defineProperty(s.file, 'size', { get: () => (sized.push(path), size) });
      return s;
    };
    const out = listSources([watched('f/b.txt', 10), watched('f/.x/c.txt', 5), watched('f/a.txt', 20), watched('f/big.pdf', 101), watched('f/expected.JSON', 3), watched('f/notes', 4)]);
    // Data files such as expected.JSON are left out by name (core notAnArticle), as in the desktop app: not failures.
    expect(out.files.map((f) => f.path)).toEqual(['f/a.txt', 'f/b.txt', 'f/big.pdf', 'f/notes']);
    expect(out.notArticles).toEqual([{ path: 'f/expected.JSON', message: 'not an article (.json file)' }]);
    expect(sized).toEqual([]);
  });

  it('lists non-articles apart from failures (a video is not a failed import)', () => {
    const out = listSources([src('ev/SOURCE.txt', 5), src('ev/000_a.txt', 5), src('ev/expected.json', 5), src('ev/clip.mp4', 500), src('ev/README', 1)]);
    expect(out.files.map((f) => f.path)).toEqual(['ev/000_a.txt']);
    expect(out.notArticles.map((s) => s.path)).toEqual(['ev/clip.mp4', 'ev/expected.json', 'ev/README', 'ev/SOURCE.txt']);
  });

  it('sums sizes in time slices (read until a slice is used up, then a yield), and stops when asked', async () => {
    const many = Array.from({ length: 23 }, (_, i) => src(`f/n${i}.txt`, i * 10));
    // A clock that advances 1 ms each time it is read: with 3 ms slices the loop yields every few files.
    let t = 0;
    const timer = vi.spyOn(globalThis, 'setTimeout');
    const total = await sumSizesInChunks(many.map((s) => s.file), { sliceMs: 3, now: () => t++ });
    const yields = timer.mock.calls.length;
    timer.mockRestore();
    expect(total).toBe(many.reduce((s, m) => s + m.file.size, 0));
    expect(yields).toBeGreaterThanOrEqual(5);
    expect(yields).toBeLessThan(many.length);
    let stops = 0;
    expect(await sumSizesInChunks(many.map((s) => s.file), { sliceMs: 3, now: () => t++ }, () => ++stops > 1)).toBeNull();
  });
});

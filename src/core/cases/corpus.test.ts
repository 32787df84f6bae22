// The reference corpora, read at run time from ../shared (never copied here): the seeds with examples/harbour-fire
// must come out as two stories, and the eight events as eight.
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, eventDirs, loadFolders, scorePool, SEEDS_DIR } from '../../../eval/suites/stories.js';
import { suggestStories } from './stories.js';

describe('stories in the reference corpora', () => {
  it('the seeds and examples/ imported together are two stories, each whole', async () => {
    const pool = await loadFolders([SEEDS_DIR, EXAMPLES_DIR]);
    const stories = suggestStories(pool);
    expect(stories).toHaveLength(2);
    const folder = new Map(pool.map((a) => [a.id, a.story]));
    const folders = stories.map((s) => new Set(s.articleIds.map((id) => folder.get(id))));
    expect(folders.every((f) => f.size === 1)).toBe(true);
    // Every seed article and every example sits in its story.
    expect(stories.reduce((n, s) => n + s.articleIds.length, 0)).toBe(pool.length);
  });

  it('the eight events imported together are eight stories, one per event, none mixed', async () => {
    const pool = await loadFolders(eventDirs());
    const s = scorePool(pool);
    expect(s.stories).toBe(8);
    expect(s.pure).toBe(8);
    expect(s.whole).toBe(8);
    // Most articles find their story (22 of 24 when measured); an outlier stays unsorted rather than mixed in.
    expect(s.grouped).toBeGreaterThanOrEqual(20);
  });

  it('all ten together keep apart', async () => {
    const pool = await loadFolders([SEEDS_DIR, EXAMPLES_DIR, ...eventDirs()]);
    const s = scorePool(pool);
    expect(s.precision).toBe(1);
    expect(s.stories).toBe(10);
  });
});

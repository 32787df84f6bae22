// Stories suite: how well suggestStories (src/core/cases) sorts a pile of articles into news stories. Labelled
// pools: the seed articles with examples/harbour-fire, and the eight reference events (three outlets each); the
// folder an article came from is its story. Unlabelled: the article-extraction benchmark's 181 unrelated pages,
// where every story found is either a real pair of reports on one event or a false join (listed for a reader).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalRow } from '../types.js';
import { importFiles } from '../../src/core/import/index.js';
import { suggestStories, STORY_THRESHOLD, type StoryInput } from '../../src/core/cases/index.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = resolve(REPO, '../shared/corpus');

export interface LabelledArticle extends StoryInput {
  /** The folder the file came from: its story. */
  story: string;
}

/** Every article file of the folders (not SOURCE.txt or expected.json), imported as the app imports it. */
export async function loadFolders(dirs: string[]): Promise<LabelledArticle[]> {
  const inputs = dirs.flatMap((dir) => readdirSync(dir)
    .filter((f) => /\.(txt|md|html?)$/i.test(f) && f !== 'SOURCE.txt')
    .sort()
    .map((f) => ({ name: f, path: join(dir, f), bytes: new Uint8Array(readFileSync(join(dir, f))) })));
  const batch = await importFiles(inputs, { now: () => new Date('2026-01-01T00:00:00Z') });
  return batch.articles.map((a) => ({ id: a.id, title: a.title, text: a.text, story: basename(dirname(a.path)) }));
}

export const SEEDS_DIR = join(CORPUS, 'seeds');
export const EXAMPLES_DIR = join(REPO, 'examples/harbour-fire');
export function eventDirs(): string[] {
  const root = join(CORPUS, 'events');
  return readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, d.name)).sort();
}

export interface PoolScore {
  stories: number;
  /** Stories whose articles all come from one folder. */
  pure: number;
  /** Folders that come out as exactly one story (which may miss some of their articles). */
  whole: number;
  /** Articles placed in some story. */
  grouped: number;
  /** Pairwise precision and recall over "same story" article pairs. */
  precision: number;
  recall: number;
}

export function scorePool(articles: LabelledArticle[], threshold = STORY_THRESHOLD): PoolScore {
  const story = new Map(articles.map((a) => [a.id, a.story]));
  const stories = suggestStories(articles, { threshold });
  const found = stories.map((s) => s.articleIds.map((id) => story.get(id)!));
  let together = 0;
  let right = 0;
  for (const f of found) {
    for (let i = 0; i < f.length; i++) for (let j = i + 1; j < f.length; j++) { together++; if (f[i] === f[j]) right++; }
  }
  const size = new Map<string, number>();
  for (const a of articles) size.set(a.story, (size.get(a.story) ?? 0) + 1);
  let truePairs = 0;
  for (const n of size.values()) truePairs += (n * (n - 1)) / 2;
  const folders = [...size.keys()];
  return {
    stories: stories.length,
    pure: found.filter((f) => new Set(f).size === 1).length,
    whole: folders.filter((name) => found.filter((f) => f.includes(name)).length === 1).length,
    grouped: found.reduce((n, f) => n + f.length, 0),
    precision: together ? right / together : 1,
    recall: truePairs ? right / truePairs : 1,
  };
}

/** The benchmark's 181 pages (ground-truth bodies), each its own label. */
export function benchmarkPages(): (StoryInput & { url: string })[] {
  const truth = JSON.parse(readFileSync(join(CORPUS, 'article-extraction-benchmark/ground-truth.json'), 'utf8')) as
    Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth).map(([id, v]) => ({ id, title: '', text: v.articleBody, url: v.url }));
}

const GRID = Array.from({ length: 15 }, (_, i) => 0.1 + i * 0.025);
const f1 = (s: PoolScore) => (s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);

export async function run(): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  const row = (metric: string, value: number, n?: number, target?: number, note?: string) =>
    rows.push({ suite: 'stories', metric, value: Math.round(value * 1000) / 1000, n, target, note });
  const seeds = await loadFolders([SEEDS_DIR, EXAMPLES_DIR]);
  const events = await loadFolders(eventDirs());
  const both = [...seeds, ...events];

  for (const [name, pool, folders] of [['seeds+examples', seeds, 2], ['events', events, 8], ['all', both, 10]] as const) {
    const s = scorePool(pool);
    row(`${name} stories`, s.stories, pool.length, folders, `${s.pure} pure, ${s.whole} of ${folders} folders whole, ${s.grouped} articles grouped`);
    row(`${name} pair precision`, s.precision, pool.length, 1);
    row(`${name} pair recall`, s.recall, pool.length, 1);
  }

  // Leave one event out: pick the threshold that scores best on the rest (the middle of the best-scoring range, as
  // STORY_THRESHOLD was picked), then judge the held-out event with it.
  let heldRight = 0;
  let heldComplete = 0;
  const picked: number[] = [];
  for (const dir of eventDirs()) {
    const out = basename(dir);
    const rest = both.filter((a) => a.story !== out);
    const scores = GRID.map((t) => f1(scorePool(rest, t)));
    const top = Math.max(...scores);
    const tied = GRID.filter((_, i) => scores[i]! >= top - 1e-9);
    const best = tied[Math.floor((tied.length - 1) / 2)]!;
    picked.push(best);
    const stories = suggestStories(both, { threshold: best });
    const mine = both.filter((a) => a.story === out).map((a) => a.id);
    const holding = stories.filter((s) => s.articleIds.some((id) => mine.includes(id)));
    if (holding.length === 1 && holding[0]!.articleIds.every((id) => mine.includes(id))) {
      heldRight++;
      // Complete as well: none of its articles left unsorted.
      if (holding[0]!.articleIds.length === mine.length) heldComplete++;
    }
  }
  row('leave-one-event-out whole and pure', heldRight / eventDirs().length, eventDirs().length, 1,
    `thresholds picked: ${[...new Set(picked.map((t) => t.toFixed(3)))].join(', ')}`);
  row('leave-one-event-out complete', heldComplete / eventDirs().length, eventDirs().length, 1,
    'the held-out event is one pure story holding every one of its articles');

  const pages = benchmarkPages();
  const found = suggestStories(pages);
  const host = new Map(pages.map((p) => [p.id, p.url.replace(/^https?:\/\/(www\.)?/, '').split('/')[0]]));
  row('benchmark pages grouped', found.reduce((n, s) => n + s.articleIds.length, 0), pages.length, undefined,
    'pages placed in some story: real reports of one event, or false joins (read the stories row)');
  row('benchmark pages stories', found.length, pages.length, undefined,
    found.map((s) => `${s.label} [${s.articleIds.map((id) => host.get(id)).join(', ')}]`).join('; '));
  return rows;
}

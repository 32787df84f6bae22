// `analyze --stories` as a user runs it: the seeds beside examples/ are reported as two separate stories, and no
// quantity of one story holds a mention of the other's articles.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

describe('crosscheck analyze --stories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-stories-'));
  const json = join(dir, 'stories.json');
  const md = join(dir, 'stories.md');
  const run = spawnSync(TSX, ['src/cli/main.ts', 'analyze', '../shared/corpus/seeds', 'examples/harbour-fire', '--stories', '--analysis-json', json, '--md', md],
    { encoding: 'utf8', timeout: 120_000 });

  it('prints each story on its own, with its articles and quantities', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/2 stories found/);
    const blocks = run.stdout.split(/\n=== Story \d of 2: /).slice(1);
    expect(blocks).toHaveLength(2);
    for (const b of blocks) expect(b).toMatch(/\d+ contested, \d+ corroborated, \d+ single-source quantities/);
    // The four harbour articles form one story, whose block names none of the seed files' titles.
    const harbour = blocks.find((b) => /Port Aldmere/.test(b.split('\n')[0]!))!;
    expect(harbour).toMatch(/\(4 articles\)/);
  });

  const part = (file: string, i: number) => file.replace(/(\.\w+)$/, `.story-${i}$1`);

  it('writes one engine JSON per story, whose mentions all come from that story, and no article in two', () => {
    const outs = [1, 2].map((i) => JSON.parse(readFileSync(part(json, i), 'utf8')));
    const ids = outs.flatMap((o) => o.articles.map((a: { id: string }) => a.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(9);
    for (const o of outs) {
      const mine = new Set(o.articles.map((a: { id: string }) => a.id));
      expect(o.mentions.length).toBeGreaterThan(0);
      for (const m of o.mentions) expect(mine.has(m.articleId)).toBe(true);
    }
  });

  it('writes one Markdown report per story, titled by its story', () => {
    for (const i of [1, 2]) {
      const report = readFileSync(part(md, i), 'utf8');
      expect(report).toMatch(new RegExp(`^# Story ${i} of 2: `, 'm'));
    }
  });
});

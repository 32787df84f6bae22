// The CLI as a user runs it: a child process over real files, checked by its output and exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const cli = (args: string[], input?: string) =>
  spawnSync(TSX, ['src/cli/main.ts', ...args], { encoding: 'utf8', input, timeout: 120_000 });

describe('crosscheck analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));
  const json = join(dir, 'out.json');
  const md = join(dir, 'report.md');
  writeFileSync(join(dir, 'empty.txt'), '');
  const run = cli(['analyze', 'examples/harbour-fire', join(dir, 'empty.txt'), '--analysis-json', json, '--md', md]);

  it('exits 0 when at least one file imported, even though one failed', () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it('prints one line per article and per failure, then the contested quantities', () => {
    expect(run.stdout).toMatch(/Imported 4 articles, 1 failed/);
    expect(run.stdout).toMatch(/Port Aldmere fire: death toll rises to 15 — The Northern Times · \d+ words/);
    expect(run.stdout).toMatch(/✗ .*empty\.txt: empty file/);
    expect(run.stdout).toMatch(/\d+ contested, \d+ corroborated, \d+ single-source quantities/);
    expect(run.stdout).toMatch(/\[contested\]/);
  });

  it('writes the documented JSON shape, with offsets into each article text', () => {
    const out = JSON.parse(readFileSync(json, 'utf8'));
    expect(Object.keys(out).sort()).toEqual(['articles', 'duplicates', 'errors', 'mentions', 'quantities', 'reuse']);
    expect(out.articles).toHaveLength(4);
    for (const a of out.articles) expect(Object.keys(a).sort()).toEqual(['author', 'format', 'id', 'outlet', 'path', 'published', 'text', 'title', 'words'].sort());
    expect(out.errors).toEqual([{ path: join(dir, 'empty.txt'), message: 'empty file' }]);
    const text = new Map(out.articles.map((a: { id: string; text: string }) => [a.id, a.text]));
    expect(out.mentions.length).toBeGreaterThan(10);
    for (const m of out.mentions) {
      for (const k of ['id', 'articleId', 'text', 'start', 'end', 'sentence', 'kind', 'value', 'low', 'high', 'unit', 'qualifier', 'trend', 'measure', 'subject', 'timeFrame', 'attribution']) expect(m).toHaveProperty(k);
      expect((text.get(m.articleId) as string).slice(m.start, m.end)).toBe(m.text);
    }
    const ids = new Set(out.mentions.map((m: { id: string }) => m.id));
    for (const q of out.quantities) {
      expect(['contested', 'corroborated', 'single-source']).toContain(q.status);
      for (const id of q.mentionIds) expect(ids.has(id)).toBe(true);
    }
    // The wire copy and its rewrite share text: reported as one reuse pair.
    expect(out.reuse.length).toBeGreaterThanOrEqual(1);
  });

  it('writes a Markdown report of the contested statistics, none decided', () => {
    const report = readFileSync(md, 'utf8');
    expect(report).toMatch(/^# Crosscheck report/);
    expect(report).toMatch(/## Summary[\s\S]*## Statistics[\s\S]*## Articles/);
    expect(report).toMatch(/\*\*Verdict:\*\* not yet decided/);
    expect(report).toMatch(/Status: \*\*contested\*\*/);
    expect(report).not.toMatch(/Status: \*\*single-source\*\*/);
  });

  it('takes metadata corrections (by article id) and uses them in the output, the notes and the JSON', () => {
    const first = JSON.parse(readFileSync(json, 'utf8')).articles[0];
    const edits = join(dir, 'metadata.json');
    writeFileSync(edits, JSON.stringify([{ id: first.id, outlet: 'Correction Desk Weekly', published: '2024-02-29' }]));
    const out = join(dir, 'corrected.json');
    const fixed = cli(['analyze', 'examples/harbour-fire', '--metadata', edits, '--analysis-json', out]);
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(fixed.stdout).toMatch(/Metadata corrections: 1 applied/);
    expect(fixed.stdout).toContain(`${first.title} — Correction Desk Weekly`);
    const article = JSON.parse(readFileSync(out, 'utf8')).articles.find((a: { id: string }) => a.id === first.id);
    expect(article).toMatchObject({ outlet: 'Correction Desk Weekly', published: '2024-02-29', original: { outlet: first.outlet, published: first.published } });
  });

  it('exits non-zero when nothing imported', () => {
    const bad = cli(['analyze', join(dir, 'empty.txt')]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/empty file/);
  });
});

describe('crosscheck extract', () => {
  it('reads standard input and writes one JSON line per input line', () => {
    const run = cli(['extract', '-'], 'Over 3,000 people fled, up from 1,900.\n\nThe dam cost $4.5 billion.\n');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3]);
    expect(lines[0].mentions.map((m: { value: number }) => m.value)).toEqual([3000, 1900]);
    expect(lines[0].mentions[0].qualifier).toBe('over');
    expect(lines[1].mentions).toEqual([]);
    expect(lines[2].mentions[0]).toMatchObject({ kind: 'money', value: 4.5e9, unit: 'USD' });
  });
});

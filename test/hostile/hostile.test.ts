// The hostile corpus through the CLI as a user runs it: every bad file one line, every good file imported,
// nothing followed out of the folder, and the peak memory of the whole run (worker threads included) measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECT, GOOD_TITLES, makeHostileCorpus } from './make-corpus.js';

const TIME = '/usr/bin/time';
const LIMIT_KB = 1.5 * 1024 * 1024;

describe('hostile corpus through the CLI', () => {
  const base = mkdtempSync(join(tmpdir(), 'cc-hostile-'));
  const root = join(base, 'corpus');
  let stdout = '';
  let peakKb: number | null = null;
  let status: number | null = null;

  beforeAll(async () => {
    await makeHostileCorpus(root);
    const args = ['--import', 'tsx', 'src/cli/main.ts', 'analyze', root, '--md', join(base, 'report.md'), '--html', join(base, 'report.html')];
    // GNU time reports the process's peak resident set; worker threads live in the same process.
    const timed = existsSync(TIME);
    const run = timed ? spawnSync(TIME, ['-v', process.execPath, ...args], { encoding: 'utf8', timeout: 300_000 }) : spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 300_000 });
    stdout = run.stdout;
    status = run.status;
    const m = timed ? /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr) : null;
    peakKb = m ? Number(m[1]) : null;
    if (peakKb) console.log(`hostile corpus via CLI: peak RSS ${(peakKb / 1024).toFixed(0)} MB`);
  }, 400_000);

  it('exits 0 and imports every good file beside the bad ones', () => {
    expect(status).toBe(0);
    for (const title of GOOD_TITLES) expect(stdout).toContain(`  ${title} — `);
  });

  it('gives each hostile file its expected outcome, in one line', () => {
    const lines = stdout.split('\n');
    for (const [rel, want] of Object.entries(EXPECT)) {
      const path = join(root, rel);
      const failure = lines.find((l) => l.startsWith(`  ✗ ${path}: `));
      if (want.failure) {
        expect(failure, rel).toBeDefined();
        expect(failure!.slice(`  ✗ ${path}: `.length), rel).toMatch(want.failure);
      } else {
        expect(failure, `${rel} should import`).toBeUndefined();
      }
    }
    expect(stdout).not.toMatch(/call stack|heap out of memory|999 boats/i);
  });

  it('reports escape what the sources wrote', () => {
    const md = readFileSync(join(base, 'report.md'), 'utf8');
    const html = readFileSync(join(base, 'report.html'), 'utf8');
    expect(md).not.toMatch(/<img src=x|<script>window/);
    expect(html).not.toMatch(/<img src=x|<script>window|<svg onload/);
    expect(html).toContain('&lt;img src=x');
  });

  it.skipIf(!existsSync(TIME))('peak memory of the whole run stays under 1.5 GB', () => {
    expect(peakKb).not.toBeNull();
    expect(peakKb!).toBeLessThan(LIMIT_KB);
  });
});

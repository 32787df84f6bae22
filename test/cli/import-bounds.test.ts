// The CLI's import bounds end to end: real worker threads with a heap ceiling and a time budget, and Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ARGS = ['--import', 'tsx', 'src/cli/main.ts', 'analyze'];
const cli = (args: string[]) => spawnSync(process.execPath, [...ARGS, ...args], { encoding: 'utf8', timeout: 120_000 });

/** ~15 MB of varied sentences: slow enough to parse (seconds) and heavy enough to need more than a tiny heap. */
function bigText(): string {
  const words = ['fire', 'harbour', 'boats', 'council', 'people', 'said', 'the', 'a', 'of', 'and', 'port', 'smoke'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length;
  const paras: string[] = [];
  for (let p = 0; p < 45_000; p++) paras.push(Array.from({ length: 60 }, next).map((i) => words[i]).join(' ') + '.');
  return paras.join('\n\n');
}

/** ~6.5 MB of HTML paragraphs: seconds of CPU in linkedom and Readability. */
function slowPage(): string {
  const words = ['fire', 'harbour', 'boats', 'council', 'people', 'said', 'the', 'a', 'of', 'and', 'port', 'smoke'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length;
  const paras: string[] = [];
  for (let p = 0; p < 20_000; p++) paras.push(`<div class="c${p % 7}"><p>${Array.from({ length: 60 }, next).map((i) => words[i]).join(' ')}.</p></div>`);
  return `<html><head><title>Slow page</title></head><body><article>${paras.join('')}</article></body></html>`;
}

// Each test starts the CLI under tsx (transpiling on start): tens of seconds on a loaded machine, hence minutes here.
describe('analyze: bounds per file', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bounds-'));
  for (const f of readdirSync('examples/harbour-fire').filter((n) => n.endsWith('.txt'))) copyFileSync(join('examples/harbour-fire', f), join(dir, f));
  writeFileSync(join(dir, 'zz-big.txt'), bigText());

  it('a worker over its heap ceiling costs only that file', () => {
    const run = cli([dir, '--memory-limit', '24', '--workers', '2']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/✗ .*zz-big\.txt: needed more than 24 MB of memory to parse; not imported/);
    expect(run.stdout).toMatch(/Imported [1-9]\d* articles?, 1 failed/);
  });

  it('a file over the time budget is stopped and reported; the others import', () => {
    // The budget is wall time, so the two sides need a wide gap that load cannot close: the small files cost ~20-60 ms
    // of CPU (a 0.2 s budget failed them on a loaded machine), the slow page ~3.8 s of CPU (so never under 1 s).
    const slow = mkdtempSync(join(tmpdir(), 'cc-budget-'));
    for (const f of readdirSync('examples/harbour-fire').filter((n) => n.endsWith('.txt'))) copyFileSync(join('examples/harbour-fire', f), join(slow, f));
    writeFileSync(join(slow, 'zz-slow.html'), slowPage());
    const run = cli([slow, '--time-budget', '1', '--workers', '1']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/✗ .*zz-slow\.html: took longer than 1 s to parse; not imported/);
    expect(run.stdout).not.toMatch(/✗ .*harbour|✗ .*\d\d-/);
  });

  it('refuses bad flag values in one line', () => {
    const run = cli([dir, '--workers', 'many']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--workers needs a positive number/);
  });

  it('Ctrl+C stops the files being parsed at once and says what was not imported', async () => {
    const slow = join(dir, 'slow');
    mkdirSync(slow);
    const text = bigText();
    for (let i = 0; i < 6; i++) writeFileSync(join(slow, `big-${i}.txt`), text);
    const child = spawn(process.execPath, [...ARGS, slow, '--workers', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (b) => (stdout += b));
    // Once the import has begun (the CLI says so on stderr), give the workers a moment, then press Ctrl+C.
    await new Promise<void>((resolve) => child.stderr.on('data', (b) => String(b).includes('Importing') && resolve()));
    const started = Date.now();
    setTimeout(() => child.kill('SIGINT'), 1_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(code).toBe(130);
    expect(stdout).toMatch(/Import cancelled: \d file\(s\) stopped while parsing, \d not started/);
    expect(stdout).toMatch(/■ .*big-\d\.txt: stopped while parsing/);
  });
});

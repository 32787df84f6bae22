// Another commit's extractor, loaded beside this tree's (for extract-ab.ts and extract-same.ts): its src/ is unpacked
// once per commit under .tmp/bench and imported from there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { extractMentions } from '../../src/core/extract/index.js';
import { CACHE, ROOT } from './env.js';

/** The directory holding `src/` of that commit (unpacked on first use). */
export function sourceAt(commit: string): string {
  const sha = spawnSync('git', ['rev-parse', commit], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dir = join(CACHE, `extract-ab-${sha.slice(0, 12)}`);
  if (!existsSync(join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true });
    const r = spawnSync('sh', ['-c', `git archive ${sha} src | tar -x -C "${dir}"`], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`git archive ${commit} failed`);
  }
  return dir;
}

export async function extractorAt(commit: string): Promise<typeof extractMentions> {
  const dir = sourceAt(commit);
  return ((await import(pathToFileURL(join(dir, 'src/core/extract/index.ts')).href)) as { extractMentions: typeof extractMentions }).extractMentions;
}

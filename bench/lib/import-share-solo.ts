/**
 * `npx tsx bench/lib/import-share-solo.ts [COMMIT] [--rounds N] [--formats txt,md]`: the import bench's share rows
 * (bench/lib/import-share.ts, the same function) for this tree and another commit's importFile (main by default),
 * alternated round by round in one process on the bench's 1k corpus, without the rest of `npm run bench -- import`.
 * Prints per format and side the median share outside the libraries, our own profiled ms per MB, and the process's
 * CPU ms per MB for the whole import (decision 0108).
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ImportInput, ImportOptions, ImportOutcome } from '../../src/core/model/index.js';
import { importFile as ours } from '../../src/core/import/index.js';
import { cachedFiles, MIX_1K } from '../synthetic/corpus.js';
import type { SynthFormat } from '../synthetic/formats.js';
import { CACHE } from './env.js';
import { sourceAt } from './extractor-at.js';
import { outsideLibraryShares } from './import-share.js';
import { median } from './stats.js';

type ImportFn = (input: ImportInput, options?: ImportOptions) => Promise<ImportOutcome>;
const arg = (flag: string) => { const i = process.argv.indexOf(flag); return i > 0 ? process.argv[i + 1] : undefined; };
const commit = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'main';
const rounds = Number(arg('--rounds') ?? 4);
const formats = (arg('--formats') ?? 'txt,md').split(',') as SynthFormat[];
const base = ((await import(pathToFileURL(join(sourceAt(commit), 'src/core/import/index.ts')).href)) as { importFile: ImportFn }).importFile;
const corpus = await cachedFiles(join(CACHE, 'import-1000'), 1000, { mix: MIX_1K });

const sides: [string, ImportFn][] = [[commit, base], ['this tree', ours]];
const got = new Map<string, { share: number[]; ms: number[]; cpu: number[] }>();
const now = () => new Date('2026-01-01T00:00:00Z');

/**
 * The process's CPU time (user + system) per MB for importing the format's files 5 times: on a machine shared with
 * other jobs this moves less than the profiler's wall-clock samples (time spent waiting for a core is not counted).
 */
async function cpuMsPerMb(fn: ImportFn, fmt: SynthFormat): Promise<number> {
  const inputs = corpus.filter((f) => f.format === fmt).slice(0, 200).map((f) => ({ name: f.name, path: `bench/${f.name}`, bytes: f.bytes }));
  const mb = (5 * inputs.reduce((s, x) => s + x.bytes.length, 0)) / 1048576;
  const c0 = process.cpuUsage();
  for (let r = 0; r < 5; r++) for (const i of inputs) await fn(i, { now });
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / mb;
}

console.log(`load before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (let r = 0; r < rounds; r++) {
  // Alternate which side goes first.
  for (const [name, fn] of r % 2 ? [...sides].reverse() : sides) {
    for (const fmt of formats) {
      const k = `${fmt} ${name}`;
      const g = got.get(k) ?? { share: [], ms: [], cpu: [] };
      g.cpu.push(await cpuMsPerMb(fn, fmt));
      got.set(k, g);
    }
    for (const s of await outsideLibraryShares({ importFile: fn }, corpus, { files: 200, profiles: 1, formats })) {
      const k = `${s.format} ${name}`;
      const g = got.get(k)!;
      g.share.push(s.share);
      g.ms.push(s.ownMsPerMb);
      got.set(k, g);
    }
  }
}
for (const [k, g] of got) console.log(`${k.padEnd(24)} share ${median(g.share).toFixed(3)} (${g.share.map((x) => x.toFixed(2)).join(' ')})  own ${median(g.ms).toFixed(0)} ms/MB (${g.ms.map((x) => x.toFixed(0)).join(' ')})  cpu ${median(g.cpu).toFixed(0)} ms/MB (${g.cpu.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`load after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

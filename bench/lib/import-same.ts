/**
 * `npx tsx bench/lib/import-same.ts [COMMIT]`: does this tree's importFile store the same records as another
 * commit's (main by default)? Imports every file of the shared corpora (seeds, events, format samples, the saved news
 * pages of readability-pages and article-extraction-benchmark, gzipped ones unpacked) and the bench's 1k synthetic
 * corpus with both, and compares the whole outcome (title, outlet, date, author, paragraphs, text, hash, language,
 * removed lines ... or the failure line) as JSON. Exits 1 when any differs. For speed work on the import path that
 * must not change what is stored (decision 0108).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { ImportInput, ImportOptions, ImportOutcome } from '../../src/core/model/index.js';
import { importFile as ours } from '../../src/core/import/index.js';
import { cachedFiles, MIX_1K } from '../synthetic/corpus.js';
import { CACHE, ROOT } from './env.js';
import { sourceAt } from './extractor-at.js';

type ImportFn = (input: ImportInput, options?: ImportOptions) => Promise<ImportOutcome>;

const commit = process.argv[2] ?? 'main';
const base = ((await import(pathToFileURL(join(sourceAt(commit), 'src/core/import/index.ts')).href)) as { importFile: ImportFn }).importFile;
const SHARED = join(ROOT, '..', 'shared', 'corpus');
const DIRS = ['seeds', 'events', 'formats', 'readability-pages', 'article-extraction-benchmark/html'];
const now = () => new Date('2026-01-01T00:00:00Z');

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

const inputs: ImportInput[] = [];
for (const d of DIRS) {
  for (const p of walk(join(SHARED, d))) {
    if (/\.json$/.test(p)) continue; // annotations, not articles
    const raw = new Uint8Array(readFileSync(p));
    const gz = p.endsWith('.gz');
    const name = relative(SHARED, gz ? p.slice(0, -3) : p);
    inputs.push({ name, path: name, bytes: gz ? new Uint8Array(gunzipSync(raw)) : raw });
  }
}
const shared = inputs.length;
for (const f of await cachedFiles(join(CACHE, 'import-1000'), 1000, { mix: MIX_1K })) inputs.push({ name: f.name, path: `bench/${f.name}`, bytes: f.bytes });

let differing = 0, ok = 0, chars = 0;
for (const input of inputs) {
  const a = JSON.stringify(await base(input, { now }));
  const b = JSON.stringify(await ours(input, { now }));
  chars += a.length;
  if (a.startsWith('{"ok":true')) ok++;
  if (a !== b && differing++ < 5) {
    let i = 0;
    while (a[i] === b[i]) i++;
    console.log(`differs: ${input.name} at ${i}:\n  ${commit}: …${a.slice(Math.max(0, i - 60), i + 80)}\n  here: …${b.slice(Math.max(0, i - 60), i + 80)}`);
  }
}
console.log(`${inputs.length} files (${shared} shared, ${inputs.length - shared} synthetic), ${ok} imported by ${commit}, ${chars} characters of its outcomes, ${differing} differing`);
if (differing > 0) process.exitCode = 1;

// A corpus of synthetic files in a fixed format mix, optionally cached on disk (under the gitignored .tmp/)
// so the 10k corpus is generated once.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32, shuffle } from '../lib/rng.js';
import { generateArticles, type GenerateOptions, type SynthArticle } from './articles.js';
import { render, type SynthFile, type SynthFormat } from './formats.js';

/** Bump when the generator's output changes, so stale caches are rebuilt. */
export const GENERATOR_VERSION = 3;

export type FormatMix = Record<SynthFormat, number>;

/** At 1k: every format well represented. */
export const MIX_1K: FormatMix = { txt: 0.35, html: 0.35, md: 0.1, pdf: 0.1, docx: 0.1 };
/** At 10k: mostly text/HTML with a fixed 3% PDF and 3% DOCX, to keep generation and the full run in minutes. */
export const MIX_10K: FormatMix = { txt: 0.45, html: 0.45, md: 0.04, pdf: 0.03, docx: 0.03 };

const FORMATS: SynthFormat[] = ['txt', 'md', 'html', 'pdf', 'docx'];

/** Exact counts by largest remainder, then a seeded shuffle: the mix is exact for any n. */
export function planFormats(n: number, mix: FormatMix, seed = 1): SynthFormat[] {
  const total = FORMATS.reduce((s, f) => s + mix[f], 0);
  const exact = FORMATS.map((f) => (mix[f] / total) * n);
  const counts = exact.map(Math.floor);
  const order = FORMATS.map((_, i) => i).sort((a, b) => exact[b]! - counts[b]! - (exact[a]! - counts[a]!) || a - b);
  for (let k = 0, left = n - counts.reduce((s, c) => s + c, 0); k < left; k++) counts[order[k]!]!++;
  const list = FORMATS.flatMap((f, i) => Array<SynthFormat>(counts[i]!).fill(f));
  return shuffle(mulberry32(seed ^ 0x5eed), list);
}

export interface CorpusOptions extends GenerateOptions {
  mix: FormatMix;
}

export interface Corpus {
  articles: SynthArticle[];
  files: SynthFile[];
}

export async function buildCorpus(n: number, options: CorpusOptions): Promise<Corpus> {
  const articles = generateArticles(n, options);
  const formats = planFormats(n, options.mix, options.seed ?? 1);
  const files: SynthFile[] = [];
  for (let i = 0; i < n; i++) files.push(await render(articles[i]!, formats[i]!, i % 7 === 3));
  return { articles, files };
}

interface Manifest {
  version: number;
  key: string;
  files: { name: string; format: SynthFormat }[];
}

/** Files of buildCorpus(n) written to (or read back from) `dir`; the directory doubles as the browser bench's upload folder. */
export async function cachedFiles(dir: string, n: number, options: CorpusOptions): Promise<SynthFile[]> {
  const key = JSON.stringify({ n, ...options });
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (m.version === GENERATOR_VERSION && m.key === key) {
      return m.files.map((f) => ({ ...f, bytes: new Uint8Array(readFileSync(join(dir, 'files', f.name))) }));
    }
  }
  const { files } = await buildCorpus(n, options);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'files'), { recursive: true });
  for (const f of files) writeFileSync(join(dir, 'files', f.name), f.bytes);
  const manifest: Manifest = { version: GENERATOR_VERSION, key, files: files.map(({ name, format }) => ({ name, format })) };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return files;
}

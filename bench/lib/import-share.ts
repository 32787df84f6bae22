// The import bench's share rows (issue 9): per format, the share of import CPU time spent in our code rather than in
// the parsing libraries, and our own ms per MB. Shared by bench/import.bench.ts and the focused runner
// bench/lib/import-share-solo.ts (decision 0108), so both measure the same way.
import type { ImportInput, ImportOptions, ImportOutcome } from '../../src/core/model/index.js';
import type { SynthFile, SynthFormat } from '../synthetic/formats.js';
import { log } from './env.js';
import { profileShares, type TimeShares } from './profile-share.js';
import { row, type ResultRow } from './results.js';
import { median } from './stats.js';

interface ImportModule {
  importFile(input: ImportInput, options?: ImportOptions): Promise<ImportOutcome>;
}

/** Goal from issue 9: at most this share of each format's import time outside the parsing libraries. */
export const OUTSIDE_LIBRARY_GOAL = 0.3;
export const SHARE_FORMATS: SynthFormat[] = ['txt', 'md', 'html', 'pdf', 'docx'];
const FIXED_NOW = () => new Date('2026-01-01T00:00:00Z');

/** One format's profiles: the median share outside the libraries and our own ms per MB. */
export interface FormatShare {
  format: SynthFormat;
  files: number;
  share: number;
  ownMsPerMb: number;
  runs: TimeShares[];
}

/**
 * Per format: the share of the import's CPU time spent in our code rather than in the libraries (pdf.js, mammoth,
 * linkedom, Readability, JSZip, chardet ...), from a V8 CPU profile of importing up to `files` files of that format
 * (after a warm-up of 10). Median of `profiles` profiles.
 */
export async function outsideLibraryShares(mod: ImportModule, corpus: SynthFile[], opts: { files: number; profiles: number; formats?: SynthFormat[] }): Promise<FormatShare[]> {
  const out: FormatShare[] = [];
  for (const fmt of opts.formats ?? SHARE_FORMATS) {
    const inputs: ImportInput[] = corpus.filter((f) => f.format === fmt).slice(0, opts.files).map((f) => ({ name: f.name, path: `bench/${f.name}`, bytes: f.bytes }));
    if (!inputs.length) continue;
    for (const i of inputs.slice(0, 10)) await mod.importFile(i, { now: FIXED_NOW });
    const runs: TimeShares[] = [];
    for (let r = 0; r < opts.profiles; r++) {
      runs.push(await profileShares(async () => {
        for (const i of inputs) await mod.importFile(i, { now: FIXED_NOW });
      }));
    }
    // pdf.js keeps cleaning up after earlier PDFs (its fake worker's timers) while other formats are profiled; that
    // time is not this format's import, so outside the PDF row it is left out of both sides.
    const own = runs.map((x) => {
      const lib = Object.entries(x.libraries).filter(([k]) => fmt === 'pdf' || k !== 'pdfjs-dist').reduce((a, [, v]) => a + v, 0);
      return x.ours / (x.ours + lib);
    });
    const mb = inputs.reduce((s, x) => s + x.bytes.length, 0) / 1048576;
    out.push({ format: fmt, files: inputs.length, share: median(own), ownMsPerMb: median(runs.map((x) => x.ours / mb)), runs });
  }
  return out;
}

/** The bench rows of outsideLibraryShares, each format's libraries logged. */
export async function outsideLibraryShareRows(mod: ImportModule, corpus: SynthFile[], opts: { files: number; profiles: number }): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const s of await outsideLibraryShares(mod, corpus, opts)) {
    const first = s.runs[0]!;
    const libs = Object.entries(first.libraries).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
    log(`${s.format}: outside-library share ${s.share.toFixed(3)} (ours ${first.ours.toFixed(0)} ms; ${libs})`);
    rows.push(row(`import_outside_library_share_${s.format}`, s.files, s.share, 'share', OUTSIDE_LIBRARY_GOAL, s.share / OUTSIDE_LIBRARY_GOAL));
    // The share cannot say whether our code got faster (cutting library time raises it; txt and md have next to no
    // library): our own CPU time per MB of input says that directly.
    rows.push(row(`import_own_ms_per_mb_${s.format}`, s.files, s.ownMsPerMb, 'ms/MB'));
  }
  return rows;
}

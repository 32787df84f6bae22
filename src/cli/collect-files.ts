import { readFile } from 'node:fs/promises';
import type { ImportFailure, ImportInput } from '../core/model/article.js';
// The folder walk is shared with the Electron main process (it is electron-free), so both report alike.
import { collectSources, describeFsError } from '../main/read-files.js';

export interface Collected {
  inputs: ImportInput[];
  failures: ImportFailure[];
}

/** Walks the paths (hidden entries skipped, symlink loops cut, oversize files refused) and reads each file. */
export async function collectFiles(paths: string[], maxBytes: number): Promise<Collected> {
  const sources = await collectSources(paths, { maxBytes });
  const out: Collected = { inputs: [], failures: [...sources.skipped] };
  for (const file of sources.files) {
    try {
      const buf = await readFile(file.path);
      out.inputs.push({ name: file.name, path: file.path, bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) });
    } catch (err) {
      out.failures.push({ path: file.path, message: describeFsError(err) });
    }
  }
  return out;
}

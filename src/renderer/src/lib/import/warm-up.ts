/**
 * A parse worker's warm-up (decision 0086): one small file per format parsed when the worker starts, while the user is
 * still in the picker. A cold worker's first files pay for loading the lazy parser modules (pdf.js and its in-thread
 * worker code, the legacy-encoding tables) and for compiling every parser function on first call: in Node, a cold
 * pass over the 1k bench corpus used 1.8-2.2x the CPU of a warm one, and one file per format beforehand took most of
 * that away. Each import worker is its own isolate, so each pays it; the bench's Node baseline is timed warm.
 */
import { importFile } from '../../../../core/import/index.js';
import type { ImportInput, ImportOutcome } from '../../../../core/model/index.js';
import { WARM_UP_SAMPLES } from './warm-up-samples.js';

function decode(base64: string): Uint8Array {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * Rounds over the samples: the first loads the modules, the next ones are cheap and let the parsers' hot functions
 * reach V8's optimising tiers (Node, cold pass over the 1k corpus after 1 round: 7.8-8.0 s CPU, after 4: 6.1-6.9 s,
 * with none: 8.8-11 s, warm: 4.6-5.0 s; same loaded machine).
 */
export const WARM_UP_ROUNDS = 4;

/**
 * Parses the samples one by one, costliest first, and stops before the next one once `stop()` is true (a picked file
 * is waiting: it should not wait for formats it may not need). Resolves with the number parsed.
 */
export async function warmUp(
  stop: () => boolean,
  parse: (input: ImportInput) => Promise<ImportOutcome> = importFile,
  rounds = WARM_UP_ROUNDS,
): Promise<number> {
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    for (const sample of WARM_UP_SAMPLES) {
      if (stop()) return done;
      await parse({ name: sample.name, path: sample.name, bytes: decode(sample.base64) });
      done++;
    }
  }
  return done;
}

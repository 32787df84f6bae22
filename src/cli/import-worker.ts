/** One import worker thread of the CLI: a task (path) in, one ImportOutcome out. Never throws back. */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { importFile, type ImportLimits } from '../core/import/index.js';
import type { ImportOutcome } from '../core/model/index.js';
import { configureNodePdf } from './node-pdf.js';

export interface CliTask {
  path: string;
  name: string;
  maxBytes: number;
  limits?: Partial<ImportLimits>;
}
export type CliRequest = { id: number; task: CliTask };
export type CliReply = { id: number; outcome: ImportOutcome } | { id: number; started: true };

const port = parentPort;
if (!port) throw new Error('import-worker must run in a worker thread');
const ready = configureNodePdf().catch(() => undefined);

port.on('message', ({ id, task }: CliRequest) => {
  void (async (): Promise<ImportOutcome> => {
    await ready;
    port.postMessage({ id, started: true } satisfies CliReply);
    let bytes: Uint8Array;
    try {
      const buf = await readFile(task.path);
      bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    } catch (err) {
      return { ok: false, failure: { path: task.path, message: `could not read file: ${(err as Error).message}` } };
    }
    return importFile({ name: task.name, path: task.path, bytes }, { maxBytes: task.maxBytes, limits: task.limits });
  })().then((outcome) => port.postMessage({ id, outcome } satisfies CliReply));
});

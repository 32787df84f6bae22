/** One file's work inside an import worker thread: read the bytes, run core importFile, never throw. */
import type { ImportInput, ImportOptions, ImportOutcome } from '../core/model/index.js';

export interface ParseTask {
  id: number;
  path: string;
  name: string;
  maxBytes: number;
}

export interface ParseReply {
  id: number;
  outcome: ImportOutcome;
}

export interface ParseDeps {
  importFile(input: ImportInput, options?: ImportOptions): Promise<ImportOutcome>;
  readFile(path: string): Promise<Uint8Array>;
}

export async function parseTask(task: ParseTask, deps: ParseDeps): Promise<ParseReply> {
  let bytes: Uint8Array;
  try {
    bytes = await deps.readFile(task.path);
  } catch (err) {
    // The walk saw the file; it moved, vanished or lost its permissions since.
    return fail(task, `could not read file: ${describe(err)}`);
  }
  try {
    const outcome = await deps.importFile({ name: task.name, path: task.path, bytes }, { maxBytes: task.maxBytes });
    return { id: task.id, outcome };
  } catch (err) {
    // Core reports bad files as outcomes; a throw is a parser bug, still only this file's failure.
    return fail(task, `parser error: ${describe(err)}`);
  }
}

function fail(task: ParseTask, message: string): ParseReply {
  return { id: task.id, outcome: { ok: false, failure: { path: task.path, message } } };
}

function describe(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

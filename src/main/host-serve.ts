/**
 * The loop inside a parser host process: one ParseTask in, one ParseReply out, never throwing. Kept apart from the
 * entry so it runs the same under Electron's `process.parentPort` and under Node (tests, the bundle smoke test).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { configurePdf, importFile } from '../core/import/index.js';
import { parseTask, type ParseTask } from './parse-task.js';

/** Electron's ParentPort as the host uses it: messages arrive wrapped as `{ data }`. */
export interface HostPort {
  on(event: 'message', listener: (event: { data: ParseTask }) => void): unknown;
  postMessage(message: unknown): void;
}

export function serveParseTasks(port: HostPort): void {
  // pdf.js in Node reads its font and CMap data from disk; without them PDFs using the 14 standard fonts warn and CJK text is lost.
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    configurePdf({ standardFontDataUrl: join(root, 'standard_fonts') + sep, cMapUrl: join(root, 'cmaps') + sep });
  } catch {
    // Parsing still works without them.
  }
  port.on('message', ({ data: task }) => {
    void parseTask(task, { importFile, readFile }).then((reply) => port.postMessage(reply));
  });
}

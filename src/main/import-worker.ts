/** Entry of an import worker thread (bundled by electron-vite via `?nodeWorker`): one ParseTask in, one ParseReply out. */
import { parentPort } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { configurePdf, importFile } from '../core/import/index.js';
import { parseTask, type ParseTask } from './parse-task.js';

const port = parentPort;
if (!port) throw new Error('import-worker must run in a worker thread');

// pdf.js in Node reads its font and CMap data from disk; without them PDFs using the 14 standard fonts warn and CJK text is lost.
try {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  configurePdf({ standardFontDataUrl: join(root, 'standard_fonts') + sep, cMapUrl: join(root, 'cmaps') + sep });
} catch {
  // Parsing still works without them.
}

port.on('message', (task: ParseTask) => {
  void parseTask(task, { importFile, readFile }).then((reply) => port.postMessage(reply));
});

/**
 * The web twin of the Electron preload: implements the same CrosscheckApi with a file input, drag and drop,
 * a module Web Worker for parsing, and downloads for saving.
 */
import type { CrosscheckApi, ImportEvent, ImportSummary, SaveRequest, SourceList } from '../../../../preload/contract.js';
import { DEFAULT_MAX_BYTES } from '../../../../core/model/article.js';
import { discardWarm, prewarm, runWebImport, type WebImport } from '../import/web-pool.js';
import { droppedPath } from './drop-entries.js';
import { listSources, type SourceFile } from './source-files.js';

interface Held {
  files: SourceFile[];
  run: WebImport | null;
}

const held = new Map<string, Held>();
let counter = 0;

async function register(candidates: SourceFile[]): Promise<SourceList> {
  // Listed by name only: sizes are read while the import runs, and oversized files are refused by the parse worker
  // before it reads them (decision 0058), so the first files are parsed without waiting for every file's size.
  const { files, notArticles } = listSources(candidates);
  const id = `web-${++counter}`;
  held.set(id, { files, run: null });
  return { id, count: files.length, bytes: 0, skipped: [], notArticles };
}

/** One hidden input per kind, created lazily and kept in the DOM (tests drive them with setInputFiles). */
function fileInput(kind: 'files' | 'folder'): HTMLInputElement {
  const id = `cc-pick-${kind}`;
  const found = document.getElementById(id);
  if (found instanceof HTMLInputElement) return found;
  const input = document.createElement('input');
  input.type = 'file';
  input.id = id;
  input.multiple = true;
  if (kind === 'folder') input.webkitdirectory = true;
  input.hidden = true;
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  document.body.append(input);
  return input;
}

/** Settles the pick in progress, if any: a new pick supersedes one whose dismissal the browser never reported. */
let settlePending: ((list: SourceList | null) => void) | null = null;

function pickSources(kind: 'files' | 'folder'): Promise<SourceList | null> {
  settlePending?.(null);
  const input = fileInput(kind);
  input.value = '';
  return new Promise((resolve) => {
    let settled = false;
    const done = (list: SourceList | null) => {
      if (settled) return;
      settled = true;
      input.removeEventListener('change', onChange);
      input.removeEventListener('cancel', onCancel);
      if (settlePending === done) settlePending = null;
      if (!list) discardWarm();
      resolve(list);
    };
    settlePending = done;
    const onChange = () => {
      const files = Array.from(input.files ?? []);
      if (!files.length) return done(null);
      // Listening stops now; the files are listed by name (listSources), then the pick settles.
      input.removeEventListener('change', onChange);
      input.removeEventListener('cancel', onCancel);
      void register(files.map((file) => ({ file, path: file.webkitRelativePath || file.name }))).then(done);
    };
    const onCancel = () => done(null);
    input.addEventListener('change', onChange);
    input.addEventListener('cancel', onCancel);
    // The import's parse workers load their modules while the user picks (decision 0039).
    prewarm();
    input.click();
  });
}

async function sourcesFromDrop(files: File[]): Promise<SourceList> {
  prewarm();
  return register(files.map((file) => ({ file, path: droppedPath(file) })));
}

async function importSources(sourceId: string, onEvent: (event: ImportEvent) => void): Promise<ImportSummary> {
  const entry = held.get(sourceId);
  if (!entry) throw new Error(`unknown source list ${sourceId}`);
  // Parsed in as many Web Workers as the machine has cores; each file within the time budget (src/core/import/pool.ts).
  entry.run = runWebImport(entry.files.map((f) => ({ file: f.file as File, path: f.path, maxBytes: DEFAULT_MAX_BYTES })), onEvent);
  try {
    return await entry.run.done;
  } finally {
    held.delete(sourceId);
  }
}

async function cancelImport(sourceId: string): Promise<void> {
  held.get(sourceId)?.run?.cancel();
}

async function saveFile(request: SaveRequest): Promise<string | null> {
  const blob = new Blob([request.data as BlobPart], { type: request.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = request.suggestedName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chromium starts the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return request.suggestedName;
}

/**
 * The browser's print dialog on the report's HTML ("Save as PDF" is one of its destinations). The report is put in
 * a hidden frame that may open the dialog but runs no script (sandbox without allow-scripts); print() returns when
 * the dialog closes.
 */
async function printToPdf(html: string): Promise<null> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  try {
    await loaded;
    frame.contentWindow?.print();
  } finally {
    // Chromium snapshots the document for the dialog, so the frame can go once print() returns.
    frame.remove();
  }
  return null;
}

export const browserBridge: CrosscheckApi = {
  platform: 'web',
  pickSources,
  sourcesFromDrop,
  importSources,
  cancelImport,
  saveFile,
  printToPdf,
  onMenuCommand: () => () => {},
};

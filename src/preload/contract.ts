/**
 * The one API between the renderer and the outside world.
 * Electron: implemented by src/preload/index.ts over IPC (handlers in src/main/ipc.ts).
 * Web build: implemented by src/renderer/src/lib/bridge/browser-bridge.ts (file picker, drag and drop, Web Worker, downloads).
 * Import this file with `import type` only: it must stay free of runtime code.
 */
import type { Article, ImportFailure } from '../core/model/article.js';

/** Files chosen by the user, held by the bridge until imported. `id` is opaque. */
export interface SourceList {
  id: string;
  /** Files that will be parsed. */
  count: number;
  bytes: number;
  /** Entries refused before parsing (unreadable path, symlink loop, over the size limit ...). */
  skipped: ImportFailure[];
  /**
   * Files left out because their name says they are not articles (data, images, README/LICENSE/SOURCE notes; core
   * `notAnArticle`): reported as "skipped", not as failures. Optional so a host bridge written before it still fits.
   */
  notArticles?: ImportFailure[];
}

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  /** Path of the file being parsed, if any. */
  current: string | null;
}

/** One parsed file, streamed as soon as it is ready so the renderer can store it in its own transaction. */
export type ImportEvent =
  | { type: 'article'; article: Article }
  | { type: 'failure'; failure: ImportFailure }
  | { type: 'progress'; progress: ImportProgress };

export interface ImportSummary {
  parsed: number;
  failed: number;
  cancelled: boolean;
}

export type MenuCommand = 'import-files' | 'import-folder' | 'about';

export interface SaveRequest {
  suggestedName: string;
  mime: string;
  data: string | Uint8Array;
}

export interface CrosscheckApi {
  readonly platform: 'electron' | 'web';
  /** Open the native picker (files, or a folder read recursively, hidden files skipped). Null when the user cancels. */
  pickSources(kind: 'files' | 'folder'): Promise<SourceList | null>;
  /** Turn files dropped on the window into a source list (Electron resolves their paths; folders are walked). */
  sourcesFromDrop(files: File[]): Promise<SourceList>;
  /** Parse the sources off the UI thread, streaming events; resolves when all are done or the import is cancelled. */
  importSources(sourceId: string, onEvent: (event: ImportEvent) => void): Promise<ImportSummary>;
  /** Stop an import in progress: files already parsed are kept, the rest are not started. */
  cancelImport(sourceId: string): Promise<void>;
  /** Save a file the user names (native save dialog, or a download on the web). Resolves with where it went, or null if cancelled. */
  saveFile(request: SaveRequest): Promise<string | null>;
  /**
   * Print a report's HTML (core/report htmlReport) to PDF. Electron prints it in a hidden window with scripts off
   * (Chromium's printToPDF) and resolves with the PDF's bytes, for `saveFile`. The web build opens the browser's
   * print dialog on the same HTML (the user picks "Save as PDF") and resolves null.
   */
  printToPdf(html: string): Promise<Uint8Array | null>;
  /** Application menu commands (File > Import files…); returns an unsubscribe function. The web build never calls back. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Prefix of every IPC channel; main refuses anything else. */
export const CHANNEL_PREFIX = 'crosscheck:';

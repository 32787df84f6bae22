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

/** Fields the library table needs; the body stays in the database until an article is opened. */
export type ArticleSummary = Pick<
  Article,
  'id' | 'hash' | 'title' | 'outlet' | 'author' | 'published' | 'format' | 'words' | 'importedAt' | 'path' | 'fileName'
> & {
  /** The outlet shown was inferred from the file name (and not corrected since). */
  outletFromFileName?: boolean;
};

/**
 * A file the host parsed AND stored itself (the web build's parse workers, decision 0097), with its journal line, in
 * one transaction: the renderer records it without ever holding the body. A duplicate names the article already there.
 */
export type SavedArticle =
  | { status: 'stored'; summary: ArticleSummary }
  | { status: 'duplicate'; path: string; existing: { id: string; title: string; path: string } };

/**
 * One parsed file, streamed as soon as it is ready so the renderer can store it in its own transaction ('article',
 * Electron), or already stored by the host ('saved', web).
 */
export type ImportEvent =
  | { type: 'article'; article: Article }
  | { type: 'saved'; saved: SavedArticle }
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
  /**
   * Parse the sources off the UI thread, streaming events; resolves when all are done or the import is cancelled.
   * `journal`: the renderer's import record, for a host that stores articles itself ('saved' events, web build): each
   * stored article's journal line is written with it. Hosts that send 'article' events ignore it.
   */
  importSources(sourceId: string, onEvent: (event: ImportEvent) => void, journal?: { importId: number | null }): Promise<ImportSummary>;
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

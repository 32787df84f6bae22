/** Formats the importer recognises (detected from content, not only the extension). */
export type ArticleFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** One file handed to the import pipeline. Hosts (Node CLI, Electron main, Web Worker) read the bytes; core never touches the file system. */
export interface ImportInput {
  /** File name with extension, e.g. `report.pdf`. */
  name: string;
  /** Path as the user sees it (absolute path on desktop, relative path in the browser). */
  path: string;
  bytes: Uint8Array;
}

/** A cleaned, stored article. `text` is the body with paragraphs joined by a blank line; every mention offset indexes into it. */
export interface Article {
  /** Stable id derived from the content hash (first 16 hex chars). */
  id: string;
  /** SHA-256 hex of the normalised title (as the file states it, before an outlet ending is dropped) + body: the same content imported twice has the same hash. */
  hash: string;
  fileName: string;
  path: string;
  format: ArticleFormat;
  title: string;
  outlet: string | null;
  author: string | null;
  /** ISO 8601 date (or date-time) when found. */
  published: string | null;
  /** BCP 47 primary tag (`en`, `fr`) when found or guessed. */
  language: string | null;
  paragraphs: string[];
  /** paragraphs.join('\n\n') */
  text: string;
  words: number;
  /** ISO 8601 time of import. */
  importedAt: string;
  /** Size of the source file in bytes. */
  bytes: number;
  /** Text encoding the bytes were decoded with (text formats only). */
  encoding: string | null;
  /** Lines removed as page furniture (kept so the reader can show what was dropped). */
  removed: string[];
  /**
   * Metadata as imported, kept once a checker corrects any of it (core/metadata/edit.ts). The fields above then hold
   * the corrected values, which every view, report and export uses; `hash` and `id` never change with an edit.
   */
  original?: ArticleMetadata;
  /**
   * Metadata fields the file did not state but the importer inferred, with where from (core/import/outlet-from-name.ts):
   * `{ outlet: 'file name' }` for "000_reuters.txt". Absent when every field was read from the file itself.
   */
  inferred?: Partial<Record<keyof ArticleMetadata, InferredFrom>>;
}

/** Where an inferred metadata field came from. */
export type InferredFrom = 'file name';

/** The metadata a checker may correct where it is shown (title, outlet, author, date). */
export interface ArticleMetadata {
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
}

/** Why one file could not be imported: one line for the import report. */
export interface ImportFailure {
  path: string;
  message: string;
}

export type ImportOutcome =
  | { ok: true; article: Article }
  | { ok: false; failure: ImportFailure };

export interface ImportOptions {
  /** Files larger than this are refused (default 50 MB). */
  maxBytes?: number;
  /** Clock injection for reproducible tests. */
  now?: () => Date;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

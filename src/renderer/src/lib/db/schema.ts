/**
 * The renderer's IndexedDB database, declared with Dexie.
 * Versioning rule: never edit a shipped `version(n)` block; add `version(n + 1)` with an `upgrade()` when data must move.
 * Dexie stores IDB version n × 10, and keeps old declarations so a user on any older version is migrated step by step.
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
  Analysis, Annotation, Article, Case, Correction, ImportFailure, Verdict,
} from '../../../../core/model/index.js';
import { UNSORTED_CASE_NAME } from '../../../../core/model/index.js';
import type { QuantityView } from '../../../../core/report/quantity-view.js';
import { shownAsImportedToday } from '../../../../core/import/outlet-suffix.js';

export const DB_NAME = 'crosscheck';

/** One finished (or cancelled) import, kept so the report can be shown again after a reload. */
export interface ImportRecord {
  id?: number;
  startedAt: string;
  finishedAt: string | null;
  imported: { id: string; title: string; path: string }[];
  duplicates: { id: string; title: string; path: string }[];
  failures: ImportFailure[];
  /** Files left out as not articles (expected.json, README ...): listed, not failed. Absent in records from before. */
  notArticles?: ImportFailure[];
  cancelled: boolean;
  /** The case that was open when the import started: its imported articles (and duplicates) were added to it. */
  caseId?: string | null;
  /** Files handed to the parser (the import journal counts against it after a crash). */
  filesTotal?: number;
  /** How the files were chosen, so a resume offers the same picker. */
  kind?: 'files' | 'folder' | 'drop';
  /** Set when the tab died before the end: the import was found unfinished at the next start (lib/import/import-log.ts). */
  interrupted?: boolean;
  /**
   * How many `importParts` rows hold the rest of the lists (a finished import writes them in bounded parts, decision
   * 0047); absent or 0 when the lists are all inline. Read the whole record with `readImportRecord`.
   */
  parts?: number;
}

/** A slice of a finished import's lists, written in its own transaction (decision 0047). */
export interface ImportPartRecord {
  importId: number;
  part: number;
  imported: ImportRecord['imported'];
  duplicates: ImportRecord['duplicates'];
  failures: ImportFailure[];
  notArticles: ImportFailure[];
}

/** A case's last analysis, reused while its articles (and corrections) are unchanged. */
export interface AnalysisRecord {
  /** The case id, or ALL_ARTICLES_KEY ('*all') for the whole library. */
  caseId: string;
  /** Identifies the inputs: sorted article hashes + metadata edits + corrections (lib/analysis/fingerprint.ts). */
  fingerprint: string;
  /** The engine build that made it (the worker script's URL, content-hashed in a build). */
  engine: string;
  analysis: Analysis;
  /** Quantity views as the UI shows them (core/report/quantity-view). */
  views: QuantityView[];
  articleCount: number;
  at: string;
}

/** The side-by-side reader of one case: open articles, column widths, options. */
export interface LayoutRecord {
  caseId: string;
  articleIds: string[];
  widths: number[];
  align: boolean;
  /** The list beside the reader is folded away (2+ columns). */
  listHidden?: boolean;
}

export type CorrectionRecord = Correction & { caseId: string };

/** Small key/value settings (rating scale, theme, current case ...). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Persisted search index (MiniSearch's own JSON), possibly in several parts. */
export interface SearchIndexRecord {
  key: string;
  value: unknown;
}

/** One line of an import's log, written as the import goes so an interrupted import can be told and resumed. */
export interface ImportLogRecord {
  seq?: number;
  importId: number;
  path: string;
  status: 'started' | 'stored' | 'duplicate' | 'failed';
  hash: string | null;
  message: string | null;
  at: string;
}

export type CrosscheckDb = Dexie & {
  articles: EntityTable<Article, 'id'>;
  imports: EntityTable<ImportRecord, 'id'>;
  cases: EntityTable<Case, 'id'>;
  analyses: EntityTable<AnalysisRecord, 'caseId'>;
  layouts: EntityTable<LayoutRecord, 'caseId'>;
  annotations: EntityTable<Annotation, 'id'>;
  corrections: EntityTable<CorrectionRecord, 'id'>;
  verdicts: EntityTable<Verdict, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  searchIndex: EntityTable<SearchIndexRecord, 'key'>;
  importLog: EntityTable<ImportLogRecord, 'seq'>;
  importParts: Dexie.Table<ImportPartRecord, [number, number]>;
};

/** v1 schema: only indexed fields are listed; the rest of each record is stored as is. */
export const SCHEMA_V1 = {
  articles: '&id, &hash, title, outlet, published, format, words, importedAt',
  imports: '++id, startedAt',
} as const;

/** v2: cases and everything that belongs to a case; the v1 tables are unchanged. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  cases: '&id, name, updatedAt, *articleIds',
  analyses: '&caseId',
  layouts: '&caseId',
  annotations: '&id, caseId, kind, anchor.articleHash',
  corrections: '&id, caseId',
  verdicts: '&id, caseId',
  settings: '&key',
  searchIndex: '&key',
  importLog: '++seq, importId, path',
} as const;

/** v3: the lists of a finished import in bounded parts (decision 0047); nothing moves. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  importParts: '[importId+part], importId',
} as const;

/** Article records read per request by the v4 upgrade. */
const UPGRADE_PAGE = 500;

/** v4: the same tables; articles imported before decision 0056 get the titles an import shows today (0077). */
export const SCHEMA_V4 = SCHEMA_V3;

/**
 * Open (or create) the database. `name` is injectable so tests get an isolated DB.
 * Options are forwarded (tests pass fake-indexeddb's `indexedDB`/`IDBKeyRange` when not using the global shim).
 */
export function createDb(name: string = DB_NAME): CrosscheckDb {
  const db = new Dexie(name) as CrosscheckDb;
  db.version(1).stores(SCHEMA_V1);
  // A library from before cases opens with all its articles in one case, so nothing is hidden.
  db.version(2).stores(SCHEMA_V2).upgrade(async (tx) => {
    const ids = (await tx.table('articles').toCollection().primaryKeys()) as string[];
    if (!ids.length) return;
    const now = new Date().toISOString();
    const unsorted: Case = { id: newId(), name: UNSORTED_CASE_NAME, description: '', articleIds: ids, createdAt: now, updatedAt: now };
    await tx.table('cases').add(unsorted);
  });
  db.version(3).stores(SCHEMA_V3);
  // Titles stored with the outlet's name at their end ("Headline - Daily Ledger") shown as a new import shows them;
  // hash and id stay, so a re-import is still a duplicate. Synchronous per record: nothing foreign inside the upgrade.
  // Read in key-ordered pages and only changed records written back: `modify` put every record (0099 measured the
  // upgrade of a 30k library at 1.5× writing it) and, even told to skip them, walks a cursor a record at a time.
  db.version(4).stores(SCHEMA_V4).upgrade(async (tx) => {
    const articles = tx.table<Article, string>('articles');
    for (let last: string | null = null; ;) {
      const page: Article[] = await (last === null ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(UPGRADE_PAGE).toArray();
      const changed = page.filter(showAsImportedToday);
      if (changed.length) await articles.bulkPut(changed);
      if (page.length < UPGRADE_PAGE) return;
      last = page[page.length - 1]!.id;
    }
  });
  // Another tab upgraded the schema: this connection is now stale; Dexie closes it and the page must reload.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  return db;
}

/**
 * Gives a stored article the title and outlet an import shows today (decision 0077), in place. Run on the library's
 * records when the schema is upgraded and on a backup's records when one is restored: a backup keeps whatever the
 * workspace held when it was written. Returns whether it changed anything.
 */
export function showAsImportedToday(a: Article): boolean {
  const shown = shownAsImportedToday(a);
  if (shown) Object.assign(a, shown);
  return shown !== null;
}

/** Random id for records the app creates (cases, notes, verdicts ...). */
export function newId(): string {
  return crypto.randomUUID();
}

/**
 * The renderer's IndexedDB database, declared with Dexie.
 * Versioning rule: never edit a shipped `version(n)` block; add `version(n + 1)` with an `upgrade()` when data must move.
 * Dexie stores IDB version n × 10, and keeps old declarations so a user on any older version is migrated step by step.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Article, ImportFailure } from '../../../../core/model/index.js';

export const DB_NAME = 'crosscheck';

/** One finished (or cancelled) import, kept so the report can be shown again after a reload. */
export interface ImportRecord {
  id?: number;
  startedAt: string;
  finishedAt: string | null;
  imported: { id: string; title: string; path: string }[];
  duplicates: { id: string; title: string; path: string }[];
  failures: ImportFailure[];
  cancelled: boolean;
}

export type CrosscheckDb = Dexie & {
  articles: EntityTable<Article, 'id'>;
  imports: EntityTable<ImportRecord, 'id'>;
};

/** v1 schema: only indexed fields are listed; the rest of each record is stored as is. */
export const SCHEMA_V1 = {
  articles: '&id, &hash, title, outlet, published, format, words, importedAt',
  imports: '++id, startedAt',
} as const;

/**
 * Open (or create) the database. `name` is injectable so tests get an isolated DB.
 * Options are forwarded (tests pass fake-indexeddb's `indexedDB`/`IDBKeyRange` when not using the global shim).
 */
export function createDb(name: string = DB_NAME): CrosscheckDb {
  const db = new Dexie(name) as CrosscheckDb;
  db.version(1).stores(SCHEMA_V1);
  // Another tab upgraded the schema: this connection is now stale; Dexie closes it and the page must reload.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  return db;
}

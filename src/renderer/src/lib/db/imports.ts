/** Import reports: written once when an import starts and updated when it ends. */
import type { CrosscheckDb, ImportRecord } from './schema.js';
import { readImportRecord } from '../import/import-log.js';

export async function saveImportRecord(db: CrosscheckDb, record: ImportRecord): Promise<number> {
  const id = await db.imports.put(record);
  return id as number;
}

/** The latest import record, its lists whole (a long import's are stored in parts: lib/import/import-log.ts). */
export async function lastImportRecord(db: CrosscheckDb): Promise<ImportRecord | undefined> {
  const r = await db.imports.orderBy('startedAt').last();
  return r && readImportRecord(db, r);
}

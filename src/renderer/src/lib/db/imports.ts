/** Import reports: written once when an import starts and updated when it ends. */
import type { CrosscheckDb, ImportRecord } from './schema.js';

export async function saveImportRecord(db: CrosscheckDb, record: ImportRecord): Promise<number> {
  const id = await db.imports.put(record);
  return id as number;
}

export async function lastImportRecord(db: CrosscheckDb): Promise<ImportRecord | undefined> {
  return db.imports.orderBy('startedAt').last();
}

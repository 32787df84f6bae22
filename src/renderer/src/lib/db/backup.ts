/**
 * Workspace backup and restore over the Dexie database. Core writes and checks the file (core/backup); this module
 * gathers the tables and writes them back. Restore replaces the workspace in one transaction, after the whole file
 * has been checked, so a refused or failing restore leaves the database as it was.
 */
import { BACKUP_TABLE_NAMES, readBackup, writeBackup, type BackupTables } from '../../../../core/backup/index.js';
import { showAsImportedToday, type CrosscheckDb } from './schema.js';

/** Reads every backed-up table in one read transaction (a consistent snapshot) and writes the backup text. */
export async function exportWorkspace(db: CrosscheckDb, now: Date = new Date()): Promise<string> {
  const tables = BACKUP_TABLE_NAMES.map((name) => db.table(name));
  const data = await db.transaction('r', tables, async () => {
    const out = {} as Record<string, unknown[]>;
    for (const name of BACKUP_TABLE_NAMES) out[name] = await db.table(name).toArray();
    return out as unknown as BackupTables;
  });
  return writeBackup(data, now);
}

export type RestoreResult = { ok: true; counts: Record<string, number> } | { ok: false; error: string };

/**
 * Replaces the workspace with the backup's content. The search index is cleared too (it is rebuilt from the
 * articles); import history is kept. Resolves `{ ok: false }` with a message a checker can act on, touching nothing.
 */
export async function restoreWorkspace(db: CrosscheckDb, text: string): Promise<RestoreResult> {
  const read = readBackup(text);
  if (!read.ok) return read;
  const { tables } = read.backup;
  // A backup written before titles lost the outlet's ending restores them as the upgraded library shows them.
  for (const a of tables.articles) showAsImportedToday(a);
  const names = [...BACKUP_TABLE_NAMES, 'searchIndex'] as const;
  try {
    await db.transaction('rw', names.map((n) => db.table(n)), async () => {
      for (const name of names) await db.table(name).clear();
      for (const name of BACKUP_TABLE_NAMES) {
        const rows = tables[name] as unknown[];
        if (rows.length) await db.table(name).bulkAdd(rows);
      }
    });
  } catch (err) {
    return { ok: false, error: `The backup could not be restored (${err instanceof Error ? err.message : String(err)}). Nothing was changed.` };
  }
  return { ok: true, counts: read.backup.counts };
}

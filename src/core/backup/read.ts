// Reading a backup: everything is checked before anything is written, so a refused file touches nothing.
// Order of checks: JSON, format marker, version, schema, checksum, counts and keys.
import { Validator } from '@cfworker/json-schema';
import { backupChecksum, BACKUP_FORMAT, BACKUP_TABLE_NAMES, BACKUP_TABLES, BACKUP_VERSION, type WorkspaceBackup } from './format.js';
import { BACKUP_JSON_SCHEMA } from './schema.js';

export type BackupRead = { ok: true; backup: WorkspaceBackup } | { ok: false; error: string };

// @cfworker/json-schema evaluates schemas without eval or new Function, so it runs under the app's CSP.
let validator: Validator | null = null;
const schemaValidator = () => (validator ??= new Validator(BACKUP_JSON_SCHEMA as never, '2020-12', true));

const damaged = (why: string): BackupRead => ({ ok: false, error: `This backup is damaged and was not restored: ${why}. Nothing was changed.` });

export function readBackup(text: string): BackupRead {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, error: 'This file is not a Crosscheck backup, or it is damaged: it is not valid JSON (it may have been cut short). Nothing was changed.' };
  }
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>).format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This file is not a Crosscheck backup. Nothing was changed.' };
  }
  const version = (data as Record<string, unknown>).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return damaged('its format version is missing or not a whole number');
  if (version > BACKUP_VERSION) {
    return { ok: false, error: `This backup was written by a newer version of Crosscheck (backup format ${version}); this version reads format ${BACKUP_VERSION}. Update Crosscheck to restore it. Nothing was changed.` };
  }
  const result = schemaValidator().validate(data);
  if (!result.valid) {
    const first = result.errors.at(-1) ?? result.errors[0];
    return damaged(first ? `${first.instanceLocation.replace(/^#/, '') || 'the top level'}: ${first.error.replace(/\.+$/, '')}` : 'it does not match the backup format');
  }
  const backup = data as WorkspaceBackup;
  if (backupChecksum(backup.tables) !== backup.checksum) return damaged('its contents do not match its checksum');
  for (const name of BACKUP_TABLE_NAMES) {
    const rows = backup.tables[name] as unknown as Record<string, unknown>[];
    if (backup.counts[name] !== rows.length) return damaged(`it should hold ${backup.counts[name] ?? 0} ${name} but holds ${rows.length}`);
    const seen = new Set<unknown>();
    for (const row of rows) {
      const key = row[BACKUP_TABLES[name]];
      if (seen.has(key)) return damaged(`two ${name} share the key ${JSON.stringify(key)}`);
      seen.add(key);
    }
  }
  // The library's unique index on the content hash would refuse these halfway through the restore.
  const hashes = new Set(backup.tables.articles.map((a) => a.hash));
  if (hashes.size !== backup.tables.articles.length) return damaged('two articles have the same content hash');
  // References between tables (a case listing a deleted article) are not checked: the live database allows them,
  // and a backup must restore whatever the workspace held.
  return { ok: true, backup };
}

export { BACKUP_FORMAT, BACKUP_VERSION, BACKUP_TABLES, BACKUP_TABLE_NAMES, canonicalJson, backupChecksum, writeBackup } from './format.js';
export type { BackupTables, BackupTableName, WorkspaceBackup } from './format.js';
export { readBackup, type BackupRead } from './read.js';
export { BACKUP_JSON_SCHEMA } from './schema.js';

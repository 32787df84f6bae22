// A workspace backup: one JSON file with every table that holds the checker's work, versioned and checksummed.
// Written canonically (records sorted by key, object keys sorted), so exporting a restored workspace gives the
// same bytes. Core only writes and reads the format; the renderer gathers and restores the tables (lib/db/backup.ts).
import { sha256Hex } from '../text/hash.js';
import type { Annotation, Article, Case, Correction, Verdict } from '../model/index.js';

export const BACKUP_FORMAT = 'crosscheck-backup';
/** Raise when the format changes; readers refuse versions above the one they know. */
export const BACKUP_VERSION = 1;

/** Tables in the order they are written, each with its primary key. Import logs and the search index are left out (machine-local, rebuilt). */
export const BACKUP_TABLES = {
  articles: 'id',
  cases: 'id',
  analyses: 'caseId',
  layouts: 'caseId',
  annotations: 'id',
  corrections: 'id',
  verdicts: 'id',
  settings: 'key',
} as const;

export type BackupTableName = keyof typeof BACKUP_TABLES;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTableName[];

/** The renderer's records, as stored (extra fields are kept as they are). */
export interface BackupTables {
  articles: Article[];
  cases: Case[];
  analyses: { caseId: string; fingerprint: string; analysis: unknown; views?: unknown[]; at: string }[];
  layouts: { caseId: string }[];
  annotations: Annotation[];
  corrections: (Correction & { caseId: string })[];
  verdicts: Verdict[];
  settings: { key: string; value: unknown }[];
}

export interface WorkspaceBackup {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  counts: Record<BackupTableName, number>;
  /** `sha256:` + hex of the canonical JSON of `tables`. */
  checksum: string;
  tables: BackupTables;
}

/** JSON with object keys sorted at every level: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value).sort().flatMap((k) => {
    const v = (value as Record<string, unknown>)[k];
    return v === undefined || typeof v === 'function' ? [] : [`${JSON.stringify(k)}:${canonicalJson(v)}`];
  });
  return `{${entries.join(',')}}`;
}

const byKey = (field: string) => (a: object, b: object) => {
  const x = String((a as Record<string, unknown>)[field]);
  const y = String((b as Record<string, unknown>)[field]);
  return x < y ? -1 : x > y ? 1 : 0;
};

function sorted(tables: BackupTables): BackupTables {
  const out = {} as Record<BackupTableName, object[]>;
  for (const name of BACKUP_TABLE_NAMES) out[name] = [...(tables[name] as object[])].sort(byKey(BACKUP_TABLES[name]));
  return out as unknown as BackupTables;
}

/** Canonical JSON of the tables from each table's canonical rows (equal to `canonicalJson(tables)`, without redoing the rows). */
function canonicalTables(rows: Record<BackupTableName, string[]>): string {
  return `{${[...BACKUP_TABLE_NAMES].sort().map((n) => `${JSON.stringify(n)}:[${rows[n].join(',')}]`).join(',')}}`;
}

export function backupChecksum(tables: BackupTables): string {
  return `sha256:${sha256Hex(canonicalJson(tables))}`;
}

/** The backup file's text: a header line, then one record per line so a diff of two backups is readable. */
export function writeBackup(tables: BackupTables, createdAt: Date): string {
  const data = sorted(tables);
  const rows = Object.fromEntries(BACKUP_TABLE_NAMES.map((n) => [n, (data[n] as unknown[]).map(canonicalJson)])) as Record<BackupTableName, string[]>;
  const counts = Object.fromEntries(BACKUP_TABLE_NAMES.map((n) => [n, rows[n].length]));
  const checksum = `sha256:${sha256Hex(canonicalTables(rows))}`;
  const head = `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"createdAt":${JSON.stringify(createdAt.toISOString())},"counts":${canonicalJson(counts)},"checksum":${JSON.stringify(checksum)},"tables":{`;
  const body = BACKUP_TABLE_NAMES.map((n) => `${JSON.stringify(n)}:[${rows[n].length ? `\n${rows[n].join(',\n')}\n` : ''}]`);
  return `${head}\n${body.join(',\n')}\n}}\n`;
}

/** Save-dialog defaults from a SaveRequest: a safe file name and a filter that matches its extension. */
import { extname } from 'node:path';

/**
 * The renderer suggests a name; it must stay a bare file name (no folders, no `..`, no characters Windows rejects),
 * because it is joined onto the default folder.
 */
export function safeFileName(suggested: string): string {
  const cleaned = suggested
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 200);
  return cleaned.length > 0 ? cleaned : 'export';
}

const LABELS: Readonly<Record<string, string>> = {
  'application/json': 'JSON',
  'text/markdown': 'Markdown',
  'text/csv': 'CSV',
  'text/plain': 'Text',
  'text/html': 'HTML',
  'application/ld+json': 'JSON-LD',
};

export interface FileFilter {
  name: string;
  extensions: string[];
}

export function saveFilters(fileName: string, mime: string): FileFilter[] {
  const ext = extname(fileName).slice(1);
  const all = { name: 'All files', extensions: ['*'] };
  if (!ext) return [all];
  const label = LABELS[mime.split(';')[0]!.trim().toLowerCase()] ?? ext.toUpperCase();
  return [{ name: label, extensions: [ext] }, all];
}

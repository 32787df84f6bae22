/**
 * Bounds on what one file may cost to import. Each bound, when hit, ends that file with one line for the import
 * report ("DOCX expands to more than 200 MB; not imported") and the other files import normally.
 * Hosts may change any of them (ImportFileOptions.limits); the per-file time budget and the memory ceiling are
 * enforced outside the parser, by the worker pool (pool.ts), because only terminating a worker stops runaway code.
 */
import { fail } from './import-error.js';

export interface ImportLimits {
  /** Sum of the uncompressed sizes of a DOCX's parts, declared and actually inflated. */
  docxExpandedBytes: number;
  /** Parts (ZIP entries) in a DOCX. */
  docxEntries: number;
  /** Pages in a PDF. */
  pdfPages: number;
  /** Time spent reading a PDF's pages (checked between pages), in ms. */
  pdfMs: number;
  /** Element nesting in an HTML page (measured on the parsed tree, iteratively). */
  htmlDepth: number;
  /** Nesting of quotes, lists and brackets in Markdown. */
  markdownDepth: number;
  /** Characters of decoded text (txt, md, html). */
  textChars: number;
  /** Longest title kept; the whole title stays as the first body paragraph. */
  titleChars: number;
}

export const DEFAULT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  docxExpandedBytes: 200 * 1024 * 1024,
  docxEntries: 10_000,
  pdfPages: 2_000,
  pdfMs: 25_000,
  htmlDepth: 400,
  markdownDepth: 100,
  textChars: 20_000_000,
  titleChars: 300,
});

export function resolveLimits(partial?: Partial<ImportLimits>): ImportLimits {
  const out = { ...DEFAULT_LIMITS };
  if (!partial) return out;
  for (const [key, value] of Object.entries(partial ?? {})) {
    if (typeof value === 'number' && value > 0 && key in out) out[key as keyof ImportLimits] = value;
  }
  return out;
}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const count = (n: number) => n.toLocaleString('en-US');

/** The one line each bound gives. Kept together so the wording stays consistent (and tests can match it). */
export const LIMIT_MESSAGES = {
  docxExpanded: (limit: number) => `DOCX expands to more than ${mb(limit)}; not imported`,
  docxEntries: (n: number, limit: number) => `DOCX has ${count(n)} parts, more than ${count(limit)}; not imported`,
  pdfPages: (n: number, limit: number) => `PDF has ${count(n)} pages, more than ${count(limit)}; not imported`,
  pdfTime: (limit: number) => `PDF text took longer than ${Math.round(limit / 1000)} s to read; not imported`,
  htmlDepth: (limit: number) => `HTML nested more than ${count(limit)} levels deep; not imported`,
  markdownDepth: (limit: number) => `Markdown nested more than ${count(limit)} levels deep; not imported`,
  textChars: (n: number, limit: number) => `text too long (${(n / 1e6).toFixed(1)} million characters, more than ${limit / 1e6} million); not imported`,
} as const;

/** Refuses text over the character bound. */
export function checkTextSize(text: string, limits: ImportLimits): void {
  if (text.length > limits.textChars) fail(LIMIT_MESSAGES.textChars(text.length, limits.textChars));
}

// C0 and C1 controls, plus the bidirectional overrides and isolates that can make a title read differently from
// what it holds ("Trojan Source"). Metadata is one line: tabs and newlines become spaces first.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Metadata (title, outlet, author ...) as one clean line: control and bidi-override characters removed. */
export function cleanMetadata(value: string | null | undefined): string | null {
  if (value == null) return null;
  const t = value.replace(/[\t\n\r]+/g, ' ').replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  return t || null;
}

const C0_C1 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const C0_C1_ANY = new RegExp(C0_C1.source);

/** Body text: C0/C1 control characters other than tab and line breaks removed (they are never article text).
 * Bidi marks stay in the body: Arabic and Hebrew text uses them legitimately. */
export function stripControls(text: string): string {
  return C0_C1_ANY.test(text) ? text.replace(C0_C1, '') : text;
}

/** A metadata field other than the title (outlet, author) over `limit` characters is cut with "…". */
export function capField(value: string | null, limit = 200): string | null {
  return value !== null && value.length > limit ? `${value.slice(0, limit - 1).trimEnd()}…` : value;
}

/**
 * A title longer than the bound is cut at a word boundary (with "…"); the whole title is returned as `overflow`
 * so the caller keeps it as the first body paragraph. Nothing a source wrote is lost.
 */
export function capTitle(title: string, limit: number): { title: string; overflow: string | null } {
  if (title.length <= limit) return { title, overflow: null };
  const head = title.slice(0, limit - 1);
  const space = head.lastIndexOf(' ');
  const cut = (space > limit * 0.6 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/, '');
  return { title: `${cut}…`, overflow: title };
}

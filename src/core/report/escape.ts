// Escaping for every format a report is written in. Source text is hostile until escaped: a page titled
// `<img src=x onerror=…>` must stay text in every viewer. See docs/reports.md, "Escaping rules".
import { cleanLine } from './text.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * One line of source text as inert Markdown: `<` and `>` as entities (every Markdown flavour, including the original
 * Markdown.pl, decodes them to text and never reads them as HTML), `&` before something entity-shaped as `&amp;`,
 * and backslash escapes for the characters that start emphasis, code, links, strikethrough, math and table cells.
 * A leading list, heading or quote marker is escaped too. Newlines become spaces, so text cannot open a block.
 */
export function escapeMarkdown(text: string): string {
  const escaped = cleanLine(text)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#|~$]/g, '\\$&');
  return escaped.replace(/^([-+=]|\d+(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/**
 * The checker's own Markdown (an explanation, an evidence note), kept as Markdown but with raw HTML disabled:
 * every `<` becomes `&lt;`, which renders as the character it was.
 */
export function escapeMarkdownHtml(markdown: string): string {
  return markdown.replace(/\r\n?/g, '\n').replace(/</g, '&lt;');
}

/** A link target a report may make clickable: absolute http(s) only, no spaces or quote characters. */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  return /^https?:\/\/[^\s<>"'`\\]+$/i.test(trimmed) ? trimmed : null;
}

/** Spreadsheet programs run cells starting with these as formulas (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): numbers as they are; text neutralised against formula injection by a leading
 * apostrophe, then quoted with inner quotes doubled.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

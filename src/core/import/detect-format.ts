import type { ArticleFormat } from '../model/index.js';

/** Bytes as Latin-1 characters (one char per byte), built a chunk at a time rather than a character at a time. */
const ascii = (bytes: Uint8Array, from: number, to: number) => {
  const end = Math.min(to, bytes.length);
  let s = '';
  for (let i = from; i < end; i += 1024) s += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + 1024)) as unknown as number[]);
  return s;
};

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

export function isPdf(bytes: Uint8Array): boolean {
  // The PDF spec allows junk before the header; readers look in the first 1 KB (scanned as bytes, no string built).
  const end = Math.min(bytes.length, 1024) - 5;
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/** ZIP entry names are stored as plain bytes in the local headers and the central directory. */
function zipHasWordDocument(bytes: Uint8Array): boolean {
  const needle = 'word/document.xml';
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

const HTML_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b/i;

/** Extensions of article files we read. Any other extension is refused unless the bytes are PDF, DOCX or an HTML document. */
export const ARTICLE_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'pdf', 'docx']);

/** Lower-case extension without the dot ('' when the name has none; dotfiles like `.notes` count as no extension). */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  // Purely numeric tails ("report 3.5", "notes.2024") are part of the name, not a file type.
  const ext = base.toLowerCase().match(/.\.([a-z0-9]{1,10})$/)?.[1] ?? '';
  return /[a-z]/.test(ext) ? ext : '';
}

/** An HTML document by its own preamble (the text-format equivalent of a magic number). */
export function hasHtmlPreamble(bytes: Uint8Array, head = ascii(bytes, 0, 4096)): boolean {
  return HTML_START.test(head.replace(/^\u00ef\u00bb\u00bf/, ''));
}
const HTML_TAGS = /<(p|div|br|a|span|h[1-6]|article|section|script|table|li|img)\b[^>]*>/gi;

/** HTML by content: a document preamble, or prose with many block/inline tags (a fragment saved as .txt). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head.replace(/^\uFEFF/, ''))) return true;
  const tags = head.match(HTML_TAGS)?.length ?? 0;
  return tags >= 5 && tags * 40 > head.length / 4;
}

const MD_SIGNS = /^(---\n[\s\S]*?\n---\n|#{1,6} \S)|\]\([^)\s]+\)|^\s*[-*] \S|\*\*\S/m;

/**
 * The real format from the bytes, the name only as a tie-break between text flavours.
 * Returns null for binary data none of the importers can read (including a ZIP without a Word document) and for text
 * files whose extension is not an article format (see ARTICLE_EXTENSIONS); PDF, DOCX and an HTML preamble win over any extension.
 */
export function detectFormat(bytes: Uint8Array, name: string): ArticleFormat | null {
  if (isPdf(bytes)) return 'pdf';
  if (isZip(bytes)) return zipHasWordDocument(bytes) ? 'docx' : null;
  if (looksBinary(bytes)) return null;
  const ext = extensionOf(name);
  // Both HTML tests need a "<" in the first 4 KB: without one, a .md or .txt name decides before the head is built.
  if ((ext === 'md' || ext === 'markdown' || ext === 'txt' || ext === 'text') && !hasByte(bytes, 0x3c, 4096)) return ext === 'md' || ext === 'markdown' ? 'md' : 'txt';
  const head = ascii(bytes, 0, 4096);
  if (hasHtmlPreamble(bytes, head)) return 'html';
  // Data and code files (.json, .csv, .xml, .js ...) are text too, but not articles.
  if (ext && !ARTICLE_EXTENSIONS.has(ext)) return null;
  if (looksLikeHtml(head)) return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return /<[a-z]/i.test(head) ? 'html' : 'txt';
  return MD_SIGNS.test(head.replace(/\r\n/g, '\n')) ? 'md' : 'txt';
}

/** Whether `byte` occurs in the first `n` bytes. */
function hasByte(bytes: Uint8Array, byte: number, n: number): boolean {
  return bytes.subarray(0, n).indexOf(byte) >= 0;
}

/** Binary if NUL bytes or many control bytes, unless it starts with a UTF-16 byte-order mark (NULs are normal there). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.02;
}

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['gzip archive', [0x1f, 0x8b]],
  ['legacy Word/Office document (.doc)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

/** Name of a well-known binary format, for a more helpful "unsupported format" line. */
export function knownBinaryKind(bytes: Uint8Array): string | null {
  for (const [label, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return label;
  return null;
}

import type { Extracted } from './article-record.js';
import { fail, oneLine } from './import-error.js';
import { domainOutlet } from './metadata.js';
import { pdfConfig, loadPdfjs } from './pdf-config.js';
import { itemsToLines, linesToParagraphs, runningFurniture, type PdfLine } from './pdf-lines.js';
import { cleanText } from './cleanup/index.js';
import { DEFAULT_LIMITS, LIMIT_MESSAGES, type ImportLimits } from './limits.js';

export { configurePdf, type PdfConfig } from './pdf-config.js';

/** PDF producers fill Title/Author with file names and account names; those are not article metadata. */
const JUNK_TITLE = /^(microsoft (word|powerpoint|excel) - |untitled|document\d*$|slide \d)|\.(exe|docx?|pdf|rtf|odt|txt|html?|indd|qxd|tmp)$/i;
const JUNK_AUTHOR = /^(administrator|admin|user|owner|unknown|author|default|guest|customer|windows user|microsoft office user|supreme)$/i;

/** PDF date "D:20180611180829Z" / "D:20090401233925-07'00'" -> ISO 8601. */
export function pdfDate(raw: unknown): string | null {
  const m = typeof raw === 'string' ? raw.match(/(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(Z|[+-]\d{2}'?\d{2}'?)?/) : null;
  if (!m) return null;
  const [, y, mo = '01', d = '01', h, mi = '00', s = '00', tz] = m;
  if (!h) return `${y}-${mo}-${d}`;
  const off = tz && tz !== 'Z' ? tz.replace(/'/g, '') : '+0000';
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${off.slice(0, 3)}:${off.slice(3, 5)}`;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? `${y}-${mo}-${d}` : new Date(t).toISOString().replace('.000Z', 'Z');
}

/** "Headline - Site" (browser print titles) -> headline and site, when the last part is a short name. */
export function splitSiteTitle(title: string): { title: string; site: string | null } {
  const m = title.match(/^(.{3,}?)\s+[-|–—]\s+([^-|–—]{2,40})$/);
  if (m && m[2].trim().split(/\s+/).length <= 3) return { title: m[1].trim(), site: m[2].trim() };
  return { title, site: null };
}

/** First lines of page 1 in the largest font: the visible heading (may wrap over two lines). */
function headingFromLines(lines: PdfLine[]): string | null {
  const first = lines.filter((l) => l.page === 1).slice(0, 30);
  if (!first.length) return null;
  const max = Math.max(...first.map((l) => l.height));
  const start = first.findIndex((l) => l.height >= max * 0.95);
  const parts: string[] = [];
  for (let i = start; i < first.length && first[i].height >= max * 0.95 && parts.length < 3; i++) parts.push(first[i].text);
  const t = parts.join(' ').trim();
  return t.length >= 4 && t.length <= 250 && max > 1.2 * median(first.map((l) => l.height)) ? t : null;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function importPdf(bytes: Uint8Array, password?: string, limits: ImportLimits = DEFAULT_LIMITS): Promise<Extracted> {
  const pdfjs = await loadPdfjs();
  // pdf.js detaches the buffer it is given: pass a copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    password,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    ...(pdfConfig.standardFontDataUrl ? { standardFontDataUrl: pdfConfig.standardFontDataUrl } : {}),
    ...(pdfConfig.cMapUrl ? { cMapUrl: pdfConfig.cMapUrl, cMapPacked: true } : {}),
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      const name = (e as { name?: string }).name;
      if (name === 'PasswordException') return fail(password ? 'password-protected PDF (wrong password)' : 'password-protected PDF');
      // Only pdf.js's format errors mean a broken file; anything else (e.g. worker setup) is a host problem.
      if (!name || /InvalidPDF|FormatError|MissingPDF|UnknownError|ResponseException/.test(name)) return fail(`corrupt PDF: ${oneLine(e)}`);
      return fail(`could not read PDF: ${oneLine(e)}`);
    }
    if (doc.numPages > limits.pdfPages) return fail(LIMIT_MESSAGES.pdfPages(doc.numPages, limits.pdfPages));
    const lines: PdfLine[] = [];
    const started = Date.now();
    for (let p = 1; p <= doc.numPages; p++) {
      if (Date.now() - started > limits.pdfMs) return fail(LIMIT_MESSAGES.pdfTime(limits.pdfMs));
      try {
        const page = await doc.getPage(p);
        const content = await page.getTextContent();
        lines.push(...itemsToLines(content.items as never, p));
        page.cleanup();
      } catch {
        /* a damaged page: keep what the other pages give */
      }
    }
    if (!lines.some((l) => /\p{L}{2}/u.test(l.text))) return fail('scanned/image-only PDF, no text');
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const furniture = runningFurniture(lines, doc.numPages);
    const body = lines.filter((l) => !furniture.has(l.text));
    let title = typeof info.Title === 'string' && !JUNK_TITLE.test(info.Title.trim()) ? info.Title.trim() || null : null;
    let outlet: string | null = null;
    if (title) ({ title, site: outlet } = splitSiteTitle(title));
    title ??= headingFromLines(body);
    const clean = cleanText(linesToParagraphs(body).join('\n\n'), title);
    const author = typeof info.Author === 'string' && !JUNK_AUTHOR.test(info.Author.trim()) ? info.Author.trim() : null;
    return {
      format: 'pdf',
      title: clean.title,
      paragraphs: clean.paragraphs,
      removed: [...furniture, ...clean.removed],
      author,
      outlet: outlet ?? (typeof info.Creator === 'string' && / (Center|Centre|News|Times|Post|Magazine|Journal)$/.test(info.Creator) ? info.Creator : null) ?? domainOutlet(null),
      published: pdfDate(info.CreationDate),
      language: typeof info.Language === 'string' ? info.Language : null,
    };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

import { DEFAULT_MAX_BYTES, type Article, type ImportFailure, type ImportInput, type ImportOptions, type ImportOutcome } from '../model/index.js';
import { buildArticle, type Extracted } from './article-record.js';
import { decodeText, loadIconv } from './decode-text.js';
import { ARTICLE_EXTENSIONS, detectFormat, extensionOf, isPdf, isZip, knownBinaryKind, looksBinary } from './detect-format.js';
import { importDocx } from './docx.js';
import { importHtml } from './html.js';
import { ImportError, fail, formatMb, oneLine } from './import-error.js';
import { importMarkdown } from './markdown.js';
import { importPdf } from './pdf.js';
import { importPlainText } from './plain-text.js';
import { checkTextSize, resolveLimits, type ImportLimits } from './limits.js';

export { detectFormat } from './detect-format.js';
export { notAnArticle } from './not-article.js';
export { configurePdf, type PdfConfig } from './pdf.js';
export { cleanText, type CleanText } from './cleanup/index.js';
export { DEFAULT_LIMITS, LIMIT_MESSAGES, type ImportLimits } from './limits.js';

/** Extra, optional import settings (additive to the shared ImportOptions). */
export interface ImportExtras {
  /** Password for an encrypted PDF, asked per file (e.g. from a prompt). */
  pdfPassword?: (input: ImportInput) => string | undefined;
  /** Bounds on expanded size, pages, depth, text length and title length (defaults: DEFAULT_LIMITS). */
  limits?: Partial<ImportLimits>;
}
export type ImportFileOptions = ImportOptions & ImportExtras;

async function extract(input: ImportInput, options: ImportFileOptions, limits: ImportLimits): Promise<Extracted> {
  const { bytes } = input;
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) return fail(`file too large (${formatMb(bytes.length)} > ${formatMb(max)} limit)`);
  if (bytes.length === 0) return fail('empty file');
  const format = detectFormat(bytes, input.name);
  if (format === 'pdf') return importPdf(bytes, options.pdfPassword?.(input), limits);
  if (format === 'docx') return importDocx(bytes, limits);
  if (isZip(bytes)) return fail('not a Word document (ZIP without word/document.xml)');
  if (format === null) {
    const ext = extensionOf(input.name);
    if (ext && !ARTICLE_EXTENSIONS.has(ext)) return fail(`unsupported file type (.${ext})`);
    const kind = knownBinaryKind(bytes);
    if (kind) return fail(`unsupported format (${kind})`);
    if (/\.(pdf)$/i.test(input.name) && !isPdf(bytes)) return fail('corrupt PDF: no PDF header');
    if (/\.(docx)$/i.test(input.name)) return fail('not a Word document (not a ZIP file)');
    return fail(looksBinary(bytes) ? 'binary data, not text' : 'unrecognised format');
  }
  await loadIconv();
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) return fail('empty file');
  if (text.includes('\u0000')) return fail('binary data, not text');
  checkTextSize(text, limits);
  if (format === 'html') return importHtml(text, encoding, limits);
  if (format === 'md') return importMarkdown(text, encoding, limits);
  return importPlainText(text, encoding);
}

/** One file -> article or a one-line failure. Never throws: library errors become "corrupt ..." / "could not read" lines. */
export async function importFile(input: ImportInput, options: ImportFileOptions = {}): Promise<ImportOutcome> {
  const path = input?.path ?? input?.name ?? '(unknown)';
  try {
    const limits = resolveLimits(options.limits);
    const extracted = await extract(input, options, limits);
    if (!extracted.paragraphs.length) return { ok: false, failure: { path, message: 'no article text found' } };
    const now = options.now?.() ?? new Date();
    const article = buildArticle(input, extracted, now, limits.titleChars);
    // Paragraphs of control characters only are empty once those are stripped.
    if (!article.paragraphs.length) return { ok: false, failure: { path, message: 'no article text found' } };
    return { ok: true, article };
  } catch (e) {
    const message = e instanceof ImportError ? e.message : `could not read file: ${oneLine(e)}`;
    return { ok: false, failure: { path, message } };
  }
}

/** A batch: one outcome per file (reported through onOutcome as it happens), same-content files folded by hash. */
export async function importFiles(
  inputs: Iterable<ImportInput> | AsyncIterable<ImportInput>,
  options: ImportFileOptions & { onOutcome?: (o: ImportOutcome) => void } = {},
): Promise<{ articles: Article[]; duplicates: { path: string; of: string }[]; failures: ImportFailure[] }> {
  const articles: Article[] = [];
  const duplicates: { path: string; of: string }[] = [];
  const failures: ImportFailure[] = [];
  const byHash = new Map<string, string>();
  for await (const input of inputs) {
    const outcome = await importFile(input, options);
    try {
      options.onOutcome?.(outcome);
    } catch {
      /* a host callback error must not stop the batch */
    }
    if (!outcome.ok) {
      failures.push(outcome.failure);
      continue;
    }
    const first = byHash.get(outcome.article.hash);
    if (first !== undefined) duplicates.push({ path: outcome.article.path, of: first });
    else {
      byHash.set(outcome.article.hash, outcome.article.path);
      articles.push(outcome.article);
    }
  }
  return { articles, duplicates, failures };
}

export {
  WorkerPool, DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIME_BUDGET_MS, POOL_MESSAGES,
  type PoolRun, type PoolRunSummary, type PoolTimers, type PoolWorker, type PoolWorkerEvents, type WorkerFactory, type WorkerPoolOptions, type WorkerSettings,
} from './pool.js';

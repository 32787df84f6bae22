import type { Article, ArticleFormat, ImportInput } from '../model/index.js';
import { countWords, guessLanguage, normaliseForHash, sha256Hex } from '../text/index.js';

/** What a format importer produces before the shared record fields are filled in. */
export interface Extracted {
  format: ArticleFormat;
  title: string | null;
  paragraphs: string[];
  outlet?: string | null;
  author?: string | null;
  published?: string | null;
  language?: string | null;
  encoding?: string | null;
  removed?: string[];
}

const tidy = (s: string | null | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** Published dates arrive in many shapes (meta tags, JSON-LD, PDF, core.xml): keep ISO 8601, convert the rest or drop it. */
export function isoDate(raw: string | null | undefined): string | null {
  const t = tidy(raw);
  if (!t) return null;
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return t.replace(' ', 'T').replace(/\s+/g, '');
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Title when nothing better exists: the file name without extension, underscores and dashes as spaces. */
export function titleFromName(name: string): string {
  return name.replace(/\.[a-z0-9]{1,6}$/i, '').replace(/[_]+/g, ' ').trim() || name;
}

export function buildArticle(input: ImportInput, x: Extracted, now: Date): Article {
  const paragraphs = x.paragraphs.map((p) => p.replace(/[ \t]+/g, ' ').trim()).filter(Boolean);
  const title = tidy(x.title) ?? titleFromName(input.name);
  const text = paragraphs.join('\n\n');
  const hash = sha256Hex(normaliseForHash(title) + '\n' + normaliseForHash(text));
  return {
    id: hash.slice(0, 16),
    hash,
    fileName: input.name,
    path: input.path,
    format: x.format,
    title,
    outlet: tidy(x.outlet),
    author: tidy(x.author),
    published: isoDate(x.published),
    language: tidy(x.language)?.toLowerCase().split(/[-_]/)[0] ?? guessLanguage(text),
    paragraphs,
    text,
    words: countWords(text),
    importedAt: now.toISOString(),
    bytes: input.bytes.length,
    encoding: x.encoding ?? null,
    removed: x.removed ?? [],
  };
}

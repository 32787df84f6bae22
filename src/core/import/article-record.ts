import type { Article, ArticleFormat, ImportInput } from '../model/index.js';
import { countWords, guessLanguage, normaliseForHash, sha256Hex } from '../text/index.js';
import { capField, capTitle, cleanMetadata, DEFAULT_LIMITS, stripControls } from './limits.js';
import { authorName } from './cleanup/author-name.js';
import { outletFromFileName } from './outlet-from-name.js';
import { siteNameWithoutTagline, titleWithoutOutlet } from './outlet-suffix.js';

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

/** Metadata as one line without control or bidi-override characters. */
const tidy = cleanMetadata;

/** Controls out, runs of spaces and tabs as one space, trimmed; each pass only when the paragraph needs it. */
function tidyParagraph(p: string): string {
  const t = stripControls(p);
  return (SPACE_RUN.test(t) ? t.replace(/[ \t]+/g, ' ') : t).trim();
}
const SPACE_RUN = /[ \t]{2}|\t/;

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

export function buildArticle(input: ImportInput, x: Extracted, now: Date, titleChars = DEFAULT_LIMITS.titleChars): Article {
  let paragraphs = x.paragraphs.map(tidyParagraph).filter(Boolean);
  const inferred: NonNullable<Article['inferred']> = {};
  const stated = tidy(x.title);
  if (!stated) inferred.title = 'file name';
  // An overlong title is cut for display; the whole of it stays in the body as its first paragraph.
  const capped = capTitle(stated ?? cleanMetadata(titleFromName(input.name)) ?? 'untitled', titleChars);
  const title = capped.title;
  if (capped.overflow && paragraphs[0] !== capped.overflow) paragraphs = [capped.overflow, ...paragraphs];
  const text = paragraphs.join('\n\n');
  // The hash is of the title as the file states it: a library imported before keeps recognising its files.
  const hash = sha256Hex(normaliseForHash(title) + '\n' + normaliseForHash(text));
  const statedOutlet = capField(tidy(x.outlet));
  let outlet = statedOutlet && siteNameWithoutTagline(statedOutlet);
  if (!outlet) {
    outlet = capField(outletFromFileName(input.name));
    if (outlet) inferred.outlet = 'file name';
  }
  const article: Article = {
    id: hash.slice(0, 16),
    hash,
    fileName: input.name,
    path: input.path,
    format: x.format,
    // Shown without a last part that repeats the outlet ("Headline - Daily Ledger"); decision 0056.
    title: stated && !capped.overflow ? titleWithoutOutlet(title, [statedOutlet, outlet]) : title,
    outlet,
    author: capField(tidy(authorName(x.author))),
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
  if (Object.keys(inferred).length) article.inferred = inferred;
  return article;
}

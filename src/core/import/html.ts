import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Extracted } from './article-record.js';
import { authorName, cleanText } from './cleanup/index.js';
import { filterParagraphs } from './html-furniture.js';
import { domToParagraphs, elementDepth } from './html-blocks.js';
import { scanHtmlDepth } from './html-depth.js';
import { fail } from './import-error.js';
import { DEFAULT_LIMITS, LIMIT_MESSAGES, type ImportLimits } from './limits.js';
import { readPageMeta } from './metadata.js';

type Doc = ReturnType<typeof parseHTML>['document'];

function parse(html: string): Doc {
  // linkedom needs a root element to build <html>; fragments saved as .html are wrapped.
  const wrap = () => parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
  if (!/<html[\s>]/i.test(html)) return wrap();
  const doc = parseHTML(html).document;
  // A damaged page ("<html" somewhere but no usable root, e.g. a byte flipped in the opening tag) is read as a fragment.
  return doc.documentElement && doc.body ? doc : wrap();
}

/** Too little text: Readability picked a teaser or a caption block instead of the article. */
const tooShort = (paragraphs: string[]) => paragraphs.join(' ').length < 250;

/** HTML: Readability over linkedom for the main content, then our furniture filter; metadata from meta tags and JSON-LD. */
export function importHtml(html: string, encoding: string | null, limits: ImportLimits = DEFAULT_LIMITS): Extracted {
  // Far past the bound is refused before parsing: building the DOM costs the square of the depth (see html-depth.ts).
  const far = limits.htmlDepth * 4;
  if (scanHtmlDepth(html, far) > far) fail(LIMIT_MESSAGES.htmlDepth(limits.htmlDepth));
  const doc = parse(html);
  // linkedom parses any depth without recursion, but Readability's scoring grows steeply with depth (3,000 levels:
  // minutes). Real pages stay far below the bound (the corpus's deepest page: 38 levels).
  if (doc.documentElement && elementDepth(doc.documentElement as never, limits.htmlDepth) > limits.htmlDepth) fail(LIMIT_MESSAGES.htmlDepth(limits.htmlDepth));
  const meta = readPageMeta(doc as never);
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  // The serializer hands back the content element itself, so we walk it instead of re-parsing serialised HTML.
  let result: ReturnType<Readability<unknown>['parse']> | null = null;
  try {
    result = new Readability<unknown>(doc as never, { serializer: (el: unknown) => el, charThreshold: 400 } as never).parse();
  } catch {
    result = null;
  }
  const title = result?.title?.trim() || meta.title || h1;
  let paragraphs = result?.content ? domToParagraphs(result.content as never) : [];
  let removed: string[] = [];
  if (tooShort(paragraphs)) {
    // Fall back to the whole page text through the plain-text furniture rules.
    const fresh = parse(html);
    const text = domToParagraphs(fresh.body as never).join('\n\n');
    const clean = cleanText(text, title);
    if (clean.paragraphs.join(' ').length > paragraphs.join(' ').length) [paragraphs, removed] = [clean.paragraphs, clean.removed];
  }
  const filtered = filterParagraphs(paragraphs, title);
  return {
    format: 'html',
    title,
    paragraphs: filtered.kept,
    removed: [...removed, ...filtered.removed],
    outlet: result?.siteName?.trim() || meta.outlet,
    author: authorName(result?.byline) ?? authorName(meta.author),
    published: result?.publishedTime?.trim() || meta.published,
    language: result?.lang || meta.lang,
    encoding,
  };
}

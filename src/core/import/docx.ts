import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import type { Extracted } from './article-record.js';
import { fail, oneLine } from './import-error.js';
import { domToParagraphs } from './html-blocks.js';
import { cleanText } from './cleanup/index.js';
import { isHeadlineLike } from './cleanup/title.js';
import { DEFAULT_LIMITS, type ImportLimits } from './limits.js';
import { checkDocxBounds } from './zip-guard.js';

interface CoreProps {
  title: string | null;
  creator: string | null;
  created: string | null;
  language: string | null;
}

const xmlText = (xml: string, tag: string) => {
  const m = xml.match(new RegExp(`<${tag}\\b[^>]*>([^<]*)</${tag}>`));
  const v = m?.[1]?.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").trim();
  return v || null;
};

async function coreProps(zip: JSZip): Promise<CoreProps> {
  const xml = (await zip.file('docProps/core.xml')?.async('string').catch(() => null)) ?? '';
  return { title: xmlText(xml, 'dc:title'), creator: xmlText(xml, 'dc:creator'), created: xmlText(xml, 'dcterms:created'), language: xmlText(xml, 'dc:language') };
}

/** Table-of-contents entries: text running straight into a page number ("What is docx4j?4"). */
const isTocEntry = (p: string) => p.length < 150 && /\D\s*\d{1,3}$/.test(p) && !/\s\d{4}$/.test(p);

function dropToc(paragraphs: string[], removed: string[]): string[] {
  const toc = paragraphs.map(isTocEntry);
  return paragraphs.filter((p, i) => {
    const inRun = toc[i] && ((toc[i - 1] && toc[i - 2]) || (toc[i + 1] && toc[i + 2]) || (toc[i - 1] && toc[i + 1]));
    const heading = /^(contents|table of contents|inhalt|sommaire|содержание)$/i.test(p) && toc[i + 1];
    if (inRun || heading) removed.push(p);
    return !(inRun || heading);
  });
}

/** DOCX: mammoth's HTML (images dropped, so no data: URIs) -> paragraphs; title/author/date from docProps/core.xml. */
export async function importDocx(bytes: Uint8Array, limits: ImportLimits = DEFAULT_LIMITS): Promise<Extracted> {
  // Before JSZip inflates anything: part count and expanded size, from the directory and by streaming inflate.
  checkDocxBounds(bytes, limits);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    return fail(`corrupt Word document: ${oneLine(e)}`);
  }
  if (!zip.file('word/document.xml') && !Object.keys(zip.files).some((f) => /^word\/document\d*\.xml$/.test(f))) {
    return fail('not a Word document (ZIP without word/document.xml)');
  }
  const props = await coreProps(zip);
  let html: string;
  try {
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { arrayBuffer: ab, buffer: bytes } as never,
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) } as never,
    );
    html = result.value;
  } catch (e) {
    return fail(`corrupt Word document: ${oneLine(e)}`);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const heading = document.querySelector('h1')?.textContent?.trim() || null;
  const removed: string[] = [];
  // mammoth appends a "↑" back-link to each footnote; it is navigation, not text.
  let paragraphs = dropToc(domToParagraphs(document.body as never).map((p) => p.replace(/\s*↑$/, '')).filter(Boolean), removed);
  if (!paragraphs.length) return fail('empty document (no text)');
  // Title: core property, else the first heading when it opens the document, else a short first line.
  let title = props.title;
  if (!title && paragraphs.length > 1 && isHeadlineLike(paragraphs[0])) title = paragraphs[0];
  if (!title && heading && paragraphs.slice(0, 3).includes(heading)) title = heading;
  if (title && paragraphs[0] === title) paragraphs = paragraphs.slice(1);
  const clean = cleanText(paragraphs.join('\n\n'), title, false);
  return {
    format: 'docx',
    title: clean.title ?? title,
    paragraphs: clean.paragraphs,
    removed: [...removed, ...clean.removed],
    // A byline printed in the document names the writers; core `creator` is often just whoever made the file.
    author: clean.byline ?? props.creator,
    published: props.created,
    language: props.language && /^[a-z]{2}(-|$)/i.test(props.language) ? props.language : null,
  };
}

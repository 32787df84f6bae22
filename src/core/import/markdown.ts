import type { Extracted } from './article-record.js';
import { cleanText, outletFromStaffByline } from './cleanup/index.js';

interface FrontMatter {
  title?: string;
  author?: string;
  date?: string;
  outlet?: string;
}

/** YAML front matter: only flat `key: value` lines are needed for title/author/date. */
function splitFrontMatter(text: string): { meta: FrontMatter; body: string } {
  const m = text.match(/^\uFEFF?---\r?\n([\s\S]*?)\r?\n(---|\.\.\.)\r?\n/);
  if (!m) return { meta: {}, body: text };
  const meta: FrontMatter = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = line.match(/^(\w+)\s*:\s*(.*)$/);
    if (!kv) continue;
    const value = kv[2].trim().replace(/^["']|["']$/g, '');
    const key = kv[1].toLowerCase();
    if (key === 'title') meta.title = value;
    else if (key === 'author' || key === 'authors' || key === 'byline') meta.author = value;
    else if (key === 'date' || key === 'published' || key === 'pubdate' || key === 'published_at' || key === 'date_published') meta.date = value;
    else if (['outlet', 'site', 'site_name', 'sitename', 'publisher', 'publication', 'source'].includes(key) && !/^https?:/i.test(value)) meta.outlet ??= value;
  }
  return { meta, body: text.slice(m[0].length) };
}

/** Markdown markup -> plain text lines (block structure kept so the cleanup sees the same blocks). */
export function stripMarkdown(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, (b) => b.replace(/```\w*/g, ''))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^\s*\[[^\]]+\]:\s+\S+.*$/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '$1')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*([-*_]\s*){3,}$/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

export function importMarkdown(text: string, encoding: string): Extracted {
  const { meta, body } = splitFrontMatter(text);
  const firstHeading = body.match(/^\s{0,3}#\s+(.+?)\s*#*\s*$/m)?.[1] ?? null;
  const knownTitle = meta.title ?? (firstHeading ? stripMarkdown(firstHeading).trim() : null);
  const clean = cleanText(stripMarkdown(body), knownTitle);
  // A heading equal to the title is the title, not a body paragraph.
  const paragraphs = clean.paragraphs.filter((p, i) => !(i === 0 && p === clean.title));
  return {
    format: 'md',
    title: clean.title,
    paragraphs,
    author: meta.author ?? clean.byline,
    outlet: meta.outlet || clean.outlet || outletFromStaffByline(meta.author ?? clean.byline),
    published: meta.date || clean.published,
    removed: clean.removed,
    encoding,
  };
}

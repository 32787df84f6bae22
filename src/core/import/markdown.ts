import type { Extracted } from './article-record.js';
import { cleanText, outletFromStaffByline } from './cleanup/index.js';
import { fail } from './import-error.js';
import { DEFAULT_LIMITS, LIMIT_MESSAGES, type ImportLimits } from './limits.js';

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

/** "Title ##" -> "Title": closing hashes (after a space) and trailing blanks, without a backtracking regex. */
function trimHeading(line: string): string {
  let t = line.trimEnd();
  let e = t.length;
  while (e > 0 && t[e - 1] === '#') e--;
  if (e < t.length && (e === 0 || t[e - 1] === ' ' || t[e - 1] === '\t')) t = t.slice(0, e).trimEnd();
  return t;
}

/** HTML comments removed with indexOf (a lazy regex rescans the rest of the file for each unclosed "<!--"). */
function dropComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(from, open);
    from = close + 3;
  }
  return out + text.slice(from);
}

/**
 * Markdown markup -> plain text lines (block structure kept so the cleanup sees the same blocks).
 * Every pattern is bounded or anchored to one line, so no input (unclosed brackets, million-character lines,
 * a file of blank lines) can make a pattern rescan the text from every position. Link text and tags also stop at
 * the next opening `[` or `<`: a bound alone still let a line of 200,000 `[` cost 500 steps per character (seconds).
 */
export function stripMarkdown(md: string): string {
  let t = dropComments(md.includes('```') ? md.replace(/```\w*/g, '') : md);
  // Each pass runs only when the text holds a character sequence every match of it needs (a plain article has
  // no code fences, references, images or HTML: most passes were full scans that changed nothing).
  if (t.includes(']:')) t = t.replace(/^[ \t]*\[[^\]\n]{1,500}\]:[ \t]+\S+.*$/gm, '');
  if (t.includes('![')) t = t.replace(/!\[[^[\]]{0,500}\]\([^)]{0,2000}\)/g, '');
  if (t.includes('](')) t = t.replace(/\[([^[\]]{1,500})\]\([^)]{0,2000}\)/g, '$1');
  if (t.includes('][')) t = t.replace(/\[([^[\]]{1,500})\]\[[^[\]]{0,500}\]/g, '$1');
  if (t.includes('<')) t = t.replace(/<\/?[a-z][^<>]{0,1000}>/gi, '');
  if (t.includes('#')) t = t.replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*)$/gm, (_, heading: string) => trimHeading(heading));
  if (t.includes('>')) t = t.replace(/^[ \t]{0,3}>[ \t]?/gm, '');
  t = t.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/gm, '').replace(/^[ \t]*([-*_][ \t]*){3,}$/gm, '');
  if (t.includes('**') || t.includes('__')) t = t.replace(/(\*\*|__)(.+?)\1/g, '$2');
  if (t.includes('*') || t.includes('_')) t = t.replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2');
  if (t.includes('`')) t = t.replace(/`([^`\n]+)`/g, '$1');
  return t.includes('\\') ? t.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1') : t;
}

/** Deepest nesting of block quotes, list indentation and brackets on any line (iterative, stops past `cap`). */
export function markdownDepth(text: string, cap: number): number {
  let max = 0;
  let line = 0; // quote/list depth at the start of the current line
  let brackets = 0;
  let atStart = true;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // Plain assignments (a destructured array here was built for every line).
      line = 0;
      brackets = 0;
      atStart = true;
      spaces = 0;
      continue;
    }
    if (atStart) {
      if (c === 62 /* > */) line++;
      else if (c === 32 || c === 9) spaces += c === 9 ? 4 : 1;
      else {
        atStart = false;
        // List items nest by indentation (two spaces or more per level).
        if ((c === 45 || c === 42 || c === 43) && text.charCodeAt(i + 1) === 32) line += Math.floor(spaces / 2);
      }
    }
    if (c === 91 || c === 40) brackets++;
    else if ((c === 93 || c === 41) && brackets > 0) brackets--;
    const depth = line + brackets;
    if (depth > max) {
      max = depth;
      if (max > cap) return max;
    }
  }
  return max;
}

/** The first "# " heading line's text (a line scan, no lazy regex over the file). */
function firstHeading(body: string): string | null {
  for (const raw of body.split('\n')) {
    const m = /^[ \t]{0,3}#[ \t]+/.exec(raw);
    if (m) {
      const t = trimHeading(raw.slice(m[0].length).replace(/\r$/, ''));
      if (t) return t;
    }
  }
  return null;
}

export function importMarkdown(text: string, encoding: string, limits: ImportLimits = DEFAULT_LIMITS): Extracted {
  if (markdownDepth(text, limits.markdownDepth) > limits.markdownDepth) fail(LIMIT_MESSAGES.markdownDepth(limits.markdownDepth));
  const { meta, body } = splitFrontMatter(text);
  const heading = firstHeading(body);
  const knownTitle = meta.title ?? (heading ? stripMarkdown(heading).trim() : null);
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

import type { Unit } from './units.js';

/**
 * Page furniture recognised by wording. These are phrases web page chrome uses on any site (navigation, share bars,
 * search widgets, sign-up prompts); they are matched against whole short lines only, so an article sentence that
 * happens to contain "subscribe" is never touched.
 */
const EXACT = [
  'accessibility links', 'skip to content', 'skip to main content', 'skip to navigation', 'jump to navigation', 'menu', 'close', 'search',
  'generic selectors', 'exact matches only', 'search in title', 'search in content', 'post type selectors', 'search in posts', 'search in pages',
  'breaking news', 'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'tweet', 'email', 'print',
  'back to top', 'top', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'related', 'related articles', 'related stories',
  'related content', 'read more', 'read next', 'more stories', 'most read', 'most popular', 'trending', 'recommended', 'you may also like',
  'about the writer', 'about the author', 'about the authors', 'comments', 'leave a comment', 'view comments', 'show comments', 'log in', 'sign in',
  'subscribe', 'subscribe now', 'newsletter', 'sign up', 'follow us', 'listen', 'listen to this article', 'watch', 'copy link', 'link copied',
  'image', 'photo', 'video', 'audio', 'loading', 'loading...', 'home', 'next', 'previous', 'continue reading', 'see also', 'tags', 'topics',
  'continue reading below', 'story continues below', 'advert', 'ad', 'story continues below advertisement', 'scroll to continue with content',
  // Site chrome: search boxes, menus, account and consent widgets.
  'search this site', 'search the site', 'search site', 'search this website', 'search the website', 'site search', 'open search',
  'search...', 'search…', 'main menu', 'open menu', 'close menu', 'toggle menu', 'toggle navigation', 'navigation', 'main navigation',
  'open navigation', 'skip to footer', 'skip to search', 'skip navigation', 'skip to navigation menu', 'sign out', 'log out', 'register',
  'sign in / register', 'log in / register', 'sign up / log in', 'my account', 'sections', 'all sections', 'homepage', 'cookie settings',
  'cookie policy', 'cookie preferences', 'accept cookies', 'accept all cookies', 'accept all', 'reject all', 'manage preferences',
  'privacy policy', 'terms of use', 'terms of service', 'terms and conditions', 'contact us', 'about us', 'paid content', 'promoted content',
  'ad feedback', 'skip advertisement', 'hide caption', 'toggle caption', 'enlarge this image', 'open in app', 'get the app',
  'reprints', 'permissions', 'whatsapp', 'facebook', 'twitter', 'linkedin', 'pinterest', 'reddit', 'share on whatsapp', 'tell us what you think',
];
const EXACT_SET = new Set(EXACT);

/** Lines that START like a furniture prompt (only applied to lines short enough to be a prompt, see isLexiconFurniture). */
const PREFIXES = [
  /^sign up (for|to)\b/, /^subscribe (to|for|now)\b/, /^(get|receive) (our|the) (latest|daily|weekly|free)\b/, /^follow (us|@)/,
  /^(more|latest|also) (from|on|in)\b/, /^(read|see|watch|listen) (more|also|next|the full)\b/, /^(click|tap) here\b/, /^share (this|on|via)\b/,
  /^(copyright|©|\(c\))\s/, /^all rights reserved/, /^(published|updated|last updated|posted)( on|:)\s/, /^enjoy ad-free\b/,
  /^this (article|story) (was|is) (originally )?(published|updated)/, /^(have|got) a (news )?tip\b/, /^download (the|our) app\b/,
  /^home\s*[>›»/|]\s/, /^skip to\b/, /^search (this|the|our) (site|website|archive)\b/, /^source:\s/, /^this (document|article|content) is subject to copyright/, /^citation:\s/, /^related:\s/, /^(also )?read( more)?:\s/, /^more:\s/, /^(want|get) more stories like this/, /^we use cookies\b/, /^(accept|manage) cookies\b/, /^(log|sign) in to\b/, /^already a subscriber\b/, /^support (our|independent) journalism\b/,
];
const SUFFIXES = [/(\.\.\.|…)\s*read more$/, /\bclick here\.?$/, /\bread more$/];
/** The prompts as one pattern (one scan of a line instead of one per prompt). */
const ANY_PREFIX = new RegExp(PREFIXES.map((re) => `(?:${re.source})`).join('|'));
const ANY_SUFFIX = new RegExp(SUFFIXES.map((re) => `(?:${re.source})`).join('|'));
/** Separators of a row of widget labels, see isLexiconFurniture. */
const LABEL_ROW = /\s[|·•]\s/;

const TRAILING = new Set([...':|>»·•–—-']);

/**
 * A line's comparison key: lower case, separators trimmed from both ends, whitespace collapsed. The end is trimmed
 * by a loop: the pattern /[...]+$/ retries from every position of a long run (">>>>…(" took seconds).
 */
export function lexKey(line: string): string {
  const hit = KEYS.get(line);
  if (hit !== undefined) return hit;
  const key = computeKey(line);
  // Every cleanup step asks for the key of the same lines: remembered for short lines, forgotten in bulk.
  if (line.length < 400) {
    if (KEYS.size > 20_000) KEYS.clear();
    KEYS.set(line, key);
  }
  return key;
}
const KEYS = new Map<string, string>();

/** A unit's key, computed once and kept on the unit (no look-up of the whole line in the shared cache). */
export function unitKey(u: Unit): string {
  return (u.key ??= computeKey(u.text, true));
}

/** `tidy`: the line is known to hold single spaces only (a unit's text), so there is no run to collapse. */
function computeKey(line: string, tidy = false): string {
  const lower = line.toLowerCase();
  let e = lower.length;
  while (e > 0 && (TRAILING.has(lower[e - 1]) || SPACE.test(lower[e - 1]))) e--;
  const key = e === lower.length ? lower : lower.slice(0, e);
  const start = LEADING.test(key) ? key.replace(LEADING, '') : key;
  return !tidy && MULTI_SPACE.test(start) ? start.replace(/\s+/g, ' ') : start;
}
const SPACE = /\s/;
const LEADING = /^[\s|<«·•–—-]+/u;
/** A run of whitespace or any whitespace other than a plain space: only then is collapsing needed. */
const MULTI_SPACE = /\s\s|[^\S ]/;

/** A copyright notice ("© 2019 Example Media", "Copyright 2024 ..."). Bare links are kept: they are often sources. */
const COPYRIGHT = /(©|\(c\)|copyright)\s*(\d{4}|by\b)|all rights reserved/i;

/** A cookie/consent notice: it talks about cookies and asks for (or assumes) agreement. */
const COOKIE = /\bcookies?\b/i;
const CONSENT = /\b(by (using|continuing|browsing)|accept|agree|consent|cookie (policy|settings|preferences)|privacy (policy|settings))\b/i;

export function isLexiconFurniture(line: string, key = lexKey(line)): boolean {
  if (EXACT_SET.has(key)) return true;
  // "Sign in | Register", "Menu · Search": a row of widget labels.
  if ((key.includes('|') || key.includes('·') || key.includes('•')) && LABEL_ROW.test(key)) {
    const parts = key.split(/\s+[|·•]\s+/);
    if (parts.length > 1 && parts.every((p) => EXACT_SET.has(lexKey(p)))) return true;
  }
  // The unanchored patterns below scan the whole line from every position; each runs only when the lower-case key
  // holds the words every match of it needs (a paragraph of prose holds none, and is tested by indexOf alone).
  if (line.length < 300 && key.includes('cookie') && COOKIE.test(line) && CONSENT.test(line) && /\b(we|this (site|website)|our (site|website))\b/i.test(line)) return true;
  if (line.length < 250 && mayBeCopyright(key) && COPYRIGHT.test(line)) return true;
  const suffix = key.endsWith('read more') || key.endsWith('click here') || key.endsWith('click here.');
  if (line.length > 160) return suffix && SUFFIXES[0].test(key);
  // A prompt is not a sentence: a full sentence that merely starts "More from the survey ..." stays.
  const prompt = !/[.!?]["'”’]?$/.test(line) || line.length < 70;
  return (prompt && ANY_PREFIX.test(key)) || (suffix && ANY_SUFFIX.test(key));
}

/** Whether the key holds a word each COPYRIGHT match needs (it is the line lower-cased, ends trimmed: it keeps them). */
const mayBeCopyright = (key: string) => key.includes('©') || key.includes('(c)') || key.includes('copyright') || key.includes('all rights reserved');

/** Headers that introduce a list of links to other articles; what follows them is furniture until prose resumes. */
export function isListHeader(line: string, key = lexKey(line)): boolean {
  return line.length < 60 && /^(more (from|on|in|stories|news|articles)|related|read (more|next|also)|also (read|on)|latest( news)?|recommended|you (may|might) (also )?like|most (read|popular|viewed)|trending|further reading|see also|top stories|what to read next)\b/.test(key.replace(/[.…]+$/, ''));
}

import type { Unit } from './units.js';

/**
 * The outlet of a page saved as text, only from lines that name it outright: a masthead, a copyright line, a
 * "More from X" header, "X is committed to ..." / "To read how X uses ..." house notices. All of them are page
 * furniture; body prose is never used (an article naming another newspaper is not evidence of its own outlet).
 */
// Capitalised words (dots only inside a word: "U.S", "Example.com"), with "of/and/&" between them. No `i` flag:
// under /iu \p{Lu} would match lower case too.
const WORD = String.raw`[\p{Lu}\d](?:[\p{L}\d&'’-]|\.(?=\p{L}))*`;
const NAME = String.raw`((?:The\s+)?${WORD}(?:\s+(?:${WORD}|of|and|&|de|la|du)){0,4})`;
const CLUES: RegExp[] = [
  new RegExp(String.raw`^(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?${NAME}`, 'u'),
  new RegExp(String.raw`^[Tt]o read how ${NAME} uses\b`, 'u'),
  new RegExp(String.raw`^${NAME} is committed to\b`, 'u'),
  new RegExp(String.raw`^(?:[Mm]ore from|MORE FROM) ${NAME}\s*[:.…]*$`, 'u'),
];
/** Names that are a section or a person rather than the site ("More from this author", "Copyright holder"). */
const NOT_OUTLET = /^(this|that|our|the (author|writer|site|section|series)|all|author|section|us|me|him|her|them|it|holder|owner|notice|law|infringement|\d+)\b/i;
const TRAIL = /[\s.,;:]+$|\s+(all rights reserved|ltd|limited|inc|llc|plc|gmbh|s\.a)\.?$/i;

/** Section names a "More from X" header often carries instead of the site name. */
const SECTION = /^(the )?(world|news|local|national|international|politics|business|economy|markets?|money|opinion|comment|sports?|science|tech|technology|health|culture|arts|lifestyle|life|style|travel|food|entertainment|books|music|film|tv|weather|climate|environment|education|us|uk|europe|africa|asia|americas|middle east|this (author|writer|section|series)|author|home|homepage|video|podcasts?)$/i;

function clean(name: string): string | null {
  let n = name.trim();
  for (let prev = ''; prev !== n; ) [prev, n] = [n, n.replace(TRAIL, '').trim()];
  if (!n || n.length > 60 || NOT_OUTLET.test(n) || SECTION.test(n) || !/\p{L}{2}/u.test(n)) return null;
  return n;
}

/** Masthead first (it is the page's own name at the top), then the clue lines in the order of CLUES. */
export function guessOutlet(units: Unit[], masthead: number): string | null {
  if (masthead >= 0) return units[masthead].text.trim();
  const lines = units.filter((u) => u.furniture && u.text.length < 250).map((u) => u.text.trim());
  for (const re of CLUES) {
    for (const line of lines) {
      const m = line.match(re);
      const name = m ? clean(m[1]) : null;
      if (name) return name;
    }
  }
  return null;
}

/** "Harbour Wire staff", "Example News Desk": an author field that is the outlet's own newsroom. */
export function outletFromStaffByline(author: string | null | undefined): string | null {
  const m = author?.trim().match(/^(?:by\s+)?(.+?)\s+(staff|staff writers?|staff reporters?|newsroom|news desk|desk|editors|editorial team)$/i);
  return m ? clean(m[1]) : null;
}

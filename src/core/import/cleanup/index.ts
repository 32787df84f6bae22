import { STEPS } from './steps.js';
import { parsePrintedDate } from './dates.js';
import { guessOutlet } from './outlet.js';
import { findTitle } from './title.js';
import { continues, LineJoiner, toUnits, type Unit } from './units.js';

export interface CleanText {
  title: string | null;
  /** Names from a "By ..." line near the top, when there is one. */
  byline: string | null;
  /** Outlet named by a masthead or a house notice (copyright, "More from X" ...), else null. */
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) printed in a dateline or byline near the top, else null. */
  published: string | null;
  paragraphs: string[];
  removed: string[];
}

export { toUnits, joinLines, normaliseText } from './units.js';
export { isLexiconFurniture, isListHeader } from './lexicon.js';
export { isCaptionOrCredit } from './captions.js';
export { isByline, isDateline, isGalleryLabel } from './bylines.js';
export { authorName } from './author-name.js';
export { isProse } from './steps.js';
export { parsePrintedDate } from './dates.js';
export { guessOutlet, outletFromStaffByline } from './outlet.js';

/** Joins body units that were split by a blank line in the middle of a sentence ("orderly\n\nmanner, she said"). */
function mergeBroken(paragraphs: string[]): string[] {
  const out: string[] = [];
  let current: LineJoiner | null = null;
  for (const p of paragraphs) {
    // Unit texts are already tidy (trimmed, single spaces): addTidy, not add.
    if (current && continues(current.tail(), p, current.length)) current.addTidy(p);
    else {
      if (current) out.push(current.text());
      current = new LineJoiner();
      current.addTidy(p);
    }
  }
  if (current) out.push(current.text());
  return out;
}

/**
 * Plain text saved from a web page -> title, body paragraphs and the furniture lines removed.
 * `knownTitle` (from metadata) wins over the headline search, but a headline line equal to it is still taken out of the body.
 * `searchTitle: false` is for documents (DOCX) whose importer already decided there is no title line.
 */
export function cleanText(text: string, knownTitle: string | null = null, searchTitle = true): CleanText {
  const units: Unit[] = toUnits(text);
  for (const step of STEPS) step(units);
  let title = knownTitle;
  const choice = searchTitle || knownTitle !== null ? findTitle(units) : { index: -1, masthead: -1 };
  const t = choice.index;
  let masthead = -1;
  if (t >= 0 && (title === null || units[t].text === title)) {
    masthead = choice.masthead;
    if (masthead >= 0) [units[masthead].furniture, units[masthead].reason] = [true, 'masthead'];
    title = units[t].text;
    units[t].furniture = true;
    units[t].reason = 'title';
    for (let i = 0; i < t; i++) {
      if (units[i].text.length < 120 && !units[i].furniture) [units[i].furniture, units[i].reason] = [true, 'above headline'];
    }
  }
  const removed = units.filter((u) => u.furniture && u.reason !== 'title').map((u) => u.text);
  const paragraphs = mergeBroken(units.filter((u) => !u.furniture).map((u) => u.text));
  // A one-line document: its only line is both the title and the text.
  if (!paragraphs.length && t >= 0 && units[t].reason === 'title') paragraphs.push(units[t].text);
  const top = units.slice(0, 15);
  const by = top.find((u) => u.reason === 'byline');
  const byline = by ? by.text.replace(/^by\s+/i, '').split(/\s*[|·•–—]\s*|\s+-\s+/)[0].trim() : null;
  // Only lines already judged to be datelines/bylines: a date inside body prose is an event date, not the publication date.
  const published = top.filter((u) => u.reason === 'dateline' || u.reason === 'byline').map((u) => parsePrintedDate(u.text)).find(Boolean) ?? null;
  return { title, byline, outlet: guessOutlet(units, masthead), published, paragraphs, removed };
}

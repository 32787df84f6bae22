import { isByline, isCaptionOrCredit, isDateline, isGalleryLabel, isLexiconFurniture, isListHeader, isProse } from './cleanup/index.js';

/**
 * Paragraphs Readability keeps that are still furniture: share prompts, credits, the headline repeated as the first
 * paragraph. Repeated lines are NOT dropped here: inside extracted HTML they are usually real content (table cells,
 * recipe steps).
 */
export function filterParagraphs(paragraphs: string[], title: string | null): { kept: string[]; removed: string[] } {
  const kept: string[] = [];
  const removed: string[] = [];
  const first = paragraphs.findIndex((p) => isProse(p));
  let last = -1;
  paragraphs.forEach((p, i) => (last = isProse(p) ? i : last));
  let inList = false;
  paragraphs.forEach((p, i) => {
    // "You may also like" / "More from X": the header and the headlines under it, until prose resumes.
    if (isListHeader(p)) inList = true;
    else if (inList && isProse(p)) inList = false;
    // Before the first prose paragraph: section labels and kickers. After the last one only shouting kickers,
    // because lists that end an article (steps, results) look like labels too.
    const outside = first >= 0 && (i < first || (i > last && p === p.toUpperCase() && /\p{Lu}{3}/u.test(p)));
    const furniture =
      (i === 0 && title !== null && p.toLowerCase() === title.toLowerCase()) ||
      (p.length < 200 && (isLexiconFurniture(p) || isByline(p) || isDateline(p) || isGalleryLabel(p))) ||
      (p.length < 300 && isCaptionOrCredit(p)) ||
      (p.length < 400 && isGalleryLabel(p)) ||
      inList ||
      // Section labels and kickers around the article ("News", "Spaceflight", "STREAM BIG").
      (outside && isEdgeLabel(p));
    (furniture ? removed : kept).push(p);
  });
  return { kept, removed };
}

/** Short label before the first / after the last prose paragraph: no sentence ending, few words. */
function isEdgeLabel(p: string): boolean {
  return p.length < 60 && !/[.!?:]["'”’)]?$/.test(p) && p.split(/\s+/).length <= 6;
}

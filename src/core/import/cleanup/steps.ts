import { isByline, isDateline, isGalleryLabel } from './bylines.js';
import { isCaptionOrCredit, isKeywordAlt, isStockMarker } from './captions.js';
import { isLexiconFurniture, isListHeader, unitKey } from './lexicon.js';
import { isHeadlineLike } from './title.js';
import { TERMINAL, type Unit } from './units.js';

export type Step = (units: Unit[]) => void;

const mark = (u: Unit, reason: string) => {
  if (!u.furniture) [u.furniture, u.reason] = [true, reason];
};

/** A sentence-like paragraph of real prose: long enough and ending like a sentence. */
export const isProse = (t: string) => t.length >= 80 && TERMINAL.test(t.length > 64 ? t.slice(-64) : t) && hasWords(t, 12);

/** isProse of a unit's text, worked out once (three steps ask). */
const unitIsProse = (u: Unit) => (u.prose ??= isProse(u.text));

/** Whether `t.split(/\s+/)` would have at least `n` pieces, counted without building them. */
function hasWords(t: string, n: number): boolean {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && WS.test(t[i]));
    if (space && !inSpace && ++pieces >= n) return true;
    inSpace = space;
  }
  return pieces >= n;
}
const WS = /\s/;
/** Short line with no sentence ending: a label, heading, link or button text. */
const isLabel = (t: string) => t.length < 90 && !/[.!?]["'”’)]?$/.test(t);

export const lexicon: Step = (units) => {
  for (const u of units) if (isLexiconFurniture(u.text, unitKey(u))) mark(u, 'furniture phrase');
};

export const bylines: Step = (units) => {
  for (const u of units) {
    if (isByline(u.text)) mark(u, 'byline');
    else if (isDateline(u.text)) mark(u, 'dateline');
    else if (isGalleryLabel(u.text)) mark(u, 'gallery label');
  }
};

export const captions: Step = (units) => {
  units.forEach((u, i) => {
    if (isCaptionOrCredit(u.text)) mark(u, 'caption/credit');
    else if (isKeywordAlt(u.text)) mark(u, 'image keywords');
    // The caption line printed under a stock-photo ID, in the same block.
    const prev = units[i - 1];
    if (prev && prev.block === u.block && isStockMarker(prev.text) && u.text.length < 120) mark(u, 'caption/credit');
  });
};

/**
 * The same line twice (sticky headers, repeated promos, duplicated teasers) is page chrome, not prose. One exception:
 * a headline-like line above the first prose that comes again right after itself (the headline repeated as the
 * first paragraph, as copied pages and feeds often do) is the title: its first copy stays for the headline search,
 * the later copies go.
 */
export const repeated: Step = (units) => {
  const seen = new Map<string, number>();
  for (const u of units) {
    const k = unitKey(u);
    if (k.length < 400) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const headline = repeatedHeadline(units);
  const headKey = headline >= 0 ? unitKey(units[headline]) : null;
  if (headline >= 0) units[headline].headline = true;
  units.forEach((u, i) => {
    if ((seen.get(unitKey(u)) ?? 0) <= 1 || u.text.length >= 400 || i === headline) return;
    mark(u, headKey !== null && i > headline && unitKey(u) === headKey ? 'repeated headline' : 'repeated line');
  });
};

/** Index of a headline-like line before any prose whose next unit not yet marked is the same line, or -1. */
function repeatedHeadline(units: Unit[]): number {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (unitIsProse(u)) return -1;
    if (u.furniture || !isHeadlineLike(u.text)) continue;
    let j = i + 1;
    while (j < units.length && units[j].furniture) j++;
    if (j < units.length && unitKey(units[j]) === unitKey(u)) return i;
  }
  return -1;
}

/** "More from X" / "Related" followed by headline-like lines: drop the header and the list until prose resumes. */
export const linkLists: Step = (units) => {
  let seenProse = false;
  for (let i = 0; i < units.length; i++) {
    seenProse ||= unitIsProse(units[i]);
    if (!isListHeader(units[i].text, unitKey(units[i]))) continue;
    mark(units[i], 'related-links list');
    // Above the article ("Latest" in a nav bar) the lines that follow are the headline and body, not a link list;
    // the headline search drops the short navigation above the headline.
    if (!seenProse) continue;
    for (let j = i + 1; j < units.length && !unitIsProse(units[j]); j++) mark(units[j], 'related-links list');
  }
};

/** Runs of bullet lines that are not sentences (product promos, feature lists of a subscription box). */
export const bulletPromos: Step = (units) => {
  const bullet = (t: string) => /^[•·▪►✓✔-]\s/.test(t) && isLabel(t.replace(/^\S+\s/, ''));
  for (let i = 0; i < units.length; i++) {
    if (!bullet(units[i].text)) continue;
    let j = i;
    while (j < units.length && bullet(units[j].text)) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) mark(units[k], 'promo list');
    // The label just above the list ("Newsweek cover") belongs to it.
    if (j - i >= 2 && i > 0 && isLabel(units[i - 1].text)) mark(units[i - 1], 'promo list');
    i = j;
  }
};

/** After the last real paragraph, labels and blurbs are page footer (tags, section names, author boxes). */
export const tail: Step = (units) => {
  let last = -1;
  units.forEach((u, i) => {
    if (!u.furniture && unitIsProse(u)) last = i;
  });
  if (last < 0) return;
  for (let i = last + 1; i < units.length; i++) if (isLabel(units[i].text)) mark(units[i], 'page footer');
};

/** The ordered cleanup pipeline for text that came from a saved web page. */
export const STEPS: Step[] = [lexicon, bylines, captions, repeated, linkLists, bulletPromos, tail];

/**
 * Bylines, datelines and timestamps printed above or below an article ("By Jane Roe | March 3, 2024",
 * "Updated 11:21 pm CST", "Published 1 day ago"): metadata, not body text.
 */
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
const DATE_WORDS = new RegExp(`\\b(${MONTHS}|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|a\\.m|p\\.m|utc|gmt|[ecmp][sd]t|hst|cet|cest|bst|ago|day|days|hour|hours|minute|minutes|updated|published|posted|last|on|at|of|de|le|am|um|the)\\b\\.?`, 'gi');

const DATE_SIGN = new RegExp(`\\b(${MONTHS}|updated|published|posted|ago)\\b|\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}`, 'i');

export function isByline(line: string): boolean {
  // The pattern starts "By" (either case): other lines are refused by their first two characters.
  return line.length < 120 && (line.charCodeAt(0) | 32) === 98 && (line.charCodeAt(1) | 32) === 121 && /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,4}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3})*\s*([|,·•–—-].*)?$/u.test(line);
}

/** A line made only of date/time words and numbers (after removing them, at most two words remain). */
export function isDateline(line: string): boolean {
  if (line.length > 110 || !/\d/.test(line) || /[.!?]["'”’]?$/.test(line.replace(/\b(a|p)\.m\.$/i, ''))) return false;
  if (!DATE_SIGN.test(line)) return false;
  const rest = line.replace(DATE_WORDS, ' ').replace(/[\d\W_]+/gu, ' ').trim();
  return rest === '' || rest.split(/\s+/).length <= 2;
}

/** Gallery counters and slide labels: "Image 1 of 5", "2of4", "This slideshow requires JavaScript." */
export function isGalleryLabel(line: string): boolean {
  return /^(image|photo|picture|slide|foto)\s*\d+\s*(of|\/|de|von)\s*\d+$/i.test(line) || /^\d+\s*of\s*\d+\S/i.test(line) || /^this slideshow requires javascript/i.test(line);
}

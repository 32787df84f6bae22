/**
 * The writer's name out of a byline as pages print it. Readability and page templates hand us the byline element's
 * whole text, so the date, the time and the comment count that sit beside the name come with it ("Jane Roe12 Mar
 * 2031 48", "JANE ROE March 12, 2031 3:46 PM", "Updated April 2, 2031"). The name is what precedes the first date,
 * time or "Updated/Published" word; a byline with no name left is no author.
 */
import { MON } from './dates.js';

/** No \b before the day: templates glue it to the name ("Roe12 Mar"). A month must meet a digit to count. */
const DATE_START = new RegExp(
  String.raw`\d{1,2}(?:st|nd|rd|th)?\s+${MON}\s+\d|\b${MON}\s+\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(?:last\s+)?(?:updated|published|posted|edited\s+by)\b`,
  'i',
);
/** Words a template prints in the byline box that are no one's name. */
const NOT_A_NAME = /^(?:follow|author|share|email|e-mail|twitter|facebook|more|view|profile|bio|comments?|\s|&|\+)+$/i;

export function authorName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/g, ' ').trim().replace(/^(?:written\s+)?(?:by|von|par|por|di)\s+/i, '');
  const cut = s.search(DATE_START);
  if (cut >= 0) s = s.slice(0, cut);
  s = s.replace(/[\s\d|,;:·•–—-]+$/u, '').trim();
  if (!/\p{L}/u.test(s) || NOT_A_NAME.test(s)) return null;
  return s;
}

/**
 * Photo captions and credits. News sites print them inline with the text; when a page is saved as text they land
 * between paragraphs. Recognised by the credit conventions agencies and photo desks use everywhere.
 */
const AGENCIES = 'AFP|AP|Reuters|Getty Images|Getty|dpa|EPA|EFE|Anadolu|Xinhua|Shutterstock|Alamy|iStock|Bloomberg|picture alliance|Sipa|ANP|PA|Pool|File';
// "Name/AFP/Getty Images", "…/dpa/picture alliance": agency names are matched case-sensitively and as whole words.
const AGENCY_TAIL = new RegExp(`\\/\\s*(${AGENCIES})\\b[^/]{0,40}$|\\b(${AGENCIES})\\s+via\\s+(Getty Images|AP|Reuters)$`);
const LABELLED_CREDIT = /(photo|image|picture|credit|foto|bild)s?\s*[:©]\s*[^.]{2,80}$/i;
const CAPTION_START = /^(photo|image|picture|file|caption|pictured|above|top|left|right|video|watch|gallery|credit)s?\s*(\(.*?\))?\s*[-–—:|]\s*/i;
const STOCK_ID = /^(shutterstock|getty|gettyimages|istock|alamy|adobestock|adobe stock|dreamstime|depositphotos)[\s_-]*\d{5,}|\b\d{6,}\s*(large|medium|small|xl|thumb)$|\.(jpe?g|png|webp|gif)$/i;
/**
 * STOCK_ID's last two alternatives are not anchored at the start, so the pattern is tried from every position of the
 * line; a line that neither starts like its first alternative nor ends in a letter its others end in (e, m, l, b;
 * g, p, f) cannot match and is not scanned.
 */
const STOCK_START = /^(shutterstock|getty|istock|alamy|adobe|dreamstime|depositphotos)/i;
const STOCK_LAST = new Set([98, 101, 102, 103, 108, 109, 112]); // b e f g l m p (lower case)
const mayBeStockId = (line: string) => STOCK_LAST.has(line.charCodeAt(line.length - 1) | 32) || STOCK_START.test(line);
const isStockId = (line: string) => mayBeStockId(line) && STOCK_ID.test(line);
const AGENCY_SIGNOFF = /^[a-z]{2,4}(\/[a-z]{2,4})+\s*(\((AFP|AP|Reuters|dpa|EPA|KNA|epd|[A-Z]{2,5})(,\s*[A-Za-z]{2,8})*\))?$|^\((AFP|AP|Reuters|dpa)(,\s*\w+)*\)$/;
// A whole line in parentheses that is a credit: "(Image credit: Some Agency Corp.)".
const PAREN_CREDIT = /^\((photo|image|picture|credit|illustration|graphic|video)s?\b[^)]{0,120}\)$/i;
const PHOTO_BYLINE = /^(photo(graph)?s?|images?|illustration|graphic)\s+(by|courtesy of|:)\s/i;

/** Captions and credits are short; longer lines are prose (and never reach the patterns below, whose digit and
 * word runs would otherwise backtrack through a 10 MB line until the regex stack overflows). */
const MAX_CAPTION = 1000;

export function isCaptionOrCredit(line: string): boolean {
  if (line.length > MAX_CAPTION) return false;
  if (CAPTION_START.test(line) && !/^(video|watch|top|above|left|right)\b/i.test(line)) return true;
  if (isStockId(line)) return true;
  if (AGENCY_SIGNOFF.test(line)) return true;
  if (PHOTO_BYLINE.test(line) || PAREN_CREDIT.test(line)) return true;
  if (line.length >= 400) return false;
  // Each pattern needs a character most lines lack ("/" or "via"; ":" or "©"): looked for first, with indexOf.
  return ((line.includes('/') || line.includes('via')) && AGENCY_TAIL.test(line)) || ((line.includes(':') || line.includes('©')) && LABELLED_CREDIT.test(line));
}

/** Image alt text saved as keywords: "City, protesters, wave, flags" (3+ short comma-separated items, no sentence). */
export function isKeywordAlt(line: string): boolean {
  if (line.length > 120 || /[.!?:;]$/.test(line)) return false;
  const parts = line.split(',').map((p) => p.trim());
  return parts.length >= 4 && parts.every((p) => p.length > 0 && p.split(/\s+/).length <= 2);
}

/** A stock-photo ID or credit line is often followed, in the same block, by the short caption it belongs to. */
export function isStockMarker(line: string): boolean {
  return line.length <= MAX_CAPTION && isStockId(line);
}

// Text a source wrote, made fit for a report: control characters out, long strings shortened. Escaping for each
// output format happens in that format's writer; this only decides what text is shown.

/** C0/C1 controls (tab and newline excepted), and the bidirectional overrides and isolates that can disguise text. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** One line of metadata (title, outlet, author): controls removed, whitespace collapsed. */
export function cleanLine(text: string): string {
  return text.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, cut at a word boundary where one is near, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export const MAX_TITLE = 200;
export const MAX_NAME = 120;
export const MAX_SENTENCE = 480;

/** A title for a report: cleaned and shortened (a page can carry a 10,000-character title). */
export function reportTitle(title: string): { text: string; shortened: boolean } {
  const clean = cleanLine(title);
  const text = shorten(clean, MAX_TITLE);
  return { text, shortened: text !== clean };
}

/**
 * The part of a sentence to quote around a mention: the whole sentence when short, else a window centred on the
 * mention with ellipses. `at` is where the mention starts in the returned text, or -1 if the sentence lacks it.
 */
export function sentenceExcerpt(sentence: string, mention: string): { text: string; at: number } {
  const clean = sentence.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  const at = clean.indexOf(mention);
  if (clean.length <= MAX_SENTENCE) return { text: clean, at };
  if (at < 0) return { text: shorten(clean, MAX_SENTENCE), at: -1 };
  const side = Math.max(0, Math.floor((MAX_SENTENCE - mention.length) / 2));
  const from = Math.max(0, at - side);
  const to = Math.min(clean.length, at + mention.length + side);
  const head = from > 0 ? '…' : '';
  return { text: `${head}${clean.slice(from, to)}${to < clean.length ? '…' : ''}`, at: at - from + head.length };
}

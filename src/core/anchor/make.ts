// Anchors for passages a checker picks in an article (notes, evidence), in the manner of Hypothesis's selectors:
// a text position for the common case (same text), plus the exact quote and some context around it, so the
// passage can be found again when the position no longer holds (see resolve.ts).
import type { TextAnchor } from '../model/index.js';

/** Characters of context kept on each side of the quote: enough to tell repeated phrases apart. */
export const CONTEXT_CHARS = 32;

/**
 * Anchor `text[start, end)` of an article. Whitespace at either edge of a selection is trimmed (a double-click or
 * a drag usually takes a trailing space). Returns null for an empty or out-of-range selection.
 */
export function makeAnchor(
  article: { hash: string; text: string },
  start: number,
  end: number,
  context: number = CONTEXT_CHARS,
): TextAnchor | null {
  const { text } = article;
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return null;
  return {
    articleHash: article.hash,
    start: s,
    end: e,
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - context), s),
    suffix: text.slice(e, e + context),
  };
}

/**
 * Splits an article's paragraphs into plain and marked runs, from mark offsets into `article.text`.
 * `text` is `paragraphs.join('\n\n')`, so paragraph i starts at the sum of the earlier lengths plus 2 per separator.
 * The reader renders the runs as text nodes; nothing here builds HTML.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment<M> {
  text: string;
  /** The mark this run belongs to; absent for plain text. */
  mark?: M;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

/** Start offset of each paragraph inside the joined text. */
export function paragraphOffsets(paragraphs: readonly string[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    offsets.push(at);
    at += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return offsets;
}

/**
 * One segment list per paragraph. Marks are taken in start order; a mark that overlaps an earlier one keeps
 * only its part after the earlier one ends (the first mark wins, nothing is shown twice). A mark that crosses
 * a paragraph break is cut at it. Empty, inverted or out-of-range marks are dropped.
 */
export function paragraphSegments<M extends Span>(paragraphs: readonly string[], marks: readonly M[]): Segment<M>[][] {
  const offsets = paragraphOffsets(paragraphs);
  const sorted = marks
    .filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end) && m.end > m.start)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);

  // Clip overlaps once, globally: each surviving piece is [from, to) with to > from.
  const pieces: { from: number; to: number; mark: M }[] = [];
  let covered = -Infinity;
  for (const m of sorted) {
    const from = Math.max(m.start, covered);
    if (m.end <= from) continue;
    pieces.push({ from, to: m.end, mark: m });
    covered = m.end;
  }

  let next = 0;
  return paragraphs.map((p, i) => {
    const pStart = offsets[i];
    const pEnd = pStart + p.length;
    const out: Segment<M>[] = [];
    let at = pStart;
    // Skip pieces that end before this paragraph (they lay in a separator or an earlier paragraph).
    while (next < pieces.length && pieces[next].to <= pStart) next++;
    for (let k = next; k < pieces.length && pieces[k].from < pEnd; k++) {
      const from = Math.max(pieces[k].from, pStart);
      const to = Math.min(pieces[k].to, pEnd);
      if (to <= from) continue;
      if (from > at) out.push({ text: p.slice(at - pStart, from - pStart) });
      out.push({ text: p.slice(from - pStart, to - pStart), mark: pieces[k].mark });
      at = to;
    }
    if (at < pEnd || out.length === 0) out.push({ text: p.slice(at - pStart) });
    return out;
  });
}

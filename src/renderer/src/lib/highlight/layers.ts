/**
 * Decorations over the reader's runs: passages shared with another column, notes, evidence, a search hit. Unlike
 * statistic marks (one element each, the first wins on overlap), decorations may overlap each other and cross a
 * mark, so each run is cut into parts at every decoration boundary and each part lists what covers it.
 */
import { paragraphOffsets, paragraphSegments, type Segment, type Span } from './segments.js';

export interface Part<D> {
  text: string;
  /** Offset of the part in the article text. */
  start: number;
  decos: D[];
}

export interface Run<M, D> {
  mark?: M;
  /** Offset of the run in the article text. */
  start: number;
  parts: Part<D>[];
}

/** Paragraphs → runs (plain or one statistic mark) → parts (same set of decorations). */
export function layeredRuns<M extends Span, D extends Span>(
  paragraphs: readonly string[],
  marks: readonly M[],
  decos: readonly D[],
): Run<M, D>[][] {
  const offsets = paragraphOffsets(paragraphs);
  const usable = decos.filter((d) => Number.isFinite(d.start) && Number.isFinite(d.end) && d.end > d.start);
  return paragraphSegments(paragraphs, marks).map((segments, i) => {
    let at = offsets[i];
    return segments.map((seg: Segment<M>) => {
      const start = at;
      at += seg.text.length;
      return { mark: seg.mark, start, parts: split(seg.text, start, usable) };
    });
  });
}

function split<D extends Span>(text: string, start: number, decos: readonly D[]): Part<D>[] {
  const end = start + text.length;
  const inside = decos.filter((d) => d.start < end && d.end > start);
  if (!inside.length) return [{ text, start, decos: [] }];
  const cuts = new Set<number>([start, end]);
  for (const d of inside) {
    if (d.start > start) cuts.add(d.start);
    if (d.end < end) cuts.add(d.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: Part<D>[] = [];
  for (let k = 0; k < points.length - 1; k++) {
    const from = points[k];
    const to = points[k + 1];
    parts.push({ text: text.slice(from - start, to - start), start: from, decos: inside.filter((d) => d.start <= from && d.end >= to) });
  }
  return parts;
}

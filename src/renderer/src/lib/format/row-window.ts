// Arithmetic of the windowed Library table (decision 0118): which rows are drawn, the spacer rows that stand in for
// the others, and how far PageUp/PageDown move. The virtualizer (@tanstack/virtual-core) says where each row starts;
// these helpers turn its items into what the table draws. Pure, so vitest checks them without a browser.

/** A drawn row as the virtualizer places it: its index in the list and its top and bottom in list pixels. */
export interface PlacedRow {
  index: number;
  start: number;
  end: number;
}

/** What the table body draws, in order: spacer rows (their height) and article rows (their index). */
export type BodyPart = { kind: 'gap'; key: string; height: number } | { kind: 'row'; index: number };

/**
 * The rows of the window plus `pinned` (the row that holds the table's tab stop, so Tab always reaches the table
 * and a focused row is not dropped while the wheel scrolls it away), sorted and without duplicates.
 */
export function withPinned(indexes: readonly number[], pinned: number, count: number): number[] {
  if (pinned < 0 || pinned >= count || indexes.includes(pinned)) return [...indexes];
  return [...indexes, pinned].sort((a, b) => a - b);
}

/**
 * Spacer rows around and between the drawn rows, so the body is as tall as the whole list would be: `offset` is
 * where the list begins in the virtualizer's coordinates (its scroll margin), `total` the list's full height.
 * Gaps of zero height are left out (a short library draws its rows and nothing else).
 */
export function bodyParts(rows: readonly PlacedRow[], offset: number, total: number): BodyPart[] {
  const parts: BodyPart[] = [];
  let at = 0;
  for (const r of rows) {
    const top = r.start - offset;
    if (top > at) parts.push({ kind: 'gap', key: `gap-${r.index}`, height: top - at });
    parts.push({ kind: 'row', index: r.index });
    at = Math.max(at, r.end - offset);
  }
  if (total > at) parts.push({ kind: 'gap', key: 'gap-end', height: total - at });
  return parts;
}

/** Rows one PageUp/PageDown moves: the rows that fit in the view (less one, so the last row stays in sight), ≥ 1. */
export function pageRows(viewHeight: number, rowHeight: number): number {
  if (!(viewHeight > 0) || !(rowHeight > 0)) return 1;
  return Math.max(1, Math.floor(viewHeight / rowHeight) - 1);
}

/** The row a navigation key moves to from `index` in a list of `count`, or null for other keys. */
export function keyTarget(key: string, index: number, count: number, page: number): number | null {
  const last = count - 1;
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    Home: 0,
    End: last,
    PageDown: index + page,
    PageUp: index - page,
  };
  if (!(key in moves) || count === 0) return null;
  return Math.max(0, Math.min(moves[key], last));
}

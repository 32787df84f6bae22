/**
 * Shared passages among the open columns. The engine's reuse pairs link sentences of two articles; across three or
 * four columns the links chain (a sentence of A aligned with one of B, which is aligned with one of C), so linked
 * sentences are joined into groups, each with at most one span per column. Groups are numbered in reading order of
 * the leftmost column that holds them: align mode steps through them.
 */
import type { Reuse } from '../../../../core/model/index.js';
import { locateReuse, type Span } from '../../../../core/reuse/locate.js';

export interface PassageGroup {
  /** 0-based position in reading order. */
  index: number;
  /** Span per column (null where the column has no part in it). */
  spans: (Span | null)[];
}

export function passageGroups(columns: readonly ({ id: string; text: string } | null)[], reuse: readonly Reuse[]): PassageGroup[] {
  // Node = column:start:end; union-find over nodes linked by located pairs.
  const parent = new Map<string, string>();
  const span = new Map<string, { col: number; span: Span }>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const node = (col: number, s: Span) => {
    const key = `${col}:${s.start}:${s.end}`;
    if (!parent.has(key)) {
      parent.set(key, key);
      span.set(key, { col, span: s });
    }
    return key;
  };
  const colOf = new Map<string, number>();
  columns.forEach((c, i) => c && !colOf.has(c.id) && colOf.set(c.id, i));
  for (const r of reuse) {
    const ia = colOf.get(r.a);
    const ib = colOf.get(r.b);
    if (ia === undefined || ib === undefined) continue;
    for (const p of locateReuse(r, columns[ia]!.text, columns[ib]!.text)) {
      const x = find(node(ia, p.a));
      const y = find(node(ib, p.b));
      if (x !== y) parent.set(x, y);
    }
  }
  const groups = new Map<string, (Span | null)[]>();
  for (const key of parent.keys()) {
    const root = find(key);
    const g = groups.get(root) ?? columns.map(() => null);
    const { col, span: s } = span.get(key)!;
    // One span per column: a paraphrase may merge two sentences; the earlier one stands for the group.
    if (!g[col] || s.start < g[col]!.start) g[col] = s;
    groups.set(root, g);
  }
  const order = (g: (Span | null)[]) => {
    const c = g.findIndex((s) => s !== null);
    return [c, g[c]!.start] as const;
  };
  return [...groups.values()]
    .sort((x, y) => {
      const [cx, sx] = order(x);
      const [cy, sy] = order(y);
      return cx - cy || sx - sy;
    })
    .map((spans, index) => ({ index, spans }));
}

/**
 * Scroll positions in column B that correspond to positions in column A, from pairs of passage tops (pixels, in
 * each column's content coordinates). Pairs out of order in B (a paraphrase that moved a sentence) are dropped,
 * keeping the longest run in order, so the mapping is monotonic; between anchors it is linear.
 */
export function monotonicPairs(pairs: readonly (readonly [number, number])[]): [number, number][] {
  const p = [...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // Longest chain increasing in both coordinates; O(n²) is fine for the tens of passages two articles share.
  const len = p.map(() => 1);
  const prev = p.map(() => -1);
  for (let i = 0; i < p.length; i++) {
    for (let j = 0; j < i; j++) {
      if (p[j][0] < p[i][0] && p[j][1] < p[i][1] && len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
    }
  }
  let k = len.indexOf(Math.max(0, ...len));
  const out: [number, number][] = [];
  for (; k >= 0; k = prev[k]) out.push([p[k][0], p[k][1]]);
  return out.reverse();
}

/** Where position `y` of column A falls in column B, by the anchors; before the first anchor and after the last, B moves 1:1. */
export function mapPosition(anchors: readonly (readonly [number, number])[], y: number): number {
  if (!anchors.length) return y;
  if (y <= anchors[0][0]) return anchors[0][1] - (anchors[0][0] - y);
  for (let k = 0; k < anchors.length - 1; k++) {
    const [a0, b0] = anchors[k];
    const [a1, b1] = anchors[k + 1];
    if (y <= a1) return a1 === a0 ? b0 : b0 + ((y - a0) / (a1 - a0)) * (b1 - b0);
  }
  const [al, bl] = anchors[anchors.length - 1];
  return bl + (y - al);
}

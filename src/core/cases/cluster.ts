// Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly join the two groups whose
// members are, on average, most alike, while that average stays at or above the threshold. Unlike joining every
// linked pair (single linkage), one article that mentions two stories cannot chain them into one.

export interface Edge {
  a: number;
  b: number;
  score: number;
}

/**
 * Groups of item indexes. `fixed` lists groups given in advance (existing cases): they may absorb items but two of
 * them are never joined. Items in no edge stay alone.
 *
 * `attach` (at most `threshold`): once no two groups are alike enough to join, an item still alone may join the group
 * of two or more it is most alike, on average, when that average reaches `attach`. Joining two groups conflates two
 * stories; one item joining a group risks that item only, and a group of several that agree is better evidence than
 * one pair, so the lone item needs less.
 */
export function averageLinkage(n: number, edges: Edge[], threshold: number, fixed: number[][] = [], attach = threshold): number[][] {
  const members = new Map<number, number[]>();
  const owner = new Array<number>(n);
  const locked = new Set<number>();
  for (let i = 0; i < n; i++) owner[i] = i;
  for (const group of fixed) {
    const head = group[0];
    if (head === undefined) continue;
    for (const i of group) owner[i] = head;
    locked.add(head);
  }
  for (let i = 0; i < n; i++) {
    const list = members.get(owner[i]!);
    if (list) list.push(i);
    else members.set(owner[i]!, [i]);
  }
  // Sum of similarities between every two groups that have any link (missing pairs count as 0).
  const links = new Map<number, Map<number, number>>();
  const link = (x: number, y: number, s: number) => {
    const m = links.get(x) ?? new Map<number, number>();
    m.set(y, (m.get(y) ?? 0) + s);
    links.set(x, m);
  };
  for (const e of edges) {
    const x = owner[e.a]!;
    const y = owner[e.b]!;
    if (x === y) continue;
    link(x, y, e.score);
    link(y, x, e.score);
  }
  // Pass one joins any two groups; pass two only a lone item to a group (of two or more, or a fixed one).
  const alone = (x: number) => members.get(x)!.length === 1 && !locked.has(x);
  const group = (x: number) => members.get(x)!.length > 1 || locked.has(x);
  for (const [bar, lonely] of [[threshold, false], [Math.min(attach, threshold), true]] as const) {
    for (;;) {
      let best = -1;
      let bx = -1;
      let by = -1;
      for (const [x, m] of links) {
        const nx = members.get(x)!.length;
        for (const [y, sum] of m) {
          if (y <= x || (locked.has(x) && locked.has(y))) continue;
          if (lonely && !((alone(x) && group(y)) || (alone(y) && group(x)))) continue;
          const avg = sum / (nx * members.get(y)!.length);
          if (avg > best) [best, bx, by] = [avg, x, y];
        }
      }
      if (best < bar) break;
      join(bx, by);
    }
  }
  return [...members.values()].map((g) => g.sort((p, q) => p - q));

  function join(bx: number, by: number): void {
    // Keep a locked group's head so it stays recognisable; otherwise the smaller index.
    const [keep, gone] = locked.has(by) ? [by, bx] : [bx, by];
    members.get(keep)!.push(...members.get(gone)!);
    members.delete(gone);
    const goneLinks = links.get(gone) ?? new Map<number, number>();
    links.delete(gone);
    const keepLinks = links.get(keep) ?? new Map<number, number>();
    keepLinks.delete(gone);
    for (const [z, s] of goneLinks) {
      if (z === keep) continue;
      keepLinks.set(z, (keepLinks.get(z) ?? 0) + s);
      const zm = links.get(z)!;
      zm.delete(gone);
      zm.set(keep, (zm.get(keep) ?? 0) + s);
    }
    links.set(keep, keepLinks);
  }
}

// Average-linkage clustering over a sparse graph of scored pairs, with must-links and cannot-links. Two clusters
// merge while the average log-odds over all their cross pairs is above the threshold. Pairs never scored (outside the
// block's window) count as `missing`; a cannot-link counts as -Infinity, so no merge can break it. Unlike union-find
// over single links, a chain a~b~c does not pull a and c together when a and c disagree.

export interface Edge { a: number; b: number; s: number }

interface Link { sum: number; n: number }

/** Max-heap of candidate merges; stale entries are skipped when popped. */
class Heap {
  private items: { v: number; a: number; b: number; ver: number }[] = [];
  push(x: { v: number; a: number; b: number; ver: number }) {
    const h = this.items; h.push(x);
    let i = h.length - 1;
    while (i > 0) { const p = (i - 1) >> 1; if (h[p]!.v >= h[i]!.v) break; [h[p], h[i]] = [h[i]!, h[p]!]; i = p; }
  }
  pop() {
    const h = this.items, top = h[0], last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < h.length && h[l]!.v > h[m]!.v) m = l;
        if (r < h.length && h[r]!.v > h[m]!.v) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!]; i = m;
      }
    }
    return top;
  }
  get size() { return this.items.length; }
}

/**
 * @param n number of items
 * @param edges scored pairs (log-odds); repeated pairs are summed as separate observations
 * @param missing log-odds of a pair never scored; null: average over the scored pairs only
 * @param initial items already joined (must-links): a root per item, or null for singletons
 * @returns a cluster id per item (the smallest item index of its cluster)
 */
export function averageLinkage(n: number, edges: Edge[], threshold: number, missing: number | null, initial: Int32Array | null = null): Int32Array {
  const root = new Int32Array(n);
  for (let i = 0; i < n; i++) root[i] = initial ? initial[i]! : i;
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) size[root[i]!]!++;
  const links = new Map<number, Map<number, Link>>();
  const linkOf = (x: number) => { let m = links.get(x); if (!m) links.set(x, (m = new Map())); return m; };
  const add = (x: number, y: number, s: number, k: number) => {
    if (x === y) return;
    const mx = linkOf(x), my = linkOf(y);
    const l = mx.get(y);
    if (l) { l.sum += s; l.n += k; } else { const nl = { sum: s, n: k }; mx.set(y, nl); my.set(x, nl); }
  };
  for (const e of edges) add(root[e.a]!, root[e.b]!, e.s, 1);
  const version = new Int32Array(n);
  const average = (x: number, y: number, l: Link) => {
    if (missing === null) return l.sum / l.n;
    const total = size[x]! * size[y]!;
    return (l.sum + missing * Math.max(0, total - l.n)) / total;
  };
  const heap = new Heap();
  for (const [x, m] of links) for (const [y, l] of m) if (x < y) { const v = average(x, y, l); if (v > threshold) heap.push({ v, a: x, b: y, ver: 0 }); }
  while (heap.size) {
    const top = heap.pop()!;
    const { a, b } = top;
    if (root[a] !== a || root[b] !== b || top.ver !== version[a]! + version[b]!) continue;
    // Merge the smaller cluster into the larger one.
    const [big, small] = size[a]! >= size[b]! ? [a, b] : [b, a];
    const mb = linkOf(big), ms = linkOf(small);
    mb.delete(small); ms.delete(big);
    for (const [y, l] of ms) {
      const ly = linkOf(y);
      ly.delete(small);
      const e = mb.get(y);
      if (e) { e.sum += l.sum; e.n += l.n; } else { mb.set(y, l); ly.set(big, l); }
    }
    links.delete(small);
    root[small] = big;
    size[big]! += size[small]!;
    version[big]!++;
    for (const [y, l] of mb) {
      const v = average(big, y, l);
      if (v > threshold) heap.push({ v, a: big, b: y, ver: version[big]! + version[y]! });
    }
  }
  // Resolve every item to its final cluster, named by its smallest member.
  const find = (i: number): number => { let r = i; while (root[r] !== r) r = root[r]!; return r; };
  const out = new Int32Array(n);
  const name = new Map<number, number>();
  for (let i = 0; i < n; i++) { const r = find(i); if (!name.has(r)) name.set(r, i); out[i] = name.get(r)!; }
  return out;
}

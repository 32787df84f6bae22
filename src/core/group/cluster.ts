// Average-linkage clustering over a sparse graph of scored pairs, with must-links and cannot-links. Two clusters
// merge while the average log-odds over all their cross pairs is above the threshold. Pairs never scored (outside the
// block's window) count as `missing`; a cannot-link counts as -Infinity, so no merge can break it. Unlike union-find
// over single links, a chain a~b~c does not pull a and c together when a and c disagree.
// Memory: links between clusters and the merge heap live in typed arrays (no object per link or heap entry), so a
// graph of millions of scored pairs costs tens of bytes per pair (decision 0031).

export interface Edge { a: number; b: number; s: number }

/** Scored pairs in parallel typed arrays: the compact alternative to an `Edge[]` for large graphs. */
export class EdgeList {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  s = new Float64Array(1024);
  length = 0;
  push(a: number, b: number, s: number): void {
    if (this.length === this.a.length) {
      const grow = <T extends Int32Array | Float64Array>(x: T, make: (k: number) => T) => { const g = make(x.length * 2); g.set(x); return g; };
      this.a = grow(this.a, (k) => new Int32Array(k)); this.b = grow(this.b, (k) => new Int32Array(k)); this.s = grow(this.s, (k) => new Float64Array(k));
    }
    this.a[this.length] = a; this.b[this.length] = b; this.s[this.length] = s;
    this.length++;
  }
  /** Empties the list and lets its storage go (a grown list can hold hundreds of MB). */
  clear(): void {
    this.a = new Int32Array(16); this.b = new Int32Array(16); this.s = new Float64Array(16);
    this.length = 0;
  }
}

/** Max-heap of candidate merges in typed arrays (value, the two clusters, their version sum); ties by cluster ids. */
class Heap {
  v = new Float64Array(1024);
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  ver = new Int32Array(1024);
  size = 0;
  private above(i: number, j: number): boolean {
    return this.v[i]! > this.v[j]! || (this.v[i] === this.v[j] && (this.a[i]! < this.a[j]! || (this.a[i] === this.a[j] && this.b[i]! < this.b[j]!)));
  }
  private swap(i: number, j: number): void {
    let t: number;
    t = this.v[i]!; this.v[i] = this.v[j]!; this.v[j] = t;
    t = this.a[i]!; this.a[i] = this.a[j]!; this.a[j] = t;
    t = this.b[i]!; this.b[i] = this.b[j]!; this.b[j] = t;
    t = this.ver[i]!; this.ver[i] = this.ver[j]!; this.ver[j] = t;
  }
  push(v: number, a: number, b: number, ver: number): void {
    if (this.size === this.v.length) {
      const k = this.size * 2;
      const v2 = new Float64Array(k); v2.set(this.v); this.v = v2;
      const a2 = new Int32Array(k); a2.set(this.a); this.a = a2;
      const b2 = new Int32Array(k); b2.set(this.b); this.b = b2;
      const r2 = new Int32Array(k); r2.set(this.ver); this.ver = r2;
    }
    let i = this.size++;
    this.v[i] = v; this.a[i] = a; this.b[i] = b; this.ver[i] = ver;
    while (i > 0) { const p = (i - 1) >> 1; if (!this.above(i, p)) break; this.swap(i, p); i = p; }
  }
  /** Removes the top entry into `top` (v, a, b, ver). */
  pop(top: { v: number; a: number; b: number; ver: number }): void {
    top.v = this.v[0]!; top.a = this.a[0]!; top.b = this.b[0]!; top.ver = this.ver[0]!;
    const last = --this.size;
    if (last > 0) {
      this.v[0] = this.v[last]!; this.a[0] = this.a[last]!; this.b[0] = this.b[last]!; this.ver[0] = this.ver[last]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < last && this.above(l, m)) m = l;
        if (r < last && this.above(r, m)) m = r;
        if (m === i) break;
        this.swap(m, i); i = m;
      }
    }
  }
}

/**
 * Open-addressing hash of links by their two clusters: a slot holds a link index (-1 empty, -2 deleted), and a probe
 * compares the link's own x/y, so no key is stored twice and no number is boxed (a Map keyed by x·n+y boxes keys
 * above 2^31, which n = 600k mentions reaches).
 */
class PairTable {
  private slots: Int32Array;
  private mask: number;
  private used = 0;
  live = 0;
  constructor(capacity: number, private x: () => Int32Array, private y: () => Int32Array) {
    this.slots = new Int32Array(PairTable.size(capacity)).fill(-1);
    this.mask = this.slots.length - 1;
  }
  private static size(live: number): number { let c = 16; while (c < live * 4) c *= 2; return c; }
  private static hash(p: number, q: number): number {
    let h = Math.imul(p, 0x9e3779b1) ^ Math.imul(q ^ 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d); h ^= h >>> 12;
    return h >>> 0;
  }
  /** The slot holding link (p < q), or -1. */
  private slotOf(p: number, q: number): number {
    const x = this.x(), y = this.y();
    for (let i = PairTable.hash(p, q) & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.slots[i]!;
      if (k === -1) return -1;
      if (k >= 0 && x[k] === p && y[k] === q) return i;
    }
  }
  get(p: number, q: number): number | undefined { const i = this.slotOf(p, q); return i < 0 ? undefined : this.slots[i]!; }
  /** Adds link k (p < q, not present). */
  set(p: number, q: number, k: number): void {
    if ((this.used + 1) * 2 > this.slots.length) this.rehash();
    let i = PairTable.hash(p, q) & this.mask;
    while (this.slots[i]! >= 0) i = (i + 1) & this.mask;
    if (this.slots[i] === -1) this.used++;
    this.slots[i] = k;
    this.live++;
  }
  delete(p: number, q: number): void {
    const i = this.slotOf(p, q);
    if (i >= 0) { this.slots[i] = -2; this.live--; }
  }
  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(PairTable.size(this.live + 1)).fill(-1);
    this.mask = this.slots.length - 1;
    this.used = 0; this.live = 0;
    const x = this.x(), y = this.y();
    for (const k of old) if (k >= 0) this.set(x[k]!, y[k]!, k);
  }
}

/**
 * Links between clusters: link k joins clusters x[k] < y[k] with summed score sum[k] over cnt[k] observed pairs.
 * `key` finds a link by its two clusters; `adj` lists each cluster's links (dead ones are skipped and dropped lazily).
 */
class Links {
  x: Int32Array; y: Int32Array; sum: Float64Array; cnt: Int32Array; alive: Uint8Array;
  length = 0;
  key: PairTable;
  adj: (number[] | undefined)[];
  constructor(n: number, capacity: number) {
    const c = Math.max(16, capacity);
    this.x = new Int32Array(c); this.y = new Int32Array(c); this.sum = new Float64Array(c); this.cnt = new Int32Array(c); this.alive = new Uint8Array(c);
    this.adj = new Array(n);
    this.key = new PairTable(c, () => this.x, () => this.y);
  }
  get(p: number, q: number): number | undefined { return p < q ? this.key.get(p, q) : this.key.get(q, p); }
  add(p: number, q: number, s: number, c: number): void {
    if (p === q) return;
    const id = this.get(p, q);
    if (id !== undefined) { this.sum[id]! += s; this.cnt[id]! += c; return; }
    if (this.length === this.x.length) this.grow();
    const k = this.length++;
    this.x[k] = Math.min(p, q); this.y[k] = Math.max(p, q); this.sum[k] = s; this.cnt[k] = c; this.alive[k] = 1;
    this.key.set(this.x[k]!, this.y[k]!, k);
    (this.adj[p] ??= []).push(k);
    (this.adj[q] ??= []).push(k);
  }
  /**
   * Link k (small–y, just killed by a merge of small into big) now joins big and y: summed into the big–y link when
   * there is one, else k itself is re-keyed to big–y (it stays in y's list), so merges do not grow the arrays.
   */
  move(k: number, big: number, y: number): void {
    const id = this.get(big, y);
    if (id !== undefined) { this.sum[id]! += this.sum[k]!; this.cnt[id]! += this.cnt[k]!; return; }
    this.x[k] = Math.min(big, y); this.y[k] = Math.max(big, y); this.alive[k] = 1;
    this.key.set(this.x[k]!, this.y[k]!, k);
    (this.adj[big] ??= []).push(k);
  }
  other(k: number, c: number): number { return this.x[k] === c ? this.y[k]! : this.x[k]!; }
  kill(k: number): void { this.alive[k] = 0; this.key.delete(this.x[k]!, this.y[k]!); }
  private grow(): void {
    const c = this.x.length * 2;
    const i32 = (a: Int32Array) => { const g = new Int32Array(c); g.set(a); return g; };
    this.x = i32(this.x); this.y = i32(this.y); this.cnt = i32(this.cnt);
    const s = new Float64Array(c); s.set(this.sum); this.sum = s;
    const al = new Uint8Array(c); al.set(this.alive); this.alive = al;
  }
}

/**
 * @param n number of items
 * @param edges scored pairs (log-odds); repeated pairs are summed as separate observations
 * @param initial items already joined (must-links): a root per item, or null for singletons
 * @returns a cluster id per item (the smallest item index of its cluster)
 */
export function averageLinkage(n: number, edges: Edge[] | EdgeList, threshold: number, missing: number, initial: Int32Array | null = null): Int32Array {
  const root = new Int32Array(n);
  for (let i = 0; i < n; i++) root[i] = initial ? initial[i]! : i;
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) size[root[i]!]!++;
  const links = new Links(n, edges.length);
  if (edges instanceof EdgeList) for (let e = 0; e < edges.length; e++) links.add(root[edges.a[e]!]!, root[edges.b[e]!]!, edges.s[e]!, 1);
  else for (const e of edges) links.add(root[e.a]!, root[e.b]!, e.s, 1);
  const version = new Int32Array(n);
  const average = (x: number, y: number, k: number) => {
    const total = size[x]! * size[y]!;
    return (links.sum[k]! + missing * Math.max(0, total - links.cnt[k]!)) / total;
  };
  // The heap holds each cluster's best link only (not every link): after a merge only the merged cluster's best is
  // pushed. An entry that went stale (one of its clusters merged since) stands guard for the pairs of its clusters
  // that have no entry: its value was their cluster's best then, and those pairs' averages have not changed since
  // (only pairs with the merged cluster change, and its new best is pushed). So when it pops, the best of each of its
  // clusters still alive is recomputed and pushed, and the first valid entry to pop is the global best, with the same
  // tie order (value, then ids) as a heap of every link: the merges, and so the result, are the ones of that heap.
  const heap = new Heap();
  let pushes = 0;
  /** Pushes cluster c's best link above the threshold (and drops dead links from its list). */
  const pushBest = (c: number) => {
    const adj = links.adj[c];
    if (!adj) return;
    let bv = -Infinity, bx = -1, by = -1, w = 0;
    for (let i = 0; i < adj.length; i++) {
      const k = adj[i]!;
      if (!links.alive[k]) continue;
      adj[w++] = k;
      const x = links.x[k]!, y = links.y[k]!;
      const v = average(x, y, k);
      if (v > bv || (v === bv && (x < bx || (x === bx && y < by)))) { bv = v; bx = x; by = y; }
    }
    adj.length = w;
    if (bv > threshold) { heap.push(bv, bx, by, version[bx]! + version[by]!); pushes++; }
  };
  for (let c = 0; c < n; c++) if (root[c] === c) pushBest(c);
  const top = { v: 0, a: 0, b: 0, ver: 0 };
  while (heap.size) {
    heap.pop(top);
    const { a, b } = top;
    if (root[a] !== a || root[b] !== b || top.ver !== version[a]! + version[b]!) {
      // A stale guard: its clusters that are still clusters get their current best.
      if (root[a] === a) pushBest(a);
      if (root[b] === b) pushBest(b);
      continue;
    }
    // Merge the smaller cluster into the larger one.
    const [big, small] = size[a]! >= size[b]! ? [a, b] : [b, a];
    const between = links.get(big, small);
    if (between !== undefined) links.kill(between);
    for (const k of links.adj[small] ?? []) {
      if (!links.alive[k]) continue;
      const y = links.other(k, small);
      links.kill(k);
      links.move(k, big, y);
    }
    links.adj[small] = undefined;
    root[small] = big;
    size[big]! += size[small]!;
    version[big]!++;
    pushBest(big);
  }
  // Resolve every item to its final cluster, named by its smallest member.
  const find = (i: number): number => { let r = i; while (root[r] !== r) r = root[r]!; return r; };
  const out = new Int32Array(n);
  const name = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) { const r = find(i); if (name[r] === -1) name[r] = i; out[i] = name[r]!; }
  return out;
}

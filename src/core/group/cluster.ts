// Average-linkage clustering over a sparse graph of scored pairs, with must-links and cannot-links. Two clusters
// merge while the average log-odds over all their cross pairs is above the threshold. Pairs never scored (outside the
// block's window) count as `missing`; a cannot-link counts as -Infinity, so no merge can break it. Unlike union-find
// over single links, a chain a~b~c does not pull a and c together when a and c disagree.
// Memory: links between clusters and the merge heap live in typed arrays (no object per link or heap entry), so a
// graph of millions of scored pairs costs tens of bytes per pair (decision 0031).

export interface Edge { a: number; b: number; s: number }

/** Scored pairs in parallel typed arrays: the compact alternative to an `Edge[]` for large graphs. */
export class EdgeList {
  a: Int32Array; b: Int32Array; s: Float64Array;
  length = 0;
  /** `capacity`: the pairs expected, when known (then no doubling leaves unused room and copies behind). */
  constructor(capacity = 1024) {
    const c = Math.max(16, capacity);
    this.a = new Int32Array(c); this.b = new Int32Array(c); this.s = new Float64Array(c);
  }
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
 * Links between clusters: link k joins clusters x[k] < y[k] with summed score sum[k] over cnt[k] observed pairs.
 * Each cluster's links are a singly linked list in typed arrays (decision 0017): link k owns the two list nodes 2k and
 * 2k + 1, one in each of its clusters' lists (`next`, with `head`/`tail` per cluster; dead links are dropped from a
 * list when it is walked). A merge sums or re-keys the smaller cluster's links and splices its list onto the larger's,
 * so no node is ever added. This replaced a JS array per cluster and a hash table of links (at 30k articles ~118 MB
 * of small arrays on the heap and a 32 MB table, garbage left to the next full GC while the quantities are built).
 */
class Links {
  x: Int32Array; y: Int32Array; sum: Float64Array; cnt: Int32Array; alive: Uint8Array;
  length = 0;
  next: Int32Array; head: Int32Array; tail: Int32Array;
  /** mark[c]: a link that joined c to the cluster merged last; checked on use (alive and joining), never cleared. */
  mark: Int32Array;
  constructor(n: number, capacity: number) {
    this.x = new Int32Array(capacity); this.y = new Int32Array(capacity); this.sum = new Float64Array(capacity);
    this.cnt = new Int32Array(capacity); this.alive = new Uint8Array(capacity); this.next = new Int32Array(2 * capacity);
    this.head = new Int32Array(n).fill(-1); this.tail = new Int32Array(n).fill(-1); this.mark = new Int32Array(n).fill(-1);
  }
  other(k: number, c: number): number { return this.x[k] === c ? this.y[k]! : this.x[k]!; }
  joins(k: number, p: number, q: number): boolean {
    return k >= 0 && this.alive[k] === 1 && ((this.x[k] === p && this.y[k] === q) || (this.x[k] === q && this.y[k] === p));
  }
  append(c: number, node: number): void {
    this.next[node] = -1;
    if (this.tail[c]! < 0) this.head[c] = node; else this.next[this.tail[c]!] = node;
    this.tail[c] = node;
  }
  /** Appends list `from` to list `to` and empties `from`. */
  splice(to: number, from: number): void {
    if (this.head[from]! < 0) return;
    if (this.tail[to]! < 0) this.head[to] = this.head[from]!; else this.next[this.tail[to]!] = this.head[from]!;
    this.tail[to] = this.tail[from]!;
    this.head[from] = -1; this.tail[from] = -1;
  }
}

/**
 * The links of the scored pairs between the initial clusters (roots): one per pair of clusters, its sum over that
 * pair's scores in edge order (as adding them one by one in edge order). Edges are bucketed by their lower cluster
 * (a stable counting sort), so a repeated pair is found through `mark` instead of a hash table. The bucketed edges'
 * upper clusters and scores are written straight into the links' own `y` and `sum` arrays (link k is made from
 * bucketed edge i ≥ k, after that edge is read), so the pass reads them in order: through an array of edge numbers it
 * read the scored pairs at random, which at 30k articles (20 MB of pairs) cost 10× the time of 10k (decision 0087).
 */
function buildLinks(n: number, ea: Int32Array, eb: Int32Array, es: Float64Array, m: number, root: Int32Array): Links {
  const start = new Int32Array(n + 1);
  let kept = 0;
  for (let e = 0; e < m; e++) { const p = root[ea[e]!]!, q = root[eb[e]!]!; if (p !== q) { start[Math.min(p, q) + 1]!++; kept++; } }
  for (let c = 0; c < n; c++) start[c + 1]! += start[c]!;
  const links = new Links(n, kept);
  const { x, y, sum, cnt, alive, mark } = links;
  const fill = start.subarray(0, n).slice();
  for (let e = 0; e < m; e++) {
    const p = root[ea[e]!]!, q = root[eb[e]!]!;
    if (p !== q) { const at = fill[Math.min(p, q)]!++; y[at] = Math.max(p, q); sum[at] = es[e]!; }
  }
  for (let lo = 0; lo < n; lo++) {
    for (let i = start[lo]!; i < start[lo + 1]!; i++) {
      const hi = y[i]!, score = sum[i]!;
      const id = mark[hi]!;
      if (id >= 0 && id < links.length && x[id] === lo) { sum[id]! += score; cnt[id]!++; continue; }
      const k = links.length++;
      x[k] = lo; y[k] = hi; sum[k] = score; cnt[k] = 1; alive[k] = 1;
      mark[hi] = k;
    }
  }
  for (let k = 0; k < links.length; k++) { links.append(x[k]!, 2 * k); links.append(y[k]!, 2 * k + 1); }
  return links;
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
  const links = edges instanceof EdgeList
    ? buildLinks(n, edges.a, edges.b, edges.s, edges.length, root)
    : buildLinks(n, Int32Array.from(edges, (e) => e.a), Int32Array.from(edges, (e) => e.b), Float64Array.from(edges, (e) => e.s), edges.length, root);
  const { x: lx, y: ly, sum, cnt, alive, next, head, tail, mark } = links;
  const version = new Int32Array(n);
  const average = (k: number) => {
    const total = size[lx[k]!]! * size[ly[k]!]!;
    return (sum[k]! + missing * Math.max(0, total - cnt[k]!)) / total;
  };
  // The heap holds each cluster's best link only (not every link): after a merge only the merged cluster's best is
  // pushed. An entry that went stale (one of its clusters merged since) stands guard for the pairs of its clusters
  // that have no entry: its value was their cluster's best then, and those pairs' averages have not changed since
  // (only pairs with the merged cluster change, and its new best is pushed). So when it pops, the best of each of its
  // clusters still alive is recomputed and pushed, and the first valid entry to pop is the global best, with the same
  // tie order (value, then ids) as a heap of every link: the merges, and so the result, are the ones of that heap.
  const heap = new Heap();
  let bv = -Infinity, bx = -1, by = -1;
  /** Offers link k to the best so far (by value, then ids). */
  const offer = (k: number) => {
    const v = average(k), x = lx[k]!, y = ly[k]!;
    if (v > bv || (v === bv && (x < bx || (x === bx && y < by)))) { bv = v; bx = x; by = y; }
  };
  /** Walks cluster c's list, dropping dead links; `visit` gets each live one. */
  const walk = (c: number, visit: (k: number) => void) => {
    let prev = -1;
    for (let node = head[c]!; node >= 0; node = next[node]!) {
      const k = node >> 1;
      if (!alive[k]) { if (prev < 0) head[c] = next[node]!; else next[prev] = next[node]!; continue; }
      prev = node;
      visit(k);
    }
    tail[c] = prev;
  };
  const push = () => { if (bv > threshold) heap.push(bv, bx, by, version[bx]! + version[by]!); };
  // changed[c]: one of c's links changed (summed, re-keyed, or its other cluster merged) since c's best was last
  // found. A stale guard recomputes only such a cluster: an unchanged one has the same best, still in the heap as a
  // valid entry (or none above the threshold), so its walk would only push a duplicate, whose pop as a stale guard
  // walked both its clusters again. At 30k articles the clusters are 3× larger and these repeated walks grew 8× for
  // 3× the items; skipping them changes no merge (decision 0120).
  const changed = new Uint8Array(n);
  /** Pushes cluster c's best link above the threshold. */
  const pushBest = (c: number) => { bv = -Infinity; bx = -1; by = -1; walk(c, offer); push(); changed[c] = 0; };
  for (let c = 0; c < n; c++) if (root[c] === c) pushBest(c);
  const top = { v: 0, a: 0, b: 0, ver: 0 };
  let big = -1, small = -1;
  // Merge helpers (no closure per merge): small's links, by their other cluster, in `mark`; big's links take the sum
  // of small's link to the same cluster (one addition per pair of clusters and merge, as before); small's links left
  // over are re-keyed to big and its list spliced onto big's.
  const markSmall = (k: number) => { mark[links.other(k, small)] = k; };
  const absorb = (k: number) => {
    const y = links.other(k, big), s = mark[y]!;
    if (y !== small && links.joins(s, small, y)) { sum[k]! += sum[s]!; cnt[k]! += cnt[s]!; alive[s] = 0; }
    changed[y] = 1;
    offer(k);
  };
  const rekey = (k: number) => {
    const y = links.other(k, small);
    lx[k] = Math.min(big, y); ly[k] = Math.max(big, y);
    changed[y] = 1;
    offer(k);
  };
  while (heap.size) {
    heap.pop(top);
    const { a, b } = top;
    if (root[a] !== a || root[b] !== b || top.ver !== version[a]! + version[b]!) {
      // A stale guard: its clusters that are still clusters get their current best.
      if (root[a] === a && changed[a]) pushBest(a);
      if (root[b] === b && changed[b]) pushBest(b);
      continue;
    }
    // Merge the smaller cluster into the larger one.
    [big, small] = size[a]! >= size[b]! ? [a, b] : [b, a];
    walk(small, markSmall);
    const between = mark[big]!;
    if (links.joins(between, big, small)) alive[between] = 0;
    root[small] = big;
    size[big]! += size[small]!;
    version[big]!++;
    bv = -Infinity; bx = -1; by = -1;
    walk(big, absorb);
    walk(small, rekey);
    links.splice(big, small);
    push();
    changed[big] = 0;
  }
  // Resolve every item to its final cluster, named by its smallest member.
  const find = (i: number): number => { let r = i; while (root[r] !== r) r = root[r]!; return r; };
  const out = new Int32Array(n);
  const name = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) { const r = find(i); if (name[r] === -1) name[r] = i; out[i] = name[r]!; }
  return out;
}

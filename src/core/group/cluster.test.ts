import { describe, expect, it } from 'vitest';
import { averageLinkage, EdgeList, type Edge } from './cluster.js';

/** Naive average linkage: merge the best pair of clusters while its average (unscored pairs count `missing`) beats the threshold. */
function naive(n: number, edges: Edge[], threshold: number, missing: number): Int32Array {
  const sum = new Map<string, { s: number; c: number }>();
  for (const e of edges) {
    const k = e.a < e.b ? `${e.a},${e.b}` : `${e.b},${e.a}`;
    const t = sum.get(k) ?? { s: 0, c: 0 };
    t.s += e.s; t.c++;
    sum.set(k, t);
  }
  let clusters = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best: [number, number, number] | null = null;
    for (let x = 0; x < clusters.length; x++)
      for (let y = x + 1; y < clusters.length; y++) {
        let s = 0, c = 0;
        for (const i of clusters[x]!) for (const j of clusters[y]!) { const t = sum.get(i < j ? `${i},${j}` : `${j},${i}`); if (t) { s += t.s; c += t.c; } }
        if (c === 0) continue;
        const total = clusters[x]!.length * clusters[y]!.length;
        const v = (s + missing * Math.max(0, total - c)) / total;
        if (v > threshold && (!best || v > best[0])) best = [v, x, y];
      }
    if (!best) break;
    const [, x, y] = best;
    clusters[x] = [...clusters[x]!, ...clusters[y]!];
    clusters = clusters.filter((_, i) => i !== y);
  }
  const out = new Int32Array(n);
  for (const c of clusters) { const m = Math.min(...c); for (const i of c) out[i] = m; }
  return out;
}

function prng(seed: number) {
  return () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
}

describe('averageLinkage (typed arrays)', () => {
  it('agrees with a naive average linkage on random sparse graphs, from an Edge[] or an EdgeList', () => {
    const r = prng(11);
    for (let trial = 0; trial < 40; trial++) {
      const n = 8 + Math.floor(r() * 25);
      const edges: Edge[] = [];
      const list = new EdgeList();
      for (let k = 0; k < n * 3; k++) {
        const a = Math.floor(r() * n), b = Math.floor(r() * n);
        if (a === b) continue;
        const s = r() < 0.1 ? -Infinity : r() * 8 - 3;
        edges.push({ a, b, s });
        list.push(a, b, s);
      }
      const want = naive(n, edges, 0.5, -1);
      expect([...averageLinkage(n, edges, 0.5, -1)]).toEqual([...want]);
      expect([...averageLinkage(n, list, 0.5, -1)]).toEqual([...want]);
    }
  });

  it('agrees with the naive one on larger dense graphs (many merges: links summed, re-keyed and lists spliced)', () => {
    const r = prng(29);
    for (let trial = 0; trial < 3; trial++) {
      const n = 100 + Math.floor(r() * 40);
      const list = new EdgeList();
      const edges: Edge[] = [];
      for (let k = 0; k < n * 8; k++) {
        const a = Math.floor(r() * n), b = Math.floor(r() * n);
        if (a === b) continue;
        const s = r() * 10 - 2;
        edges.push({ a, b, s });
        list.push(a, b, s);
      }
      const want = naive(n, edges, 0, -0.5);
      expect(new Set(want).size).toBeLessThan(n / 2); // most items did merge
      expect([...averageLinkage(n, list, 0, -0.5)]).toEqual([...want]);
    }
  });

  it('never merges across a cannot-link, and keeps must-links joined', () => {
    const edges: Edge[] = [{ a: 0, b: 1, s: 5 }, { a: 1, b: 2, s: 5 }, { a: 0, b: 2, s: -Infinity }, { a: 3, b: 4, s: -2 }];
    const c = averageLinkage(5, edges, 0, -6);
    expect(c[0]).toBe(c[1]);
    expect(c[2]).not.toBe(c[0]);
    const joined = averageLinkage(5, edges, 0, -6, Int32Array.from([0, 1, 2, 3, 3]));
    expect(joined[3]).toBe(joined[4]);
  });
});

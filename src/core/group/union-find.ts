// Disjoint sets with path halving and union by size: near-constant time per operation.
export class UnionFind {
  private parent: Int32Array;
  private size: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.size = new Int32Array(n).fill(1);
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) { p[x] = p[p[x]!]!; x = p[x]!; }
    return x;
  }
  union(a: number, b: number): void {
    let x = this.find(a), y = this.find(b);
    if (x === y) return;
    // Ties go to the lower index so roots do not depend on call order.
    if (this.size[x]! < this.size[y]! || (this.size[x] === this.size[y] && y < x)) [x, y] = [y, x];
    this.parent[y] = x;
    this.size[x]! += this.size[y]!;
  }
}

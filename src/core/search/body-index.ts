/**
 * Body postings of every article in a few compact segments (see segment.ts), with the per-document lengths and
 * tombstones BM25 needs. Documents are numbered by ordinals; the engine maps article ids to them.
 */
import { buildSegment, mergeSegments, packSegment, renumberSegment, unpackSegment, type PackedSegment, type Segment, type SegmentDoc } from './segment.js';
import { findTerm, fuzzyTerms, prefixRange } from './vocabulary.js';

/** BM25+ with MiniSearch's default parameters, so body and metadata scores are on one scale. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export function bm25(tf: number, df: number, total: number, length: number, avgLength: number): number {
  const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
  return idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avgLength)));
}

/** A term of the index that a query term reaches, and how much a match on it is worth (1 = exact). */
export interface Expansion {
  term: string;
  weight: number;
}

/** The body index as stored (segments packed). */
export interface BodyIndexData {
  segments: PackedSegment[];
  lengths: Uint32Array;
  alive: Uint8Array;
  size: number;
}

export class BodyIndex {
  segments: Segment[] = [];
  /** Body length in terms, by ordinal. */
  lengths: Uint32Array = new Uint32Array(64);
  alive: Uint8Array = new Uint8Array(64);
  /** Ordinals handed out so far (dead ones included). */
  size = 0;
  aliveCount = 0;
  totalLength = 0;

  static from(data: BodyIndexData): BodyIndex {
    const b = new BodyIndex();
    b.segments = data.segments.map(unpackSegment);
    b.lengths = data.lengths;
    b.alive = data.alive;
    b.size = data.size;
    for (let o = 0; o < b.size; o++) {
      if (!b.alive[o]) continue;
      b.aliveCount++;
      b.totalLength += b.lengths[o]!;
    }
    return b;
  }

  data(): BodyIndexData {
    return { segments: this.segments.map(packSegment), lengths: this.lengths.slice(0, this.size), alive: this.alive.slice(0, this.size), size: this.size };
  }

  /** Reserve the next ordinal. */
  newOrdinal(): number {
    if (this.size === this.lengths.length) {
      const grow = <T extends Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.lengths = grow(this.lengths, (n) => new Uint32Array(n));
      this.alive = grow(this.alive, (n) => new Uint8Array(n));
    }
    return this.size++;
  }

  /** Index a batch of documents (ordinals from newOrdinal) as one new segment, then merge as the policy says. */
  add(docs: readonly SegmentDoc[]): void {
    if (!docs.length) return;
    for (const d of docs) {
      this.lengths[d.ord] = d.terms.length;
      this.alive[d.ord] = 1;
      this.aliveCount++;
      this.totalLength += d.terms.length;
    }
    this.segments.push(buildSegment(docs));
    this.#mergeSimilar();
  }

  remove(ord: number): void {
    if (ord >= this.size || !this.alive[ord]) return;
    this.alive[ord] = 0;
    this.aliveCount--;
    this.totalLength -= this.lengths[ord]!;
  }

  isAlive = (ord: number): boolean => this.alive[ord] === 1;

  /** Dead ordinals still holding postings. */
  get dead(): number {
    let n = 0;
    for (const s of this.segments) n += s.ords.length;
    return n - this.aliveCount;
  }

  /**
   * Keep segment sizes roughly halving from oldest to newest (a binary counter): adding n documents in batches
   * costs O(n log n) posting copies in all, and a query never visits more than ~log2(n) segments.
   */
  #mergeSimilar(): void {
    const s = this.segments;
    while (s.length >= 2 && s[s.length - 1]!.ords.length * 2 >= s[s.length - 2]!.ords.length) {
      const b = s.pop()!;
      const a = s.pop()!;
      s.push(mergeSegments(a, b, this.isAlive));
    }
  }

  /** Merge every segment into one (when idle): a query then walks one vocabulary instead of several. */
  mergeAll(): void {
    if (this.segments.length < 2 && this.dead === 0) return;
    const empty: Segment = { terms: [], starts: new Uint32Array(1), docs: new Uint32Array(0), tfs: new Uint16Array(0), ords: new Uint32Array(0) };
    this.segments = [this.segments.reduce((a, b) => mergeSegments(a, b, this.isAlive), empty)];
  }

  /**
   * Merge everything into one segment and give live documents consecutive ordinals again. Returns old → new
   * ordinal (-1 for a deleted one), for the caller's own tables.
   */
  compact(): Int32Array {
    this.mergeAll();
    const map = new Int32Array(this.size).fill(-1);
    const lengths = new Uint32Array(Math.max(64, this.aliveCount));
    const alive = new Uint8Array(lengths.length);
    let next = 0;
    for (let o = 0; o < this.size; o++) {
      if (!this.alive[o]) continue;
      map[o] = next;
      lengths[next] = this.lengths[o]!;
      alive[next++] = 1;
    }
    this.segments = this.segments.map((s) => renumberSegment(s, map));
    this.lengths = lengths;
    this.alive = alive;
    this.size = next;
    return map;
  }

  /** Document frequency of a term (deleted documents count until merged away, as in Lucene). */
  df(term: string): number {
    let n = 0;
    for (const s of this.segments) {
      const i = findTerm(s.terms, term);
      if (i >= 0) n += s.starts[i + 1]! - s.starts[i]!;
    }
    return n;
  }

  /** Index terms starting with `prefix` (distinct, any segment). */
  withPrefix(prefix: string): string[] {
    const out = new Set<string>();
    for (const s of this.segments) {
      const [a, b] = prefixRange(s.terms, prefix);
      for (let i = a; i < b; i++) out.add(s.terms[i]!);
    }
    return [...out];
  }

  /** Index terms within `maxDistance` edits of `term`, with their distance (two edits: first letter kept). */
  near(term: string, maxDistance: number): Map<string, number> {
    const out = new Map<string, number>();
    for (const s of this.segments) {
      for (const [i, d] of fuzzyTerms(s.terms, term, maxDistance, maxDistance > 1 ? 1 : 0)) {
        const t = s.terms[i]!;
        if ((out.get(t) ?? Infinity) > d) out.set(t, d);
      }
    }
    return out;
  }

  /**
   * Add weight × BM25 of each expansion to `score[ord]` and set `bit` in `mask[ord]` for every live document that
   * contains it; newly reached ordinals are appended to `touched` (a buffer of at least `size` slots, `count` used),
   * and the new count is returned. No allocation per posting: a common word reaches every document.
   */
  accumulate(expansions: readonly Expansion[], bit: number, score: Float64Array, mask: Uint32Array, touched: Int32Array, count: number): number {
    const total = Math.max(1, this.aliveCount);
    const avg = this.totalLength / total || 1;
    for (const { term, weight } of expansions) {
      const df = this.df(term);
      if (!df) continue;
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      for (const s of this.segments) {
        const i = findTerm(s.terms, term);
        if (i < 0) continue;
        for (let k = s.starts[i]!, end = s.starts[i + 1]!; k < end; k++) {
          const ord = s.docs[k]!;
          if (this.alive[ord] !== 1) continue;
          if (mask[ord] === 0) touched[count++] = ord;
          const tf = s.tfs[k]!;
          score[ord]! += weight * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * this.lengths[ord]!) / avg)));
          mask[ord]! |= bit;
        }
      }
    }
    return count;
  }
}

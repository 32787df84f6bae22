/**
 * An immutable block of body postings in typed arrays: a sorted term list, and per term a run of (document
 * ordinal, term frequency) pairs. Postings cost 6 bytes each instead of a Map entry per (term, document), and
 * structured-clone (IndexedDB) copies the arrays as raw memory, so a stored segment loads without a rebuild.
 * New documents make a new small segment; segments of similar size are merged, dropping deleted documents.
 */
import { mergeTerms } from './vocabulary.js';

export interface Segment {
  /** Sorted, distinct. */
  terms: string[];
  /** Postings of terms[i] are docs/tfs[starts[i] .. starts[i + 1]). */
  starts: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
  /** Ordinals of the documents written here (deleted ones included until the next merge). */
  ords: Uint32Array;
}

/**
 * A segment as stored: the terms joined by NUL into one string. IndexedDB's structured clone copies one long
 * string and three typed arrays as raw memory; an array of 500,000 small strings costs ten times as much.
 */
export interface PackedSegment extends Omit<Segment, 'terms'> {
  terms: string;
}

const packed = new WeakMap<Segment, PackedSegment>();

/** Segments never change, so each is packed once however often the index is saved. */
export function packSegment(s: Segment): PackedSegment {
  let p = packed.get(s);
  if (!p) packed.set(s, (p = { ...s, terms: s.terms.join('\0') }));
  return p;
}

export function unpackSegment(p: PackedSegment): Segment {
  const s = { ...p, terms: p.terms ? p.terms.split('\0') : [] };
  packed.set(s, p);
  return s;
}

export interface SegmentDoc {
  ord: number;
  terms: readonly string[];
}

export function buildSegment(docs: readonly SegmentDoc[]): Segment {
  const byTerm = new Map<string, number[]>();
  let total = 0;
  for (const d of docs) {
    const tf = new Map<string, number>();
    for (const t of d.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, f] of tf) {
      let list = byTerm.get(t);
      if (!list) byTerm.set(t, (list = []));
      list.push(d.ord, f);
      total++;
    }
  }
  const terms = [...byTerm.keys()].sort();
  const starts = new Uint32Array(terms.length + 1);
  const docsOut = new Uint32Array(total);
  const tfs = new Uint16Array(total);
  let k = 0;
  terms.forEach((t, i) => {
    starts[i] = k;
    const list = byTerm.get(t)!;
    for (let j = 0; j < list.length; j += 2) {
      docsOut[k] = list[j]!;
      tfs[k++] = Math.min(65535, list[j + 1]!);
    }
  });
  starts[terms.length] = k;
  return { terms, starts, docs: docsOut, tfs, ords: Uint32Array.from(docs, (d) => d.ord) };
}

/** One segment holding the live postings of `a` then `b`; terms left with no live posting disappear. */
export function mergeSegments(a: Segment, b: Segment, alive: (ord: number) => boolean): Segment {
  const { terms: all, mapA, mapB } = mergeTerms(a.terms, b.terms);
  const counts = new Uint32Array(all.length);
  const count = (s: Segment, map: Uint32Array) => {
    for (let i = 0; i < s.terms.length; i++) {
      let c = 0;
      for (let k = s.starts[i]!; k < s.starts[i + 1]!; k++) if (alive(s.docs[k]!)) c++;
      counts[map[i]!]! += c;
    }
  };
  count(a, mapA);
  count(b, mapB);
  // Renumber the merged terms, skipping the empty ones.
  const keep = new Int32Array(all.length).fill(-1);
  const terms: string[] = [];
  let total = 0;
  for (let i = 0; i < all.length; i++) {
    if (counts[i]! === 0) continue;
    keep[i] = terms.length;
    terms.push(all[i]!);
    total += counts[i]!;
  }
  const starts = new Uint32Array(terms.length + 1);
  for (let i = 0, k = 0; i < all.length; i++) {
    if (keep[i]! < 0) continue;
    starts[keep[i]!] = k;
    k += counts[i]!;
  }
  starts[terms.length] = total;
  const docs = new Uint32Array(total);
  const tfs = new Uint16Array(total);
  const cursor = starts.slice(0, terms.length);
  const copy = (s: Segment, map: Uint32Array) => {
    for (let i = 0; i < s.terms.length; i++) {
      const to = keep[map[i]!]!;
      if (to < 0) continue;
      for (let k = s.starts[i]!; k < s.starts[i + 1]!; k++) {
        const d = s.docs[k]!;
        if (!alive(d)) continue;
        const c = cursor[to]!++;
        docs[c] = d;
        tfs[c] = s.tfs[k]!;
      }
    }
  };
  copy(a, mapA);
  copy(b, mapB);
  const ords = Uint32Array.from([...a.ords, ...b.ords].filter(alive));
  return { terms, starts, docs, tfs, ords };
}

/** Rewrite document ordinals (after deleted ordinals are reclaimed). */
export function renumberSegment(s: Segment, newOrd: Int32Array): Segment {
  const docs = new Uint32Array(s.docs.length);
  for (let k = 0; k < s.docs.length; k++) docs[k] = newOrd[s.docs[k]!]!;
  return { ...s, docs, ords: s.ords.map((o) => newOrd[o]!) };
}

/** Bytes held by the segment's arrays (terms counted at 2 bytes per character plus a pointer). */
export function segmentBytes(s: Segment): number {
  let t = 0;
  for (const x of s.terms) t += 2 * x.length + 8;
  return t + s.ords.byteLength + s.starts.byteLength + s.docs.byteLength + s.tfs.byteLength;
}

// One pass over an article's text into compact typed arrays, in two flavours:
// - `sketch`: what candidate generation needs from every article (a 512-byte MinHash signature and the sorted
//   sentence signatures); nothing else of the article is kept.
// - `scanUnits`: what alignment needs, only for articles in a candidate pair: the eligible sentences as spans of
//   the text and sorted content-stem ids, plus the document's shingle set. Built when first needed, dropped after
//   the article's last candidate pair.
// Sentences and tokens are the same as `splitUnits` and `words` make them (sentences.ts, tokens.ts).
import type { Lexicon } from './lexicon.js';
import { MinHasher, shingleSet, ShingleStream } from './minhash.js';
import { sentenceSignatures, sortedUniqueInPlace } from './signatures.js';

const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;
const STRIP = /[,’']/g;
const SPACE = /\s/;

/** A growable Uint32Array. */
class U32 {
  a: Uint32Array;
  n = 0;
  constructor(size = 256) { this.a = new Uint32Array(size); }
  push(x: number): void {
    if (this.n === this.a.length) { const g = new Uint32Array(this.a.length * 2); g.set(this.a); this.a = g; }
    this.a[this.n++] = x;
  }
}

/** Scratch buffers shared by every scan of one detection run (one article at a time). */
export class Scratch {
  words = new U32();
  stems = new U32();
  sorted = new Uint32Array(64);
  sigs = new U32(1024);
  docWords = new U32(1024);
  ids = new U32(1024);
  off = new U32(64);
  spans = new U32(128);
  /** The sketch's MinHash and shingle stream, reset per article: no buffers of their own per article (decision 0088). */
  mh = new MinHasher();
  stream = new ShingleStream((h) => this.mh.add(h));
}

type Visit = (start: number, end: number) => void;

/** Calls `visit` for each unit (trimmed piece of a line between sentence breaks) with its tokens in `sc.words`/`sc.stems`. */
function walk(text: string, lex: Lexicon, sc: Scratch, visit: Visit): void {
  const unit = (s: number, e: number) => {
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (s === e) return;
    sc.words.n = 0; sc.stems.n = 0;
    const lower = text.slice(s, e).toLowerCase();
    for (const m of lower.matchAll(WORD)) {
      let w = m[0];
      if (w.includes(',') || w.includes('’') || w.includes('\'')) w = w.replace(STRIP, '');
      const slot = lex.look(w);
      sc.words.push(lex.wordId(slot));
      if (lex.isContent(slot)) sc.stems.push(lex.stemOf(slot));
    }
    visit(s, e);
  };
  for (let pos = 0; pos < text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (nl > pos) {
      const line = text.slice(pos, nl);
      let from = 0;
      for (const m of line.matchAll(SENTENCE_BREAK)) { unit(pos + from, pos + m.index); from = m.index + m[0].length; }
      unit(pos + from, nl);
    }
    pos = nl + 1;
  }
}

/** Sorts the unit's stems into `sc.sorted` (unique) and returns how many there are. */
function distinctStems(sc: Scratch): number {
  if (sc.sorted.length < sc.stems.n) sc.sorted = new Uint32Array(sc.stems.n * 2);
  const s = sc.sorted.subarray(0, sc.stems.n);
  s.set(sc.stems.a.subarray(0, sc.stems.n));
  s.sort();
  let m = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[m - 1]) s[m++] = s[i]!;
  return m;
}

export interface Sketch {
  /** MinHash signature of the word 5-shingles, null for a text without words. */
  sig: Uint32Array | null;
  /** Sorted unique sentence signatures of the eligible sentences (null when there are none). */
  sents: Uint32Array | null;
}

/**
 * `sigInto`: where the signature is written (K values; the caller's view of one buffer for every article, so a pass
 * over n articles allocates one ArrayBuffer per article, its sentence signatures, instead of four: V8 answers each
 * ~64 MB of new ArrayBuffers with a full collection of the whole heap; decision 0088).
 */
export function sketch(text: string, lex: Lexicon, sc: Scratch, minStems: number, sigInto: Uint32Array): Sketch {
  const mh = sc.mh, stream = sc.stream;
  mh.reset(); stream.reset();
  sc.sigs.n = 0;
  walk(text, lex, sc, () => {
    for (let i = 0; i < sc.words.n; i++) stream.push(sc.words.a[i]!);
    if (distinctStems(sc) >= minStems) sentenceSignatures(sc.stems.a, sc.stems.n, sc.sigs);
  });
  stream.end();
  return { sig: mh.finishInto(sigInto), sents: sc.sigs.n ? sortedUniqueInPlace(sc.sigs.a, sc.sigs.n) : null };
}

/** An article's eligible sentences for alignment. Unit u is text[spans[2u], spans[2u+1]), its stems ids[off[u]..off[u+1]). */
export interface Units {
  count: number;
  spans: Uint32Array;
  ids: Uint32Array;
  off: Uint32Array;
  /** Sorted unique word 5-shingle hashes of the whole text. */
  shingles: Uint32Array;
  /** Postings: every (stem id, unit) of the units, sorted by stem id, as two parallel arrays. */
  postStem: Uint32Array;
  postUnit: Uint32Array;
}

function postings(ids: Uint32Array, off: Uint32Array, count: number): [Uint32Array, Uint32Array] {
  const UNIT = 2 ** 20;
  const packed = new Float64Array(ids.length);
  for (let u = 0; u < count; u++) for (let k = off[u]!; k < off[u + 1]!; k++) packed[k] = ids[k]! * UNIT + u;
  packed.sort();
  const stem = new Uint32Array(ids.length), unit = new Uint32Array(ids.length);
  for (let k = 0; k < packed.length; k++) { stem[k] = Math.floor(packed[k]! / UNIT); unit[k] = packed[k]! % UNIT; }
  return [stem, unit];
}

export function scanUnits(text: string, lex: Lexicon, sc: Scratch, minStems: number): Units {
  sc.docWords.n = 0; sc.ids.n = 0; sc.off.n = 0; sc.spans.n = 0;
  sc.off.push(0);
  walk(text, lex, sc, (s, e) => {
    for (let i = 0; i < sc.words.n; i++) sc.docWords.push(sc.words.a[i]!);
    const m = distinctStems(sc);
    if (m < minStems) return;
    for (let i = 0; i < m; i++) sc.ids.push(sc.sorted[i]!);
    sc.off.push(sc.ids.n);
    sc.spans.push(s); sc.spans.push(e);
  });
  const count = sc.off.n - 1, ids = sc.ids.a.slice(0, sc.ids.n), off = sc.off.a.slice(0, sc.off.n);
  const [postStem, postUnit] = postings(ids, off, count);
  return {
    count, spans: sc.spans.a.slice(0, sc.spans.n), ids, off,
    shingles: shingleSet(sc.docWords.a.subarray(0, sc.docWords.n)),
    postStem, postUnit,
  };
}

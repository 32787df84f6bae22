// Word ids for reuse detection. A word's id is its 32-bit FNV-1a hash (the hash the shingles and sentence
// signatures are built from), so ids need no global table: two articles agree on them without sharing state, and
// memory does not grow with the vocabulary (a corpus of invented names has millions of distinct words). A bounded
// cache remembers, per distinct word, its hash and its content-stem id (the hash of its stem, or "none" for
// stopwords), so the suffix rules and the hashing run once per word, not once per token.
import { fnv1a } from './hash.js';
import { stem, STOP } from './tokens.js';

/** Cached words before the cache starts over (~10 MB at most). */
const CAP = 1 << 17;

export class Lexicon {
  private slot = new Map<string, number>();
  private word = new Uint32Array(CAP);
  private stemId = new Uint32Array(CAP);
  private content = new Uint8Array(CAP);
  private size = 0;

  /** Slot of `w` (a lowercased token as `words()` makes it); valid until the next call to `look`. */
  look(w: string): number {
    let s = this.slot.get(w);
    if (s === undefined) {
      if (this.size === CAP) { this.slot.clear(); this.size = 0; }
      s = this.size++;
      this.slot.set(w, s);
      this.word[s] = fnv1a(w);
      const isContent = w.length >= 2 && !STOP.has(w);
      this.content[s] = isContent ? 1 : 0;
      this.stemId[s] = isContent ? fnv1a(stem(w)) : 0;
    }
    return s;
  }

  wordId(slot: number): number { return this.word[slot]!; }
  /** The content stem's id, meaningful only when `isContent(slot)`. */
  stemOf(slot: number): number { return this.stemId[slot]!; }
  isContent(slot: number): boolean { return this.content[slot] === 1; }
}

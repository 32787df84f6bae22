/** A lookup table without a prototype: a word like "constructor" in an article must not find Object.prototype members. */
export function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/**
 * The same table as a Map, for lookups in hot loops. Token strings are fresh slices of the article: a
 * dictionary-mode object has to find such a key in V8's string table first (a runtime call, repeated for every
 * miss), while a Map only needs the string's hash, which is computed once and cached in the string.
 */
export function asMap<T>(table: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(table));
}

/**
 * Bit tables of the (first character, length) and (last character, length) pairs of a word list. A word that
 * fails either test cannot be in the list, and is rejected without hashing it: the refiners ask about every word in
 * windows around each number, most of those words are in no list, and the first lookup of a token hashes the whole
 * string. (Words of 32+ characters, and non-ASCII end characters, skip the corresponding test.)
 */
class WordShapes {
  private readonly first = new Uint32Array(128);
  private readonly last = new Uint32Array(128);
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const n = w.length;
      if (n === 0 || n >= 32) continue;
      const a = w.charCodeAt(0);
      const z = w.charCodeAt(n - 1);
      if (a < 128) this.first[a]! |= 1 << n;
      if (z < 128) this.last[z]! |= 1 << n;
    }
  }
  mayHave(w: string): boolean {
    const n = w.length;
    if (n === 0 || n >= 32) return true;
    const a = w.charCodeAt(0);
    if (a < 128 && (this.first[a]! & (1 << n)) === 0) return false;
    const z = w.charCodeAt(n - 1);
    return z >= 128 || (this.last[z]! & (1 << n)) !== 0;
  }
}

/** A set of words behind the WordShapes pre-test. */
export class WordSet {
  private readonly words: Set<string>;
  private readonly shapes: WordShapes;
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.shapes = new WordShapes(this.words);
  }
  has(w: string): boolean {
    return this.shapes.mayHave(w) && this.words.has(w);
  }
}

/** A lookup table of words behind the WordShapes pre-test (see also asMap). */
export class WordMap<T> {
  private readonly map: Map<string, T>;
  private readonly shapes: WordShapes;
  constructor(table: Record<string, T>) {
    this.map = asMap(table);
    this.shapes = new WordShapes(this.map.keys());
  }
  get(w: string): T | undefined {
    return this.shapes.mayHave(w) ? this.map.get(w) : undefined;
  }
}

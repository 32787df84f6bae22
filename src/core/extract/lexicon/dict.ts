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

/**
 * Every word of every WordSet and WordMap, numbered from 1 (decision 0026). A token looks its lowercase form up here
 * once (`lexId`) and keeps the number; after that, "is this token in set X" is one byte read in X's table, however
 * many sets ask about it. The refiners ask about the same tokens again and again (windows around each number overlap,
 * several refiners walk the same windows), and a string lookup costs a hash probe each time.
 */
const LEXICON = new Map<string, number>();
function register(words: Iterable<string>): void {
  for (const w of words) if (!LEXICON.has(w)) LEXICON.set(w, LEXICON.size + 1);
}

/** What lexId needs of a token: its lowercase form and the slot where the number is kept (-1 until looked up). */
export interface LexToken { lower: string; lex: number }

/** The lexicon number of a token's lowercase form (0 when no WordSet or WordMap has it), looked up once per token. */
export function lexId(t: LexToken): number {
  const id = t.lex;
  if (id >= 0) return id;
  return (t.lex = LEXICON.get(t.lower) ?? 0);
}

/** A set of words behind the WordShapes pre-test. */
export class WordSet {
  private readonly words: Set<string>;
  private readonly shapes: WordShapes;
  /** Membership by lexicon number, built at first use (after every module's sets have registered their words). */
  private member: Uint8Array = new Uint8Array(0);
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.shapes = new WordShapes(this.words);
    register(this.words);
  }
  has(w: string): boolean {
    return this.shapes.mayHave(w) && this.words.has(w);
  }
  /** has(t.lower), by the token's lexicon number. */
  hasTok(t: LexToken): boolean {
    const id = lexId(t);
    if (id === 0) return false;
    let m = this.member;
    if (id >= m.length) m = this.build();
    return m[id] === 1;
  }
  private build(): Uint8Array {
    const m = new Uint8Array(LEXICON.size + 1);
    for (const w of this.words) m[LEXICON.get(w)!] = 1;
    return (this.member = m);
  }
}

/** A lookup table of words behind the WordShapes pre-test (see also asMap). */
export class WordMap<T> {
  private readonly map: Map<string, T>;
  private readonly shapes: WordShapes;
  /** Values by lexicon number, built at first use (see WordSet). */
  private values: (T | undefined)[] = [];
  constructor(table: Record<string, T>) {
    this.map = asMap(table);
    this.shapes = new WordShapes(this.map.keys());
    register(this.map.keys());
  }
  get(w: string): T | undefined {
    return this.shapes.mayHave(w) ? this.map.get(w) : undefined;
  }
  /** get(t.lower), by the token's lexicon number. */
  getTok(t: LexToken): T | undefined {
    const id = lexId(t);
    if (id === 0) return undefined;
    let v = this.values;
    if (id >= v.length) v = this.build();
    return v[id];
  }
  private build(): (T | undefined)[] {
    const v = new Array<T | undefined>(LEXICON.size + 1).fill(undefined);
    for (const [w, x] of this.map) v[LEXICON.get(w)!] = x;
    return (this.values = v);
  }
}

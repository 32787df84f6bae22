/**
 * The search engine: MiniSearch over the short metadata fields (title, outlet, author), compact segments over the
 * bodies (body-index.ts), one query language and one score. Both halves use the same tokenizer (diacritics folded,
 * stop words dropped, plurals reduced, numbers canonical), the same prefix and typo rules and BM25+ with the same
 * parameters. The bodies of 50,000 articles would cost MiniSearch ~770 MB of Maps and score every document for a
 * common word; here they cost a few bytes per posting and a query touches typed arrays only. See docs/search.md.
 */
import MiniSearch, { type Options as MiniSearchOptions, type SearchOptions } from 'minisearch';
import { BodyIndex, type BodyIndexData, type Expansion } from './body-index.js';
import type { Segment } from './segment.js';
import { isNumberTerm } from './numbers.js';
import { queryTerms, terms, tokenize } from './tokenize.js';

/** Bump when tokenizing or the stored layout changes: a stored index of another format is rebuilt once. */
export const INDEX_FORMAT = 2;

/** What the index knows of an article besides its body (the library's summary fields). */
export interface DocMeta {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  format: string;
}

export interface SearchFilters {
  /** Keep only these articles (a case's members). */
  articleIds?: ReadonlySet<string> | null;
  /** Outlet names; '' stands for "no outlet". */
  outlets?: readonly string[] | null;
  formats?: readonly string[] | null;
  /** ISO dates, inclusive; an undated article is left out once either bound is set. */
  from?: string | null;
  to?: string | null;
  /** Keep only these articles (those with contested statistics). */
  contested?: ReadonlySet<string> | null;
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchResults {
  /** The query's terms after normalisation, in order. */
  queryTerms: string[];
  /** Every index term the query reached (exact, prefix, typo): snippets mark these. */
  matchedTerms: string[];
  /** Articles matching every term and passing the filters. */
  total: number;
  hits: SearchHit[];
}

export interface EngineSnapshot {
  format: number;
  /** MiniSearch's own serialisation of the metadata index. */
  meta: string;
  /** Metadata by ordinal, one array per field (id null once deleted): cheaper to clone than one object each. */
  docs: DocColumns;
  body: BodyIndexData;
}

export interface DocColumns {
  id: (string | null)[];
  title: string[];
  outlet: (string | null)[];
  author: (string | null)[];
  published: (string | null)[];
  format: string[];
}

/** Field boosts: a word in the title says more about the article than the same word deep in the body. */
export const BOOST = { title: 3, outlet: 2, author: 2, body: 1 } as const;
/** MiniSearch's weights for prefix and typo matches. */
const WEIGHTS = { prefix: 0.375, fuzzy: 0.45 };
/** A query term reaches at most this many other index terms by prefix, and this many by typo. */
const MAX_PREFIX_TERMS = 64;
const MAX_FUZZY_TERMS = 32;
const MAX_QUERY_TERMS = 16;

/** Prefix matching for the word being typed (the last), from 3 characters; numbers are matched exactly. */
export function allowsPrefix(term: string, isLast: boolean): boolean {
  return isLast && term.length >= 3 && !isNumberTerm(term);
}

/** One typo from 4 characters, two from 8; none in numbers. */
export function typoDistance(term: string): number {
  if (isNumberTerm(term)) return 0;
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}

const META_OPTIONS: MiniSearchOptions<DocMeta> = {
  fields: ['title', 'outlet', 'author'],
  storeFields: [],
  tokenize: (text) => terms(text, 'index'),
  processTerm: (t) => t,
  searchOptions: { tokenize: (t) => [t], processTerm: (t) => t },
};

export class SearchEngine {
  #meta = new MiniSearch<DocMeta>(META_OPTIONS);
  #body = new BodyIndex();
  #docs: (DocMeta | null)[] = [];
  #ords = new Map<string, number>();
  #score = new Float64Array(0);
  #mask = new Uint32Array(0);
  #touched = new Int32Array(0);

  static fromSnapshot(s: EngineSnapshot): SearchEngine {
    if (s.format !== INDEX_FORMAT) throw new Error(`search index format ${s.format}, expected ${INDEX_FORMAT}`);
    const e = new SearchEngine();
    e.#meta = MiniSearch.loadJSON<DocMeta>(s.meta, META_OPTIONS);
    e.#body = BodyIndex.from(s.body);
    const c = s.docs;
    e.#docs = c.id.map((id, ord) => {
      if (id === null) return null;
      e.#ords.set(id, ord);
      return { id, title: c.title[ord]!, outlet: c.outlet[ord]!, author: c.author[ord]!, published: c.published[ord]!, format: c.format[ord]! };
    });
    return e;
  }

  snapshot(): EngineSnapshot {
    const d = this.#docs;
    const docs: DocColumns = {
      id: d.map((m) => m?.id ?? null), title: d.map((m) => m?.title ?? ''), outlet: d.map((m) => m?.outlet ?? null),
      author: d.map((m) => m?.author ?? null), published: d.map((m) => m?.published ?? null), format: d.map((m) => m?.format ?? ''),
    };
    return { format: INDEX_FORMAT, meta: JSON.stringify(this.#meta), docs, body: this.#body.data() };
  }

  get size(): number {
    return this.#ords.size;
  }

  has(id: string): boolean {
    return this.#ords.has(id);
  }

  meta(id: string): DocMeta | null {
    const o = this.#ords.get(id);
    return o === undefined ? null : this.#docs[o]!;
  }

  /** Current segments (persistence stores each once: they never change after creation). */
  get segments(): readonly Segment[] {
    return this.#body.segments;
  }

  /**
   * What to do to make the index hold exactly `library`: articles to add (their bodies must be read), ids to
   * remove, and metadata to replace (title, outlet, author, date or format changed; the body is kept).
   */
  diff(library: readonly DocMeta[]): { add: DocMeta[]; remove: string[]; update: DocMeta[] } {
    const add: DocMeta[] = [];
    const update: DocMeta[] = [];
    const seen = new Set<string>();
    for (const m of library) {
      seen.add(m.id);
      const cur = this.meta(m.id);
      if (!cur) add.push(m);
      else if (cur.title !== m.title || cur.outlet !== m.outlet || cur.author !== m.author || cur.published !== m.published || cur.format !== m.format) update.push(m);
    }
    const remove = [...this.#ords.keys()].filter((id) => !seen.has(id));
    return { add, remove, update };
  }

  /** Index articles (an id already indexed is replaced). */
  add(items: readonly { meta: DocMeta; text: string }[]): void {
    const batch = [];
    for (const { meta, text } of items) {
      if (this.#ords.has(meta.id)) this.remove([meta.id]);
      const ord = this.#body.newOrdinal();
      this.#docs[ord] = slim(meta);
      this.#ords.set(meta.id, ord);
      batch.push({ ord, terms: terms(text, 'index') });
    }
    this.#body.add(batch);
    this.#meta.addAll(items.map((i) => slim(i.meta)));
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      const ord = this.#ords.get(id);
      if (ord === undefined) continue;
      this.#ords.delete(id);
      this.#docs[ord] = null;
      this.#body.remove(ord);
      this.#meta.discard(id);
    }
    // Reclaim ordinals and postings once a quarter of them are dead.
    if (this.#body.dead > 256 && this.#body.dead * 4 > this.#body.size) this.#compact();
  }

  /** New metadata for indexed articles; bodies are untouched. */
  update(metas: readonly DocMeta[]): void {
    for (const m of metas) {
      const ord = this.#ords.get(m.id);
      if (ord === undefined) continue;
      this.#docs[ord] = slim(m);
      this.#meta.replace(slim(m));
    }
  }

  /** Merge the body segments into one; worth it once a burst of imports is over (the worker calls it when idle). */
  optimize(): void {
    this.#body.mergeAll();
  }

  #compact(): void {
    const map = this.#body.compact();
    const docs: (DocMeta | null)[] = [];
    this.#ords.clear();
    map.forEach((to, from) => {
      if (to < 0) return;
      docs[to] = this.#docs[from]!;
      this.#ords.set(docs[to]!.id, to);
    });
    this.#docs = docs;
  }

  /** The index terms a query term reaches, exact first, with MiniSearch's weights for prefix and typo matches. */
  expand(term: string, isLast: boolean): Expansion[] {
    const out: Expansion[] = [{ term, weight: 1 }];
    const taken = new Set([term]);
    if (allowsPrefix(term, isLast)) {
      const more = this.#body.withPrefix(term).filter((t) => !taken.has(t));
      // The commonest completions first: they carry most of the results.
      if (more.length > MAX_PREFIX_TERMS) sortByDf(more, this.#body).splice(MAX_PREFIX_TERMS);
      for (const t of more) {
        taken.add(t);
        out.push({ term: t, weight: (WEIGHTS.prefix * t.length) / (t.length + 0.3 * (t.length - term.length)) });
      }
    }
    const maxD = typoDistance(term);
    if (maxD) {
      const near = [...this.#body.near(term, maxD)].filter(([t]) => !taken.has(t)).sort((a, b) => a[1] - b[1]).slice(0, MAX_FUZZY_TERMS);
      for (const [t, d] of near) out.push({ term: t, weight: (WEIGHTS.fuzzy * t.length) / (t.length + d) });
    }
    return out;
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResults {
    const qt = queryTerms(query).slice(0, MAX_QUERY_TERMS);
    if (!qt.length || this.size === 0) return { queryTerms: qt, matchedTerms: [], total: 0, hits: [] };
    if (this.#score.length < this.#body.size) {
      this.#score = new Float64Array(this.#body.size * 2);
      this.#mask = new Uint32Array(this.#body.size * 2);
      this.#touched = new Int32Array(this.#body.size * 2);
    }
    const score = this.#score;
    const mask = this.#mask;
    const touched = this.#touched;
    let count = 0;
    const matched = new Set<string>();
    qt.forEach((t, qi) => {
      const exps = this.expand(t, qi === qt.length - 1);
      for (const e of exps) matched.add(e.term);
      count = this.#body.accumulate(exps, 1 << qi, score, mask, touched, count);
    });
    const bit = new Map(qt.map((t, i) => [t, 1 << i]));
    for (const r of this.#meta.search({ combineWith: 'OR', queries: qt }, this.#metaSearchOptions(qt))) {
      const ord = this.#ords.get(r.id as string);
      if (ord === undefined) continue;
      if (mask[ord] === 0) touched[count++] = ord;
      // MiniSearch multiplies by the number of query terms matched; every hit here matches all of them anyway.
      score[ord]! += r.score / Math.max(1, r.queryTerms.length);
      for (const q of r.queryTerms) mask[ord]! |= bit.get(q) ?? 0;
      for (const t of r.terms) matched.add(t);
    }
    const full = qt.length === 32 ? 0xffffffff : (1 << qt.length) - 1;
    const pass = this.#filter(filters);
    const top = new TopK(limit);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const ord = touched[i]!;
      if (mask[ord] === full && pass(ord)) {
        total++;
        top.push(ord, score[ord]!);
      }
      score[ord] = 0;
      mask[ord] = 0;
    }
    const hits = top.sorted().map(([ord, s]) => ({ id: this.#docs[ord]!.id, score: s }));
    return { queryTerms: qt, matchedTerms: [...matched], total, hits };
  }

  #metaSearchOptions(qt: string[]): SearchOptions {
    const last = qt[qt.length - 1];
    return {
      boost: { title: BOOST.title, outlet: BOOST.outlet, author: BOOST.author },
      prefix: (t: string) => allowsPrefix(t, t === last),
      // One typo in the short fields: MiniSearch's fuzzy walk has no first-letter rule, and at two edits it visits
      // most of a large vocabulary of names (1.4 ms of a 2 ms query at 10,000 articles).
      fuzzy: (t: string) => Math.min(1, typoDistance(t)),
      weights: WEIGHTS,
    };
  }

  /** The same filters as a test on article ids (for results that come from elsewhere, e.g. statistics). */
  filterIds(f: SearchFilters): (id: string) => boolean {
    const pass = this.#filter(f);
    return (id) => {
      const ord = this.#ords.get(id);
      return ord !== undefined && pass(ord);
    };
  }

  #filter(f: SearchFilters): (ord: number) => boolean {
    const outlets = f.outlets?.length ? new Set(f.outlets) : null;
    const formats = f.formats?.length ? new Set(f.formats) : null;
    const from = f.from || null;
    const to = f.to || null;
    const ids = f.articleIds ?? null;
    const contested = f.contested ?? null;
    if (!outlets && !formats && !from && !to && !ids && !contested) return () => true;
    return (ord) => {
      const d = this.#docs[ord]!;
      if (ids && !ids.has(d.id)) return false;
      if (contested && !contested.has(d.id)) return false;
      if (outlets && !outlets.has(d.outlet ?? '')) return false;
      if (formats && !formats.has(d.format)) return false;
      if (from || to) {
        const day = d.published?.slice(0, 10);
        if (!day || (from && day < from) || (to && day > to)) return false;
      }
      return true;
    };
  }
}

function slim(m: DocMeta): DocMeta {
  return { id: m.id, title: m.title, outlet: m.outlet, author: m.author, published: m.published, format: m.format };
}

function sortByDf(terms: string[], body: BodyIndex): string[] {
  const df = new Map(terms.map((t) => [t, body.df(t)]));
  return terms.sort((a, b) => df.get(b)! - df.get(a)! || a.length - b.length);
}

/** The k best (ordinal, score) pairs: a min-heap, so ranking 50,000 matches costs no full sort. */
class TopK {
  #ords: number[] = [];
  #scores: number[] = [];
  constructor(readonly k: number) {}

  push(ord: number, s: number): void {
    const h = this.#scores;
    if (h.length < this.k) {
      this.#ords.push(ord);
      h.push(s);
      this.#up(h.length - 1);
    } else if (this.k > 0 && s > h[0]!) {
      this.#ords[0] = ord;
      h[0] = s;
      this.#down(0);
    }
  }

  sorted(): [number, number][] {
    return this.#ords.map((o, i) => [o, this.#scores[i]!] as [number, number]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }

  #swap(i: number, j: number): void {
    [this.#ords[i], this.#ords[j]] = [this.#ords[j]!, this.#ords[i]!];
    [this.#scores[i], this.#scores[j]] = [this.#scores[j]!, this.#scores[i]!];
  }

  #up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.#scores[p]! <= this.#scores[i]!) return;
      this.#swap(i, p);
      i = p;
    }
  }

  #down(i: number): void {
    const n = this.#scores.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.#scores[l]! < this.#scores[m]!) m = l;
      if (r < n && this.#scores[r]! < this.#scores[m]!) m = r;
      if (m === i) return;
      this.#swap(i, m);
      i = m;
    }
  }
}

export { tokenize };

// Groups mentions (within and across articles) that state one real-world quantity, then gives each group a status.
// 1. features per mention (features.ts); 2. blocks by dimension, and inside a large block by value, so only
//    plausible pairs are scored (pair.ts: a logistic score over feature agreement and context similarity);
// 3. average-linkage clustering with the checker's must-links and cannot-links (cluster.ts);
// 4. status with reasons (status.ts). Different stories in one analysis do not meet (topic.ts).
import type { Mention, Quantity, QuantityLink, QuantityStatus, Reuse } from '../model/index.js';
import { averageLinkage, EdgeList } from './cluster.js';
import { FeatureTables, featuresOf, type Feat } from './features.js';
import { overlaps } from './interval.js';
import { labelOf, measuresOf, noteOf } from './note.js';
import { counterpartSimilarity, mutualBest } from './counterpart.js';
import { agreed, disagrees, FEATURES, logit, pairFeatures, type ContextVectors, type PairModel } from './pair.js';
import { NO_LINKS, Shared } from './shared.js';
import { statusOf } from './status.js';
import { articleNames, keysRelated, storyKey, type StoryKey } from './topic.js';
import { MODEL } from './weights.js';

/** Constraints from the checker's corrections, already resolved to mention ids (analyze.ts does that). */
export interface GroupConstraints {
  mustLink?: [string, string][];
  cannotLink?: [string, string][];
  /** Status set by the checker for the quantity holding these mentions. */
  status?: { mentionIds: string[]; status: QuantityStatus }[];
}

export interface GroupOptions {
  /** Reuse pairs at or above this score fold two articles into one source. */
  foldScore?: number;
  /**
   * Blocks larger than this compare each mention only with its `window` neighbours by value (real events' blocks are
   * smaller; in a large case all-pairs would be quadratic: the mentions of one figure grow with the articles).
   */
  maxBlock?: number;
  window?: number;
  /**
   * In a windowed block, each mention is scored against at most this many later neighbours by value that can be of
   * its story, so scored pairs grow linearly with the corpus (decision 0034).
   */
  neighbours?: number;
  /** The pair model (default: the fitted weights). */
  model?: PairModel;
  constraints?: GroupConstraints;
  /** For fitting: receives every scored pair's features. */
  onPair?: (a: Mention, b: Mention, x: Float64Array) => void;
  /** For benchmarks: called at the end of each phase with its name (bench/lib/analyze-stages.ts). */
  onPhase?: (name: string) => void;
  /** For benchmarks: filled with the work counts of the run (bench/lib/analyze-stages.ts; decision 0087). */
  stats?: GroupStats;
}

/** What one grouping run did: per mention these should stay flat as the corpus grows (decision 0087). */
export interface GroupStats {
  mentions: number;
  /** Mentions in a block (with a value, a tally or a date), blocks, blocks over `maxBlock`, the largest block. */
  blocked: number;
  blocks: number;
  windowed: number;
  largest: number;
  /** Candidate pairs offered to the story check (per pass), and those scored (of one story). */
  visited: number;
  scored: number;
  /** Mentions of windowed blocks whose `neighbours` cap ended their window early. */
  capped: number;
  /** Articles whose story key was computed. */
  storyKeys: number;
}

export interface GroupArticle { id: string; title?: string; outlet?: string | null; text?: string }

const RANK: Record<QuantityStatus, number> = { contested: 0, corroborated: 1, 'single-source': 2 };
/** Log-odds of a pair never scored (outside the window, different stories): a confident "no". */
const MISSING = -6;
const COUNTERPART = FEATURES.indexOf('counterpart');

export function groupMentions(mentions: Mention[], articles: GroupArticle[], reuse: Reuse[], options: GroupOptions = {}): Quantity[] {
  const foldScore = options.foldScore ?? 0.35;
  const maxBlock = options.maxBlock ?? 64;
  const window = options.window ?? 30;
  const neighbours = options.neighbours ?? 12;
  const model = options.model ?? MODEL;
  const phase = options.onPhase ?? (() => {});
  // Canonical order makes the result independent of the input order.
  let sorted: Mention[] | null = [...mentions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tables = new FeatureTables();
  const feats = featuresOfAll(sorted, articles, tables);
  phase('g.features');
  // Released (null) once every quantity's links are found, before the quantities are built (decision 0036).
  let vecs: ContextVectors | null = contextVectors(feats, tables);
  tables.release();
  phase('g.vectors');
  // Article number per mention, for the story check (-1: an article not in `articles`).
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const articleOf = Int32Array.from(feats, (f) => articleIndex.get(f.m.articleId) ?? -1);
  // Released after scoring, the story check's last use: it holds every article's names (sorted ids) and the map that
  // interns them, which the closures below would otherwise keep alive to the end (decision 0088).
  let related: StoryCheck | null = storyCheck(articles, articleIndex, reuse);

  // Must-links join items before clustering; cannot-links are -Infinity edges.
  const parent = new Int32Array(feats.length).map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!; return i; };
  const cannot = new Set<number>();
  const pairId = (i: number, j: number) => (i < j ? i * feats.length + j : j * feats.length + i);
  // Mention id → number, only when the checker's corrections need it.
  const index = options.constraints?.mustLink?.length || options.constraints?.cannotLink?.length
    ? new Map(sorted.map((m, i) => [m.id, i])) : new Map<string, number>();
  sorted = null; // the feats hold the mentions in this order (a copy of the list, 5 MB at 30k articles)
  for (const [x, y] of options.constraints?.mustLink ?? []) {
    const i = index.get(x), j = index.get(y);
    if (i !== undefined && j !== undefined) { const a = find(i), b = find(j); if (a !== b) parent[Math.max(a, b)] = Math.min(a, b); }
  }
  for (const [x, y] of options.constraints?.cannotLink ?? []) {
    const i = index.get(x), j = index.get(y);
    if (i !== undefined && j !== undefined) cannot.add(pairId(i, j));
  }
  const initial = new Int32Array(feats.length).map((_, i) => find(i));
  phase('g.stories');

  // Candidate pairs: a block is compared all-pairs up to maxBlock, a larger one (sorted by value, in place) with its
  // next neighbours by value; `visit` says whether the pair was of one story (only those count as neighbours).
  const groups = [...blocks(feats).values()];
  for (const block of groups) if (block.length > maxBlock) block.sort((p, q) => (feats[p]!.value ?? 0) - (feats[q]!.value ?? 0) || p - q);
  const candidates = (visit: (i: number, j: number) => boolean) => {
    for (const block of groups) {
      if (block.length <= maxBlock) {
        for (let p = 0; p < block.length; p++) for (let q = p + 1; q < block.length; q++) visit(block[p]!, block[q]!);
      } else {
        for (let p = 0; p < block.length; p++)
          for (let q = p + 1, k = 0; q < Math.min(block.length, p + 1 + window) && k < neighbours; q++) if (visit(block[p]!, block[q]!)) k++;
      }
    }
  };
  // By article number alone (the same answer as comparing the mentions' article ids first: one article, or one not
  // in `articles`, is related): no read of the two mentions' objects, which the windows visit in value order, at
  // random in memory (decision 0120).
  const oneStory = (i: number, j: number) => related!(articleOf[i]!, articleOf[j]!);
  // The pairs are counted first (the story check alone), so the scored-pair arrays are allocated once at their size:
  // grown by doubling they left ~40% unused and every smaller copy behind, ArrayBuffers that stay until the next full
  // GC, which at 30k articles comes after the quantities are built, where the peak is (decision 0017).
  // Each visit's answer is kept, one bit in visit order: the scoring pass visits the same pairs in the same order (a
  // window's count of neighbours depends only on these answers), so it reads the bit instead of checking again.
  let story: Uint8Array | null = new Uint8Array((visitBound(groups, maxBlock, window) + 7) >> 3);
  let count = 0, visited = 0;
  candidates((i, j) => {
    const one = oneStory(i, j);
    if (one) { count++; story![visited >> 3]! |= 1 << (visited & 7); }
    visited++;
    return one;
  });
  if (options.stats) Object.assign(options.stats, blockStats(groups, maxBlock, window, neighbours, oneStory), {
    mentions: feats.length, visited, scored: count, storyKeys: related!.keys(),
  });

  // Every scored pair (for the clustering; those above threshold - 4 may be shown as a quantity's links), in typed
  // arrays: no object per pair, no feature vector kept (linksOf recomputes the few it shows). Scored in two steps:
  // each pair's score without `counterpart`, then that feature, which needs all of the two articles' pairs.
  const edges = new EdgeList(count + cannot.size);
  const x = new Float64Array(FEATURES.length);
  // Per scored pair: its counterpart similarity (NaN for a cannot-link) and whether the disagreement model scored it.
  let sim = new Float64Array(count), dis = new Uint8Array(count);
  let visit = 0;
  const score = (i: number, j: number) => {
    const one = (story![visit >> 3]! >> (visit & 7)) & 1;
    visit++;
    if (!one) return false;
    const a = feats[i]!, b = feats[j]!;
    let s: number, c = NaN, d = 0;
    if (cannot.size && cannot.has(pairId(i, j))) s = -Infinity;
    // Two numbers of one sentence that cannot both hold are two things ("70% in favour, 30% against").
    // Nor are two different figures in one unit in one sentence (`restated`).
    else if (a.sentenceKey === b.sentenceKey && (a.loose && b.loose && !overlaps(a.loose, b.loose) || restated(a, b))) s = -Infinity;
    else {
      pairFeatures(a, b, vecs!, i, j, x);
      s = logit(model, x);
      c = counterpartSimilarity(x, a, b);
      d = disagrees(x) ? 1 : 0;
      // Money received and money given out or held are two sums, however close their values (direction.ts). Scored
      // all the same, so the fit and the counterparts see the pair as before.
      if (a.direction && b.direction && a.direction !== b.direction) s = -Infinity;
      // A threshold and a count of what happened are two figures, equal or not ("the bill needs 60 votes" / "60
      // members were present"), when the other count's own verb is not one of necessity (decision 0105).
      else if (rolesDiffer(a, b)) s = -Infinity;
    }
    sim[edges.length] = c; dis[edges.length] = d;
    edges.push(i, j, s);
    return true;
  };
  candidates(score);
  if (edges.length !== count || visit !== visited) throw new Error('groupMentions: the scored pairs differ from those counted');
  story = null;
  groups.length = 0; // the blocks are not needed after scoring (the closures above would keep them to the end)
  related = null;
  const mutual = mutualBest(feats.length, edges, sim, articleOf);
  const counterpartWeight = [model.weights.counterpart ?? 0, model.disagree.counterpart ?? 0];
  for (let e = 0; e < edges.length; e++) {
    if (Number.isNaN(sim[e]!)) continue;
    if (mutual[e]) edges.s[e]! += counterpartWeight[dis[e]!]!;
    if (options.onPair) {
      const i = edges.a[e]!, j = edges.b[e]!;
      pairFeatures(feats[i]!, feats[j]!, vecs!, i, j, x);
      x[COUNTERPART] = mutual[e]!;
      options.onPair(feats[i]!.m, feats[j]!.m, x);
    }
  }
  sim = new Float64Array(0); dis = new Uint8Array(0);
  for (const c of cannot) edges.push(Math.floor(c / feats.length), c % feats.length, -Infinity);
  phase('g.scoring');
  const cluster = averageLinkage(feats.length, edges, model.threshold, MISSING, initial);
  phase('g.linkage');
  const best = bestLinks(cluster, edges, model.threshold - 4, mutual);
  edges.clear();

  const source = foldSources(reuse, foldScore);
  const name = sourceNames(articles);
  // Mentions in order of (quantity, index): a counting sort instead of an array per quantity.
  const order = byCluster(cluster);
  const overrides = new Map<string, QuantityStatus>();
  for (const o of options.constraints?.status ?? []) for (const id of o.mentionIds) overrides.set(id, o.status);
  const out: Quantity[] = [];
  const released: (Feat | undefined)[] = feats;
  const shared = new Shared();
  // Every quantity's links first (the only use of the context vectors after scoring), in quantity order; then the
  // vectors go, so they are not alive while the output is built (decision 0036).
  const links: QuantityLink[][] = [];
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && cluster[order[end]!] === cluster[order[start]!]) end++;
    links.push(end - start < 2 ? NO_LINKS : linksOf(Array.from(order.subarray(start, end)), best, pairId, feats, vecs, shared, x));
    start = end;
  }
  vecs = null;
  phase('g.links');
  for (let start = 0, k = 0; start < order.length; k++) {
    let end = start + 1;
    while (end < order.length && cluster[order[end]!] === cluster[order[start]!]) end++;
    const idx = Array.from(order.subarray(start, end));
    start = end;
    const fs = idx.map((i) => feats[i]!);
    const st = statusOf(fs, source, name);
    const measures = measuresOf(fs);
    const countsDiffer = measures.length > 1;
    const override = overridden(fs, overrides);
    const { spread, unit } = spreadOf(fs);
    // One literal with every key in output order (a spread in the literal built a larger object); repeated strings
    // and lists shared (decision 0035).
    const q: Quantity = {
      id: `q-${fs[0]!.m.id}`,
      label: shared.string(labelOf(fs)),
      status: override ?? st.status,
      mentionIds: fs.map((f) => f.m.id),
      independentSources: st.independentSources,
      // The note is built by concatenation (a tree of string pieces, ~150 B more than its text); sharing it hashes
      // it, which flattens it, and equal notes become one string (decision 0037).
      note: shared.string(noteOf(fs, st, name, source, countsDiffer)),
      spread: shared.spread(spread),
      unit,
      countsDiffer,
      reasons: shared.list(override ? [`The checker set this status (the engine said ${st.status}).`, ...st.reasons] : st.reasons),
      roundingOnly: st.roundingOnly,
      links: links[k]!,
    };
    if (override) q.statusOverridden = true;
    out.push(q);
    // A quantity's features are not needed once it is built: let them go while the rest are built (at 30k articles
    // the built quantities and the features of those still to build would otherwise be alive together).
    for (const i of idx) released[i] = undefined;
    links[k] = NO_LINKS;
  }
  phase('g.build');
  return out.sort((a, b) => RANK[a.status] - RANK[b.status] || b.independentSources - a.independentSources ||
    b.mentionIds.length - a.mentionIds.length || (a.id < b.id ? -1 : 1));
}

/**
 * One figure is what a verb of necessity says must be reached and the other is made by a verb that is not one
 * ("needs 60 votes" / "60 members attended", "required 218" / "won 215"). Money is left out: what a project "needs"
 * and what it "will cost" are usually one sum. A side with no verb at all says nothing about its role.
 */
export function rolesDiffer(a: Feat, b: Feat): boolean {
  if (a.required === b.required || a.dim.startsWith('money')) return false;
  return !!(a.required ? b.verb : a.verb);
}

/**
 * Two different figures in one unit in one sentence: a writer states a figure twice in a sentence only to convert it
 * ("1.24 million square kilometres (479,000 square miles)"), so "a $6,000 clock and a $5,600 painting" are two things
 * even though their rounding intervals overlap.
 */
function restated(a: Feat, b: Feat): boolean {
  if (a.tally || b.tally || a.m.unit !== b.m.unit || a.value === null || b.value === null) return false;
  return Math.abs(a.value - b.value) > 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/**
 * Each mention's features, in the order given. A function of its own so the map of article texts is not in
 * groupMentions' closure context, which lives until the quantities are built (decision 0088).
 */
function featuresOfAll(sorted: Mention[], articles: GroupArticle[], tables: FeatureTables): Feat[] {
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  return sorted.map((m) => featuresOf(m, textOf.get(m.articleId), tables));
}

/** Item indices ordered by (cluster id, index); cluster ids are item indices. */
function byCluster(cluster: Int32Array): Int32Array {
  const start = new Int32Array(cluster.length + 1);
  for (const c of cluster) start[c + 1]!++;
  for (let c = 0; c < cluster.length; c++) start[c + 1]! += start[c]!;
  const order = new Int32Array(cluster.length);
  for (let i = 0; i < cluster.length; i++) order[start[cluster[i]!]!++] = i;
  return order;
}

/** The status the checker set for the quantity that holds most of the mentions the override names. */
function overridden(fs: Feat[], overrides: Map<string, QuantityStatus>): QuantityStatus | undefined {
  for (const f of fs) { const s = overrides.get(f.m.id); if (s) return s; }
  return undefined;
}

/** Candidate pairs: one block per dimension (dates only meet the same written date). */
function blocks(feats: Feat[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  feats.forEach((f, i) => {
    if (f.value === null && !f.tally && !f.dim.startsWith('date')) return;
    const b = out.get(f.dim);
    if (b) b.push(i); else out.set(f.dim, [i]);
  });
  return out;
}

/**
 * TF-IDF vectors of the words around each number; IDF over the distinct sentences of the case (counted from the
 * first mention of each sentence). Built in place over the stems FeatureTables holds: mention k's vector is
 * ids/dist[off[k] .. off[k + 1]), term ids ascending, unit length with the weights `weight` (pair.ts) computes.
 */
function contextVectors(feats: Feat[], t: FeatureTables): ContextVectors {
  if (t.count !== feats.length) throw new Error('contextVectors: one set of stems per mention');
  const df = new Int32Array(t.termCount);
  const seen = new Uint8Array(t.sentenceCount);
  let n = 0;
  const off = t.off.slice(0, feats.length + 1);
  feats.forEach((f, k) => {
    if (seen[f.sentenceKey]) return;
    seen[f.sentenceKey] = 1; n++;
    for (let e = off[k]!; e < off[k + 1]!; e++) df[t.ids[e]!]!++;
  });
  const total = off[feats.length]!;
  // The stems' ids and distances are sorted in place in the tables' own arrays (views, not copies: FeatureTables.release
  // drops the tables' references next; decisions 0038, 0087); weights are recomputed from idf, distance and scale.
  const ids = t.ids.subarray(0, total), dist = t.dist.subarray(0, total);
  const idf = new Float64Array(t.termCount);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log((n + 1) / (df[id]! + 0.5));
  const scale = new Float64Array(feats.length);
  for (let k = 0; k < feats.length; k++) {
    const from = off[k]!, to = off[k + 1]!;
    let norm = 0;
    for (let e = from; e < to; e++) {
      const weight = idf[ids[e]!]! / (1 + dist[e]! / 2);
      norm += weight * weight;
    }
    // Insertion sort by term id (a mention has a few dozen stems at most; ids are distinct).
    for (let e = from + 1; e < to; e++) {
      const id = ids[e]!, d = dist[e]!;
      let f = e - 1;
      while (f >= from && ids[f]! > id) { ids[f + 1] = ids[f]!; dist[f + 1] = dist[f]!; f--; }
      ids[f + 1] = id; dist[f + 1] = d;
    }
    scale[k] = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  }
  return { off, ids, dist, idf, scale };
}

/**
 * Mentions in different articles meet only when the articles can be about one story (names shared, or text reused).
 * By article number; each article's names are read once, as sorted ids, and no answer is cached per pair (a pair
 * costs one merge of two short int arrays; a cache would hold one entry per pair of articles compared).
 */
type StoryCheck = ((i: number, j: number) => boolean) & { keys(): number };

function storyCheck(articles: GroupArticle[], index: Map<string, number>, reuse: Reuse[]): StoryCheck {
  const intern = new Map<string, number>();
  const keys: (StoryKey | null | undefined)[] = new Array(articles.length);
  const namesOf = (i: number) => (keys[i] === undefined ? (keys[i] = articles[i]!.text ? storyKey(articleNames(articles[i]!.text!), intern) : null) : keys[i]!);
  const copies = new Map<number, Set<number>>();
  for (const r of reuse) {
    const i = index.get(r.a), j = index.get(r.b);
    if (i === undefined || j === undefined) continue;
    const [p, q] = i < j ? [i, j] : [j, i];
    let c = copies.get(p);
    if (!c) copies.set(p, (c = new Set()));
    c.add(q);
  }
  const check = (i: number, j: number) => {
    if (i === j || i < 0 || j < 0) return true;
    const a = namesOf(i), b = namesOf(j);
    return !a || !b || !!copies.get(Math.min(i, j))?.has(Math.max(i, j)) || keysRelated(a, b);
  };
  return Object.assign(check, { keys: () => keys.reduce((k: number, x) => k + (x === undefined ? 0 : 1), 0) });
}

/** Most pairs `candidates` can visit: all pairs of a small block, at most `window` later neighbours in a large one. */
function visitBound(groups: number[][], maxBlock: number, window: number): number {
  let n = 0;
  for (const { length: b } of groups) {
    if (b <= maxBlock) n += (b * (b - 1)) / 2;
    else for (let p = 0; p < b; p++) n += Math.min(window, b - 1 - p);
  }
  return n;
}

/** Block sizes and how many windows the `neighbours` cap ended (counts for GroupStats; no effect on the result). */
function blockStats(groups: number[][], maxBlock: number, window: number, neighbours: number, oneStory: (i: number, j: number) => boolean) {
  let blocked = 0, windowed = 0, largest = 0, capped = 0;
  for (const block of groups) {
    blocked += block.length; largest = Math.max(largest, block.length);
    if (block.length <= maxBlock) continue;
    windowed++;
    for (let p = 0; p < block.length; p++) {
      let k = 0;
      for (let q = p + 1; q < Math.min(block.length, p + 1 + window) && k < neighbours; q++) if (oneStory(block[p]!, block[q]!)) k++;
      if (k === neighbours) capped++;
    }
  }
  return { blocked, blocks: groups.length, windowed, largest, capped };
}

function foldSources(reuse: Reuse[], foldScore: number): (id: string) => string {
  const parent = new Map<string, string>();
  // With path compression: a chain of copies is walked once, then every member points at its root.
  const find = (a: string): string => {
    let r = a;
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p;
    for (let x = a, p = parent.get(x); p !== undefined && p !== r; p = parent.get(x)) { parent.set(x, r); x = p; }
    return r;
  };
  for (const r of reuse) {
    if (r.score < foldScore) continue;
    const x = find(r.a), y = find(r.b);
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
  }
  return find;
}

/** A checker names a source by its outlet, unless two articles share one (then by title). */
function sourceNames(articles: GroupArticle[]): (id: string) => string {
  const outletCount = new Map<string, number>();
  for (const a of articles) if (a.outlet?.trim()) outletCount.set(a.outlet.trim(), (outletCount.get(a.outlet.trim()) ?? 0) + 1);
  const names = new Map(articles.map((a) => {
    const outlet = a.outlet?.trim();
    return [a.id, outlet && outletCount.get(outlet) === 1 ? outlet : a.title?.trim() ? short(a.title) : a.id];
  }));
  return (id) => names.get(id) ?? id;
}

function spreadOf(fs: Feat[]): Pick<Quantity, 'spread' | 'unit'> {
  const units = new Set(fs.map((f) => f.m.unit));
  const share = fs[0]!.dim === 'share';
  // One written unit for all: show values as written; otherwise in the base unit (shares in percent).
  const same = units.size === 1 && !share;
  const values = fs.map((f) => (same ? f.m.value : f.value === null ? null : share ? f.value * 100 : f.value))
    .filter((v): v is number => v !== null && Number.isFinite(v));
  return {
    spread: fs[0]!.tally ? null : values.length ? { min: Math.min(...values), max: Math.max(...values) } : null,
    unit: fs[0]!.tally ? null : share ? '%' : same ? fs[0]!.m.unit : fs[0]!.unit,
  };
}

/**
 * Each mention's strongest scored link inside its final quantity (the highest score; on a tie the lowest partner),
 * among the pairs scored above `above`: one pass over the scored pairs, nothing looked up per pair of a quantity.
 */
function bestLinks(cluster: Int32Array, scored: EdgeList, above: number, mutual: Uint8Array): BestLinks {
  const j = new Int32Array(cluster.length).fill(-1), s = new Float64Array(cluster.length), first = new Uint8Array(cluster.length);
  const counterpart = new Uint8Array(cluster.length);
  const offer = (p: number, q: number, v: number, f: number, c: number) => {
    if (j[p]! < 0 || v > s[p]! || (v === s[p]! && q < j[p]!)) { j[p] = q; s[p] = v; first[p] = f; counterpart[p] = c; }
  };
  for (let e = 0; e < scored.length; e++) {
    const a = scored.a[e]!, b = scored.b[e]!;
    if (!(scored.s[e]! > above) || cluster[a] !== cluster[b]) continue;
    const c = e < mutual.length ? mutual[e]! : 0;
    offer(a, b, scored.s[e]!, 1, c); offer(b, a, scored.s[e]!, 0, c);
  }
  return { j, s, first, counterpart };
}

/**
 * Per mention: its best partner (-1: none), that pair's score, whether the mention came first when it was scored, and
 * whether the two were each other's closest counterpart (counterpart.ts).
 */
interface BestLinks { j: Int32Array; s: Float64Array; first: Uint8Array; counterpart: Uint8Array }

/**
 * Each mention's strongest scored link inside its quantity, with the features that agreed (recomputed for it alone,
 * into `x`: the caller's scratch vector, since a Float64Array of 28 doubles per quantity is an ArrayBuffer of its own,
 * which at 30k articles added up to a full collection in this phase; decision 0087).
 */
function linksOf(idx: number[], best: BestLinks, pairId: (i: number, j: number) => number, feats: Feat[], vecs: ContextVectors, shared: Shared, x: Float64Array<ArrayBuffer>): QuantityLink[] {
  if (idx.length < 2) return NO_LINKS;
  const out: QuantityLink[] = [];
  const seen = new Set<number>();
  for (const i of idx) {
    const j = best.j[i]!;
    if (j < 0 || seen.has(pairId(i, j))) continue;
    seen.add(pairId(i, j));
    const p = 1 / (1 + Math.exp(-best.s[i]!));
    // The features as they were when the pair was scored (same order of the two mentions).
    if (best.first[i]) pairFeatures(feats[i]!, feats[j]!, vecs, i, j, x); else pairFeatures(feats[j]!, feats[i]!, vecs, j, i, x);
    x[COUNTERPART] = best.counterpart[i]!;
    out.push({ a: feats[i]!.m.id, b: feats[j]!.m.id, score: Math.round(p * 1000) / 1000, agreed: shared.list(agreed(x)) });
  }
  return out.length ? out : NO_LINKS;
}

function short(t: string): string {
  const s = t.trim().replace(/\s+/g, ' ');
  return s.length <= 40 ? s : `${s.slice(0, 39)}…`;
}

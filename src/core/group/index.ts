// Groups mentions (within and across articles) that state one real-world quantity, then gives each group a status.
// 1. features per mention (features.ts); 2. blocks by dimension, and inside a large block by value, so only
//    plausible pairs are scored (pair.ts: a logistic score over feature agreement and context similarity);
// 3. average-linkage clustering with the checker's must-links and cannot-links (cluster.ts);
// 4. status with reasons (status.ts). Different stories in one analysis do not meet (topic.ts).
import type { Mention, Quantity, QuantityLink, QuantityStatus, Reuse } from '../model/index.js';
import { averageLinkage, type Edge } from './cluster.js';
import { featuresOf, type Feat } from './features.js';
import { overlaps } from './interval.js';
import { labelOf, measuresOf, noteOf } from './note.js';
import { agreed, FEATURES, identityLogit, logit, pairFeatures, type PairModel, type Vec } from './pair.js';
import { statusOf } from './status.js';
import { articleNames, namesRelated } from './topic.js';
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
  /** Blocks larger than this compare each mention only with its `window` neighbours by value. */
  maxBlock?: number;
  window?: number;
  /** The pair model (default: the fitted weights). */
  model?: PairModel;
  constraints?: GroupConstraints;
  /** For fitting: receives every scored pair's features. */
  onPair?: (a: Mention, b: Mention, x: Float64Array) => void;
}

export interface GroupArticle { id: string; title?: string; outlet?: string | null; text?: string }

const RANK: Record<QuantityStatus, number> = { contested: 0, corroborated: 1, 'single-source': 2 };
/** Log-odds of a pair never scored (outside the window, different stories): a confident "no". */
const MISSING = -6;

export function groupMentions(mentions: Mention[], articles: GroupArticle[], reuse: Reuse[], options: GroupOptions = {}): Quantity[] {
  const foldScore = options.foldScore ?? 0.35;
  const maxBlock = options.maxBlock ?? 200;
  const window = options.window ?? 30;
  const model = options.model ?? MODEL;
  // Canonical order makes the result independent of the input order.
  const sorted = [...mentions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const feats = sorted.map((m) => featuresOf(m, textOf.get(m.articleId)));
  const index = new Map(sorted.map((m, i) => [m.id, i]));
  const vecs = contextVectors(feats);
  const related = storyCheck(articles, reuse);

  // Must-links join items before clustering; cannot-links are -Infinity edges.
  const parent = new Int32Array(feats.length).map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!; return i; };
  const cannot = new Set<number>();
  const pairId = (i: number, j: number) => (i < j ? i * feats.length + j : j * feats.length + i);
  for (const [x, y] of options.constraints?.mustLink ?? []) {
    const i = index.get(x), j = index.get(y);
    if (i !== undefined && j !== undefined) { const a = find(i), b = find(j); if (a !== b) parent[Math.max(a, b)] = Math.min(a, b); }
  }
  for (const [x, y] of options.constraints?.cannotLink ?? []) {
    const i = index.get(x), j = index.get(y);
    if (i !== undefined && j !== undefined) cannot.add(pairId(i, j));
  }
  const initial = new Int32Array(feats.length).map((_, i) => find(i));

  const edges: Edge[] = [];
  const scored = new Map<number, { s: number; x: Float64Array }>();
  const identity: Edge[] = [];
  const x = new Float64Array(FEATURES.length);
  const score = (i: number, j: number) => {
    const a = feats[i]!, b = feats[j]!;
    if (!related(a.m.articleId, b.m.articleId)) return;
    let s: number;
    if (cannot.has(pairId(i, j))) s = -Infinity;
    // Two numbers of one sentence that cannot both hold are two things ("70% in favour, 30% against").
    else if (a.sentenceKey === b.sentenceKey && a.loose && b.loose && !overlaps(a.loose, b.loose)) s = -Infinity;
    else {
      pairFeatures(a, b, vecs[i]!, vecs[j]!, x);
      options.onPair?.(a.m, b.m, x);
      s = logit(model, x);
      if (s > model.threshold - 4) scored.set(pairId(i, j), { s, x: Float64Array.from(x) });
      const id = identityLogit(model, x);
      if (id > model.disagreeThreshold - 4) identity.push({ a: i, b: j, s: id });
    }
    edges.push({ a: i, b: j, s });
  };
  for (const block of blocks(feats).values()) {
    if (block.length <= maxBlock) {
      for (let p = 0; p < block.length; p++) for (let q = p + 1; q < block.length; q++) score(block[p]!, block[q]!);
    } else {
      const byValue = [...block].sort((p, q) => (feats[p]!.value ?? 0) - (feats[q]!.value ?? 0) || p - q);
      for (let p = 0; p < byValue.length; p++)
        for (let q = p + 1; q < Math.min(byValue.length, p + 1 + window); q++) score(byValue[p]!, byValue[q]!);
    }
  }
  for (const c of cannot) edges.push({ a: Math.floor(c / feats.length), b: c % feats.length, s: -Infinity });
  const cluster = joinDisagreements(averageLinkage(feats.length, edges, model.threshold, MISSING, initial), identity, feats,
    model.disagreeThreshold, (i, j) => cannot.has(pairId(i, j)));

  const source = foldSources(reuse, foldScore);
  const name = sourceNames(articles);
  const groups = new Map<number, number[]>();
  cluster.forEach((c, i) => { const g = groups.get(c); if (g) g.push(i); else groups.set(c, [i]); });
  const overrides = new Map<string, QuantityStatus>();
  for (const o of options.constraints?.status ?? []) for (const id of o.mentionIds) overrides.set(id, o.status);
  const out: Quantity[] = [];
  for (const idx of groups.values()) {
    const fs = idx.map((i) => feats[i]!);
    const st = statusOf(fs, source, name);
    const measures = measuresOf(fs);
    const countsDiffer = measures.length > 1;
    const override = overridden(fs, overrides);
    const q: Quantity = {
      id: `q-${fs[0]!.m.id}`,
      label: labelOf(fs),
      status: override ?? st.status,
      mentionIds: fs.map((f) => f.m.id),
      independentSources: st.independentSources,
      note: noteOf(fs, st, name, source, countsDiffer),
      ...spreadOf(fs),
      countsDiffer,
      reasons: override ? [`The checker set this status (the engine said ${st.status}).`, ...st.reasons] : st.reasons,
      roundingOnly: st.roundingOnly,
      links: linksOf(idx, scored, pairId, feats),
    };
    if (override) q.statusOverridden = true;
    out.push(q);
  }
  return out.sort((a, b) => RANK[a.status] - RANK[b.status] || b.independentSources - a.independentSources ||
    b.mentionIds.length - a.mentionIds.length || (a.id < b.id ? -1 : 1));
}

/** Disagreements worth a checker's look are within this factor of each other (12,000 vs 15,000; 2002 vs 2003). */
const DISAGREE_RATIO = Math.log(2.5);

/**
 * Value features dominate the pair score, so two sources that state one thing with different numbers end up in two
 * clusters. Here, clusters whose numbers cannot both hold but whose words agree (the identity score, averaged over all
 * cross pairs) are joined, best first, each cluster at most once: that is a contested quantity. Never across a
 * cannot-link, never two clusters of one article only, never values further apart than DISAGREE_RATIO.
 */
function joinDisagreements(cluster: Int32Array, identity: Edge[], feats: Feat[], threshold: number, cannot: (i: number, j: number) => boolean): Int32Array {
  const members = new Map<number, number[]>();
  cluster.forEach((c, i) => { const m = members.get(c); if (m) m.push(i); else members.set(c, [i]); });
  const sums = new Map<string, { a: number; b: number; sum: number; n: number }>();
  for (const e of identity) {
    const a = cluster[e.a]!, b = cluster[e.b]!;
    if (a === b) continue;
    const k = a < b ? `${a}|${b}` : `${b}|${a}`;
    const t = sums.get(k) ?? { a: Math.min(a, b), b: Math.max(a, b), sum: 0, n: 0 };
    t.sum += e.s; t.n++;
    sums.set(k, t);
  }
  const median = (xs: number[]) => { const v = xs.map((i) => feats[i]!.value ?? NaN).filter(Number.isFinite).sort((p, q) => p - q); return v.length ? v[v.length >> 1]! : NaN; };
  const candidates = [...sums.values()].map((t) => {
    const A = members.get(t.a)!, B = members.get(t.b)!;
    return { ...t, avg: (t.sum + MISSING * (A.length * B.length - t.n)) / (A.length * B.length), A, B };
  }).filter((t) => t.avg > threshold).sort((p, q) => q.avg - p.avg);
  const out = Int32Array.from(cluster);
  const used = new Set<number>();
  for (const t of candidates) {
    if (used.has(t.a) || used.has(t.b)) continue;
    const arts = new Set([...t.A, ...t.B].map((i) => feats[i]!.m.articleId));
    if (arts.size < 2) continue;
    const ma = median(t.A), mb = median(t.B);
    if (!(Math.abs(Math.log(Math.abs(ma) / Math.abs(mb))) <= DISAGREE_RATIO)) continue;
    if (t.A.some((i) => t.B.some((j) => cannot(i, j)))) continue;
    // Only a disagreement: clusters that agree and did not merge had reasons not to.
    if (!t.A.some((i) => t.B.some((j) => feats[i]!.loose && feats[j]!.loose && !overlaps(feats[i]!.loose!, feats[j]!.loose!)))) continue;
    used.add(t.a); used.add(t.b);
    for (const j of t.B) out[j] = t.a;
  }
  return out;
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

/** TF-IDF vectors of the words around each number; IDF over the distinct sentences of the case. */
function contextVectors(feats: Feat[]): Vec[] {
  const df = new Map<string, number>();
  const seen = new Set<string>();
  for (const f of feats) {
    if (seen.has(f.sentenceKey)) continue;
    seen.add(f.sentenceKey);
    for (const w of f.ctx.words.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = seen.size;
  const ids = new Map<string, number>();
  return feats.map((f) => {
    const entries: [number, number][] = [];
    let norm = 0;
    for (const [w, d] of f.ctx.words) {
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = ids.size));
      const weight = Math.log((n + 1) / ((df.get(w) ?? 0) + 0.5)) / (1 + d / 2);
      entries.push([id, weight]);
      norm += weight * weight;
    }
    entries.sort((p, q) => p[0] - q[0]);
    const k = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return { ids: Int32Array.from(entries.map((e) => e[0])), w: Float64Array.from(entries.map((e) => e[1] * k)) };
  });
}

/** Mentions in different articles meet only when the articles can be about one story (names shared, or text reused). */
function storyCheck(articles: GroupArticle[], reuse: Reuse[]): (x: string, y: string) => boolean {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const nameSets: (Set<string> | null | undefined)[] = new Array(articles.length);
  const namesOf = (i: number) => (nameSets[i] === undefined ? (nameSets[i] = articles[i]!.text ? articleNames(articles[i]!.text!) : null) : nameSets[i]!);
  const key = (i: number, j: number) => (i < j ? i * articles.length + j : j * articles.length + i);
  const copies = new Set<number>();
  for (const r of reuse) { const i = index.get(r.a), j = index.get(r.b); if (i !== undefined && j !== undefined) copies.add(key(i, j)); }
  const cache = new Map<number, boolean>();
  return (x, y) => {
    const i = index.get(x), j = index.get(y);
    if (x === y || i === undefined || j === undefined) return true;
    const k = key(i, j);
    let r = cache.get(k);
    if (r === undefined) {
      const a = namesOf(i), b = namesOf(j);
      r = copies.has(k) || !a || !b || namesRelated(a, b);
      cache.set(k, r);
    }
    return r;
  };
}

function foldSources(reuse: Reuse[], foldScore: number): (id: string) => string {
  const parent = new Map<string, string>();
  const find = (a: string): string => { let r = a; while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!; return r; };
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

/** Each mention's strongest scored link inside its quantity, with the features that agreed. */
function linksOf(idx: number[], scored: Map<number, { s: number; x: Float64Array }>, pairId: (i: number, j: number) => number, feats: Feat[]): QuantityLink[] {
  if (idx.length < 2) return [];
  const out: QuantityLink[] = [];
  const seen = new Set<number>();
  for (const i of idx) {
    let best: { j: number; s: number; x: Float64Array } | null = null;
    for (const j of idx) {
      if (j === i) continue;
      const e = scored.get(pairId(i, j));
      if (e && (!best || e.s > best.s)) best = { j, ...e };
    }
    if (!best || seen.has(pairId(i, best.j))) continue;
    seen.add(pairId(i, best.j));
    const p = 1 / (1 + Math.exp(-best.s));
    out.push({ a: feats[i]!.m.id, b: feats[best.j]!.m.id, score: Math.round(p * 1000) / 1000, agreed: agreed(best.x) });
  }
  return out;
}

function short(t: string): string {
  const s = t.trim().replace(/\s+/g, ' ');
  return s.length <= 40 ? s : `${s.slice(0, 39)}…`;
}

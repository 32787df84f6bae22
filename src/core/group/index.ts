// Groups mentions (within and across articles) that refer to one real-world quantity, then gives each group
// a status. Sub-quadratic: mentions are blocked by (family, unit dimension, measure class / event class);
// pairs are compared only inside a block, and oversized blocks use a sorted neighbourhood window.
import type { Mention, Quantity, QuantityStatus, Reuse } from '../model/index.js';
import { featuresOf, type Feat } from './features.js';
import { linkStrength } from './link.js';
import { labelOf, noteOf } from './note.js';
import { statusOf } from './status.js';
import { harvestAliases } from './subject.js';
import { articleNames, namesRelated } from './topic.js';
import { UnionFind } from './union-find.js';

export interface GroupOptions {
  /** Reuse pairs at or above this score fold two articles into one source. */
  foldScore?: number;
  /** Blocks larger than this compare each mention only with its WINDOW neighbours by value. */
  maxBlock?: number;
  window?: number;
}

const RANK: Record<QuantityStatus, number> = { contested: 0, corroborated: 1, 'single-source': 2 };

function blockKeys(f: Feat): string[] {
  const d = f.dim.dim;
  switch (f.family) {
    case 'vote': return ['vote'];
    case 'year': return [`year|${f.eClass}`];
    // Dates, ordinals, durations and context-free years only meet an identical statement with the same noun/verb.
    case 'plain': return f.m.event || f.measure ? [`plain|${f.m.kind}|${f.value}|${f.m.event ?? ''}|${f.measure ?? ''}`] : [];
  }
  const keys: string[] = [];
  if (f.mClass) keys.push(`${d}|m:${f.mClass}|e:${f.eClass ?? ''}`);
  if (f.eClass) keys.push(`${d}|e:${f.eClass}`);
  if (f.dim.selfDescribing) keys.push(`${d}|u`);
  return keys;
}

export function groupMentions(mentions: Mention[], articles: { id: string; title?: string; outlet?: string | null; text?: string }[],
  reuse: Reuse[], options: GroupOptions = {}): Quantity[] {
  const foldScore = options.foldScore ?? 0.35;
  const maxBlock = options.maxBlock ?? 200;
  const window = options.window ?? 30;
  // Canonical order makes the result independent of the input order.
  const sorted = [...mentions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const feats = sorted.map(featuresOf);
  const aliases = harvestAliases(articles.map((a) => a.text ?? '').concat(sorted.map((m) => m.sentence ?? '')));

  // Mentions in different articles only meet when the articles can be about the same event (see topic.ts);
  // articles that share text always can.
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  // Computed on first need: most articles of a large corpus never take part in a cross-article link.
  const nameSets: (Set<string> | null | undefined)[] = new Array(articles.length);
  const namesOf = (i: number): Set<string> | null => {
    if (nameSets[i] === undefined) nameSets[i] = articles[i]!.text ? articleNames(articles[i]!.text!) : null;
    return nameSets[i]!;
  };
  const copies = new Set(reuse.map((r) => pairKey(articleIndex.get(r.a), articleIndex.get(r.b), articles.length)));
  const relatedCache = new Map<number, boolean>();
  const related = (x: string, y: string): boolean => {
    const i = articleIndex.get(x), j = articleIndex.get(y);
    if (x === y || i === undefined || j === undefined) return true;
    const key = pairKey(i, j, articles.length);
    let r = relatedCache.get(key);
    if (r === undefined) {
      const a = namesOf(i), b = namesOf(j);
      r = copies.has(key) || !a || !b || namesRelated(a, b);
      relatedCache.set(key, r);
    }
    return r;
  };

  const uf = new UnionFind(feats.length);
  const strongLink = new Uint8Array(feats.length);
  const blocks = new Map<string, number[]>();
  feats.forEach((f, i) => { for (const k of blockKeys(f)) { const b = blocks.get(k); if (b) b.push(i); else blocks.set(k, [i]); } });
  const tryLink = (i: number, j: number) => {
    const s = linkStrength(feats[i]!, feats[j]!, aliases);
    // Story check after the cheap feature test: most candidate pairs fail that first, and never fill the cache.
    if (s === 0 || !related(feats[i]!.m.articleId, feats[j]!.m.articleId)) return;
    uf.union(i, j);
    if (s >= 2) { strongLink[i] = 1; strongLink[j] = 1; }
  };
  for (const block of blocks.values()) {
    if (block.length <= maxBlock) {
      for (let x = 0; x < block.length; x++) for (let y = x + 1; y < block.length; y++) tryLink(block[x]!, block[y]!);
    } else {
      const byValue = [...block].sort((p, q) => (feats[p]!.value ?? 0) - (feats[q]!.value ?? 0) || p - q);
      for (let x = 0; x < byValue.length; x++)
        for (let y = x + 1; y < Math.min(byValue.length, x + 1 + window); y++) tryLink(byValue[x]!, byValue[y]!);
    }
  }

  const sourceUf = new Map<string, string>();
  const find = (a: string): string => { let r = a; while (sourceUf.has(r) && sourceUf.get(r) !== r) r = sourceUf.get(r)!; return r; };
  for (const r of reuse) {
    if (r.score < foldScore) continue;
    const x = find(r.a), y = find(r.b);
    if (x !== y) sourceUf.set(x < y ? y : x, x < y ? x : y);
  }
  // Notes name a source the way a checker does: by its outlet, unless two articles share one (then by title).
  const outletCount = new Map<string, number>();
  for (const a of articles) if (a.outlet?.trim()) outletCount.set(a.outlet.trim(), (outletCount.get(a.outlet.trim()) ?? 0) + 1);
  const names = new Map(articles.map((a) => {
    const outlet = a.outlet?.trim();
    return [a.id, outlet && outletCount.get(outlet) === 1 ? outlet : a.title?.trim() ? short(a.title) : a.id];
  }));
  const name = (id: string) => names.get(id) ?? id;

  const groups = new Map<number, number[]>();
  feats.forEach((_, i) => { const r = uf.find(i); const g = groups.get(r); if (g) g.push(i); else groups.set(r, [i]); });
  const out: Quantity[] = [];
  for (const idx of groups.values()) {
    const fs = idx.map((i) => feats[i]!);
    const contestable = fs[0]!.family !== 'plain' && idx.some((i) => strongLink[i]);
    const st = statusOf(fs, find, contestable);
    // "N-strong" names no noun of its own, so it never makes the counts differ.
    const measures = new Set(fs.map((f) => f.measure).filter((x) => x && x !== 'strength'));
    const countsDiffer = measures.size > 1;
    const values = fs.map((f) => f.value).filter((v): v is number => v !== null && Number.isFinite(v));
    out.push({
      id: `q-${fs[0]!.m.id}`,
      label: labelOf(fs),
      status: st.status,
      mentionIds: fs.map((f) => f.m.id),
      independentSources: st.independentSources,
      note: noteOf(fs, st, name, find, countsDiffer),
      spread: values.length ? { min: Math.min(...values), max: Math.max(...values) } : null,
      countsDiffer,
      unit: fs[0]!.family === 'vote' ? null : fs[0]!.dim.base ?? fs[0]!.m.unit,
    });
  }
  return out.sort((a, b) => RANK[a.status] - RANK[b.status] || b.independentSources - a.independentSources ||
    b.mentionIds.length - a.mentionIds.length || (a.id < b.id ? -1 : 1));
}

/** One number per unordered article pair (-1 when an id is unknown). */
function pairKey(i: number | undefined, j: number | undefined, n: number): number {
  if (i === undefined || j === undefined) return -1;
  return i < j ? i * n + j : j * n + i;
}

function short(t: string): string {
  const s = t.trim().replace(/\s+/g, ' ');
  return s.length <= 40 ? s : `${s.slice(0, 39)}…`;
}

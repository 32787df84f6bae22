// Verdicts and evidence follow their quantity across re-analyses. Quantity ids change from run to run; the mention
// keys (article content hash + span) do not, so each verdict goes to the quantity that now holds most of its keys.
import { keyId, mentionKeyOf } from '../keys.js';
import type { Analysis, Annotation, Article, MentionKey, Verdict } from '../model/index.js';

/** A quantity of the current analysis, named by its mentions' stable keys. */
export interface KeyedQuantity {
  id: string;
  keys: MentionKey[];
}

/** The quantities of an analysis with the stable keys of their mentions, in the analysis's order. */
export function keyedQuantities(analysis: Pick<Analysis, 'mentions' | 'quantities'>, articles: Pick<Article, 'id' | 'hash'>[]): KeyedQuantity[] {
  const hashOf = new Map(articles.map((a) => [a.id, a.hash]));
  const mentions = new Map(analysis.mentions.map((m) => [m.id, m]));
  return analysis.quantities.map((q) => {
    const keys: MentionKey[] = [];
    for (const id of q.mentionIds) {
      const m = mentions.get(id);
      const hash = m && hashOf.get(m.articleId);
      if (m && hash) keys.push(mentionKeyOf({ hash }, m));
    }
    // Canonical order, so a re-run that lists the same mentions differently changes nothing.
    keys.sort(compareKeys);
    return { id: q.id, keys };
  });
}

export function compareKeys(a: MentionKey, b: MentionKey): number {
  return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : a.start - b.start || a.end - b.end;
}

export type VerdictState = 'attached' | 'split' | 'merged' | 'orphaned';

export interface VerdictAttachment {
  /** The verdict as it should now be stored: keys of its new quantity, flag updated. */
  verdict: Verdict;
  quantityId: string | null;
  state: VerdictState;
  /** The verdict differs from the stored one (keys or flag): the caller saves it. */
  changed: boolean;
}

interface Candidate {
  verdict: number;
  quantity: number;
  overlap: number;
}

function overlaps(keys: MentionKey[], quantities: KeyedQuantity[], index: Map<string, number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const id of new Set(keys.map(keyId))) {
    const q = index.get(id);
    if (q !== undefined) counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  return counts;
}

function keyIndex(quantities: KeyedQuantity[]): Map<string, number> {
  const index = new Map<string, number>();
  quantities.forEach((q, i) => q.keys.forEach((k) => index.set(keyId(k), i)));
  return index;
}

const sameKeys = (a: MentionKey[], b: MentionKey[]) => a.length === b.length && a.every((k, i) => keyId(k) === keyId(b[i]!));

/** A decided verdict outranks one in review, which outranks one still to check; then the older one. */
function priority(v: Verdict): [number, string] {
  return [v.column === 'decided' ? 0 : v.column === 'review' ? 1 : 2, v.createdAt];
}

/**
 * Each verdict goes to the quantity holding most of its keys; one quantity holds at most one verdict (the verdict
 * with the larger share of it wins, then the more advanced, then the older), and a verdict that loses falls back to
 * the next quantity holding some of its keys. Result in the order of `verdicts`.
 */
export function attachVerdicts(verdicts: Verdict[], quantities: KeyedQuantity[]): VerdictAttachment[] {
  if (!verdicts.length) return [];
  const index = keyIndex(quantities);
  const spread = verdicts.map((v) => overlaps(v.quantityKeys, quantities, index));
  const candidates: Candidate[] = [];
  spread.forEach((counts, verdict) => counts.forEach((overlap, quantity) => candidates.push({ verdict, quantity, overlap })));
  candidates.sort((a, b) => {
    if (b.overlap !== a.overlap) return b.overlap - a.overlap;
    const [pa, ca] = priority(verdicts[a.verdict]!);
    const [pb, cb] = priority(verdicts[b.verdict]!);
    if (pa !== pb) return pa - pb;
    if (ca !== cb) return ca < cb ? -1 : 1;
    // The larger part of a split keeps the verdict.
    return quantities[b.quantity]!.keys.length - quantities[a.quantity]!.keys.length || a.quantity - b.quantity || a.verdict - b.verdict;
  });
  const placed = new Map<number, number>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (placed.has(c.verdict) || taken.has(c.quantity)) continue;
    placed.set(c.verdict, c.quantity);
    taken.add(c.quantity);
  }
  return verdicts.map((v, i) => {
    const q = placed.get(i);
    let state: VerdictState;
    let next: Verdict;
    if (q === undefined) {
      state = spread[i]!.size ? 'merged' : 'orphaned';
      next = { ...v, flag: state };
    } else {
      state = spread[i]!.size > 1 ? 'split' : 'attached';
      // A split stays flagged until the checker clears it; a verdict that found its quantity again loses its flag.
      const flag = state === 'split' || v.flag === 'split' ? 'split' : null;
      next = { ...v, quantityKeys: quantities[q]!.keys.map((k) => ({ ...k })), flag };
    }
    const changed = next.flag !== v.flag || !sameKeys(next.quantityKeys, v.quantityKeys);
    return { verdict: changed ? next : v, quantityId: q === undefined ? null : quantities[q]!.id, state, changed };
  });
}

export interface AnnotationAttachment {
  annotation: Annotation;
  /** The quantity the evidence supports now; null when it names none (a plain note) or its mentions are gone. */
  quantityId: string | null;
  state: 'attached' | 'orphaned' | 'unlinked';
  changed: boolean;
}

/** Evidence follows its quantity like a verdict does, but any number of annotations may share a quantity. */
export function attachAnnotations(annotations: Annotation[], quantities: KeyedQuantity[]): AnnotationAttachment[] {
  const index = keyIndex(quantities);
  return annotations.map((annotation) => {
    if (!annotation.quantityKeys.length) return { annotation, quantityId: null, state: 'unlinked', changed: false };
    let best = -1;
    let bestOverlap = 0;
    for (const [q, overlap] of overlaps(annotation.quantityKeys, quantities, index)) {
      const better = overlap > bestOverlap ||
        (overlap === bestOverlap && quantities[q]!.keys.length > quantities[best]!.keys.length) ||
        (overlap === bestOverlap && quantities[q]!.keys.length === quantities[best]!.keys.length && q < best);
      if (better) [best, bestOverlap] = [q, overlap];
    }
    if (best < 0) return { annotation, quantityId: null, state: 'orphaned', changed: false };
    const keys = quantities[best]!.keys;
    const changed = !sameKeys(keys, annotation.quantityKeys);
    return { annotation: changed ? { ...annotation, quantityKeys: keys.map((k) => ({ ...k })) } : annotation, quantityId: quantities[best]!.id, state: 'attached', changed };
  });
}

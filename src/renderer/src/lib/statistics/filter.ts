/**
 * The Statistics view's filter: a text query over each quantity's label, stated values, sources and sentences, and
 * status toggles. Each view's searchable text is lowercased once per analysis (`haystacks`), so a keystroke is one
 * `includes` per quantity. Counts follow the query, not the toggles: a chip says how many of its status match.
 */
import type { QuantityStatus } from '../../../../core/model/index.js';
import type { QuantityView } from '../../../../core/report/quantity-view.js';

export type StatusCounts = Record<QuantityStatus, number>;

/** Everything the query is matched against, lowercased, one field per line (so a query cannot span two fields). */
export function haystackOf(view: QuantityView): string {
  const parts = [view.quantity.label];
  for (const v of view.values) parts.push(v.text, v.source, v.sentence);
  return parts.join('\n').toLowerCase();
}

export function haystacks(views: readonly QuantityView[]): string[] {
  return views.map(haystackOf);
}

export interface FilterResult {
  /** Views shown: matching the query and of a status switched on, in the input order. */
  visible: QuantityView[];
  /** Views matching the query, by status (whatever the toggles). */
  counts: StatusCounts;
  /** Views matching the query, all statuses. */
  matching: number;
}

export function filterViews(
  views: readonly QuantityView[],
  texts: readonly string[],
  query: string,
  shown: Readonly<Record<QuantityStatus, boolean>>,
): FilterResult {
  const q = query.trim().toLowerCase();
  const matches: number[] = [];
  for (let i = 0; i < views.length; i++) if (!q || (texts[i] ?? haystackOf(views[i]!)).includes(q)) matches.push(i);
  return filterMatches(views, matches, shown);
}

/** The result for the views at `matches` (indices matching the query, ascending). */
export function filterMatches(
  views: readonly QuantityView[],
  matches: ArrayLike<number>,
  shown: Readonly<Record<QuantityStatus, boolean>>,
): FilterResult {
  const counts: StatusCounts = { contested: 0, corroborated: 0, 'single-source': 0 };
  const visible: QuantityView[] = [];
  for (let k = 0; k < matches.length; k++) {
    const v = views[matches[k]!]!;
    counts[v.quantity.status]++;
    if (shown[v.quantity.status]) visible.push(v);
  }
  return { visible, counts, matching: matches.length };
}

/** Queries whose matches a `matcher` remembers (a word typed and erased again is a few). */
const REMEMBERED = 64;

/**
 * The indices of the texts containing each query, for successive queries over one list (decision 0104): a keystroke's
 * query mostly extends or shortens the last one. A query containing one answered before is looked for only among
 * that one's matches (a text containing "fire" contains "fir"); one answered before (Backspace back to it) is not
 * looked for again. The answers are those of a scan of every text.
 */
export function matcher(texts: readonly string[]): (query: string) => Int32Array {
  const answered = new Map<string, Int32Array>();
  return (query) => {
    const q = query.trim().toLowerCase();
    const known = answered.get(q);
    if (known) {
      // Most recent last, so the oldest go first when the memory is full.
      answered.delete(q);
      answered.set(q, known);
      return known;
    }
    let within: Int32Array | null = null;
    for (const [k, m] of answered) if (q.includes(k) && (!within || m.length < within.length)) within = m;
    const out: number[] = [];
    if (within) {
      for (let k = 0; k < within.length; k++) if (texts[within[k]!]!.includes(q)) out.push(within[k]!);
    } else {
      for (let i = 0; i < texts.length; i++) if (texts[i]!.includes(q)) out.push(i);
    }
    const found = Int32Array.from(out);
    answered.set(q, found);
    if (answered.size > REMEMBERED) answered.delete(answered.keys().next().value!);
    return found;
  };
}

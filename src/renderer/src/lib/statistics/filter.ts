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
  const counts: StatusCounts = { contested: 0, corroborated: 0, 'single-source': 0 };
  const visible: QuantityView[] = [];
  let matching = 0;
  for (let i = 0; i < views.length; i++) {
    const v = views[i]!;
    if (q && !(texts[i] ?? haystackOf(v)).includes(q)) continue;
    matching++;
    counts[v.quantity.status]++;
    if (shown[v.quantity.status]) visible.push(v);
  }
  return { visible, counts, matching };
}

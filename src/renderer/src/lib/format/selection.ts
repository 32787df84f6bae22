/**
 * Multi-selection of library rows, checkbox style (as in mail clients): clicking a box or Ctrl/Cmd-clicking a row
 * toggles it and makes it the anchor; Shift-clicking checks every row from the anchor to the clicked one. Pure.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

export function toggleOne(sel: Selection, id: string): Selection {
  const ids = new Set(sel.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/** Check the rows between the anchor and `to` (in the order shown), keeping what was checked. No anchor: just `to`. */
export function checkRange(sel: Selection, order: readonly string[], to: string): Selection {
  const end = order.indexOf(to);
  if (end < 0) return sel;
  const from = sel.anchor === null ? -1 : order.indexOf(sel.anchor);
  const start = from < 0 ? end : from;
  const ids = new Set(sel.ids);
  for (let i = Math.min(start, end); i <= Math.max(start, end); i++) ids.add(order[i]!);
  return { ids, anchor: sel.anchor ?? to };
}

export function checkAll(order: readonly string[]): Selection {
  return { ids: new Set(order), anchor: order[0] ?? null };
}

/** Drop ids that are no longer shown (deleted, or outside the case now shown). */
export function keepShown(sel: Selection, order: readonly string[]): Selection {
  const shown = new Set(order);
  if ([...sel.ids].every((id) => shown.has(id)) && (sel.anchor === null || shown.has(sel.anchor))) return sel;
  return { ids: new Set([...sel.ids].filter((id) => shown.has(id))), anchor: sel.anchor && shown.has(sel.anchor) ? sel.anchor : null };
}

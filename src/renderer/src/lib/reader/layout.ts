/**
 * The side-by-side reader's layout as plain data: which articles are open, in which order, and how wide each
 * column is (fractions of the reader's width that add up to 1). Pure, so persistence and resizing are unit-tested.
 */
import type { LayoutRecord } from '../db/schema.js';

export const MAX_COLUMNS = 4;
/** Narrowest a column may get, as a share of the reader's width. */
export const MIN_SHARE = 0.12;
/** Key of the layout used while no case is current (the whole library is one workspace). */
export const LIBRARY_LAYOUT_KEY = 'library';

export interface Layout {
  articleIds: string[];
  widths: number[];
  align: boolean;
  /** The library/statistics list beside the reader is folded away to give the columns room. */
  listHidden: boolean;
}

export const EMPTY_LAYOUT: Layout = { articleIds: [], widths: [], align: false, listHidden: false };

export function layoutKey(caseId: string | null | undefined): string {
  return caseId ?? LIBRARY_LAYOUT_KEY;
}

export function equalWidths(n: number): number[] {
  return Array.from({ length: n }, () => 1 / n);
}

/** Widths made valid: one per column, none below the minimum, summing to 1; anything unusable becomes equal. */
export function normaliseWidths(widths: readonly number[], n: number): number[] {
  if (n === 0) return [];
  if (widths.length !== n || widths.some((w) => !Number.isFinite(w) || w <= 0)) return equalWidths(n);
  const floor = Math.min(MIN_SHARE, 1 / n);
  const raised = widths.map((w) => Math.max(w, floor));
  const total = raised.reduce((s, w) => s + w, 0);
  return raised.map((w) => w / total);
}

/** Open these articles side by side (duplicates once, at most MAX_COLUMNS), in equal columns. */
export function openColumns(layout: Layout, ids: readonly string[]): Layout {
  const articleIds = [...new Set(ids)].slice(0, MAX_COLUMNS);
  return { ...layout, articleIds, widths: equalWidths(articleIds.length) };
}

/**
 * Add a column at `at` (default: the end). An article already open stays where it is. With every column in use the
 * layout is returned unchanged: the caller tells the user to close one first.
 */
export function addColumn(layout: Layout, id: string, at = layout.articleIds.length): Layout {
  if (layout.articleIds.includes(id) || layout.articleIds.length >= MAX_COLUMNS) return layout;
  const i = Math.max(0, Math.min(at, layout.articleIds.length));
  const articleIds = [...layout.articleIds.slice(0, i), id, ...layout.articleIds.slice(i)];
  // The new column takes an equal share; the others shrink in proportion.
  const n = articleIds.length;
  const share = 1 / n;
  const rest = normaliseWidths(layout.widths, layout.articleIds.length).map((w) => w * (1 - share));
  const widths = [...rest.slice(0, i), share, ...rest.slice(i)];
  return { ...layout, articleIds, widths: normaliseWidths(widths, n) };
}

/** Show `id` in column `index` instead of what it shows (a library click in the single reader does this). */
export function replaceColumn(layout: Layout, index: number, id: string): Layout {
  if (layout.articleIds.length === 0) return { ...layout, articleIds: [id], widths: [1] };
  const existing = layout.articleIds.indexOf(id);
  if (existing >= 0) return layout;
  const articleIds = layout.articleIds.map((x, i) => (i === index ? id : x));
  return { ...layout, articleIds };
}

/** Close column `index`; its width goes to its neighbours in proportion. Align mode ends below two columns. */
export function closeColumn(layout: Layout, index: number): Layout {
  if (index < 0 || index >= layout.articleIds.length) return layout;
  const articleIds = layout.articleIds.filter((_, i) => i !== index);
  const widths = normaliseWidths(layout.widths.filter((_, i) => i !== index), articleIds.length);
  return { ...layout, articleIds, widths, align: layout.align && articleIds.length > 1, listHidden: layout.listHidden && articleIds.length > 1 };
}

/** Drop columns whose article left the library (deleted here or in another tab). */
export function keepExisting(layout: Layout, exists: (id: string) => boolean): Layout {
  let next = layout;
  for (let i = next.articleIds.length - 1; i >= 0; i--) if (!exists(next.articleIds[i])) next = closeColumn(next, i);
  return next;
}

/**
 * Move the boundary after column `handle` by `delta` (share of the total width; positive widens the left column).
 * Only the two columns beside the boundary change, and neither goes below the minimum.
 */
export function resizeColumns(widths: readonly number[], handle: number, delta: number): number[] {
  if (handle < 0 || handle >= widths.length - 1 || !Number.isFinite(delta)) return [...widths];
  const left = widths[handle];
  const right = widths[handle + 1];
  const floor = Math.min(MIN_SHARE, (left + right) / 2);
  const d = Math.max(floor - left, Math.min(right - floor, delta));
  const out = [...widths];
  out[handle] = left + d;
  out[handle + 1] = right - d;
  return out;
}

/** A stored record read back, made safe to use (it may come from an older build, or be damaged). */
export function fromRecord(record: Partial<LayoutRecord> | undefined | null): Layout {
  if (!record || !Array.isArray(record.articleIds)) return EMPTY_LAYOUT;
  const articleIds = [...new Set(record.articleIds.filter((x): x is string => typeof x === 'string'))].slice(0, MAX_COLUMNS);
  const widths = normaliseWidths(Array.isArray(record.widths) ? record.widths : [], articleIds.length);
  return { articleIds, widths, align: record.align === true && articleIds.length > 1, listHidden: record.listHidden === true && articleIds.length > 1 };
}

export function toRecord(key: string, layout: Layout): LayoutRecord {
  return { caseId: key, articleIds: [...layout.articleIds], widths: [...layout.widths], align: layout.align, listHidden: layout.listHidden };
}

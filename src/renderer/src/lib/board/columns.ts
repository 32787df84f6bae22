/**
 * Which quantities are on the board, in which column and order. Pure: the board state passes the quantity views of
 * the current analysis and the verdicts attached to them (core/verdicts/attach.ts).
 *
 * On the board: every contested quantity, and any quantity that has a verdict (a checker put it there or started
 * deciding it). Off the board, one filter away: corroborated and single-source quantities without a verdict.
 * A quantity without a verdict sits in To check. Within a column: contested first, then corroborated, then
 * single-source; within a status by the checker's order (verdict.order), then more independent sources first.
 * Years, dates and ordinals without a verdict (`dates`, lib/statistics/dates.ts) are on neither unless the filter
 * shows them (0117); one with a verdict stays where the checker put it.
 */
import type { BoardColumn, MentionKey, Verdict } from '../../../../core/model/index.js';
import type { QuantityView } from '../../../../core/report/quantity-view.js';

export const BOARD_COLUMNS: { id: BoardColumn; label: string }[] = [
  { id: 'todo', label: 'To check' },
  { id: 'review', label: 'In review' },
  { id: 'decided', label: 'Decided' },
];

export interface BoardCard {
  view: QuantityView;
  verdict: Verdict | null;
  column: BoardColumn;
}

export interface BoardLayout {
  columns: Record<BoardColumn, BoardCard[]>;
  /** Quantities not on the board, shown when their status filter is on (contested never lands here). */
  offBoard: BoardCard[];
}

export interface OffBoardFilter {
  corroborated: boolean;
  singleSource: boolean;
  /** Show quantities that are years, dates or ordinals (off by default). */
  dates?: boolean;
}

const STATUS_RANK = { contested: 0, corroborated: 1, 'single-source': 2 } as const;

export function compareCards(a: BoardCard, b: BoardCard): number {
  const qa = a.view.quantity, qb = b.view.quantity;
  const oa = a.verdict?.order ?? Number.POSITIVE_INFINITY, ob = b.verdict?.order ?? Number.POSITIVE_INFINITY;
  return STATUS_RANK[qa.status] - STATUS_RANK[qb.status] || (oa === ob ? 0 : oa < ob ? -1 : 1) ||
    qb.independentSources - qa.independentSources || (qa.id < qb.id ? -1 : qa.id > qb.id ? 1 : 0);
}

export function boardLayout(views: readonly QuantityView[], verdictOf: ReadonlyMap<string, Verdict>, filter: OffBoardFilter,
  dates: ReadonlySet<string> = new Set()): BoardLayout {
  const columns: Record<BoardColumn, BoardCard[]> = { todo: [], review: [], decided: [] };
  const offBoard: BoardCard[] = [];
  for (const view of views) {
    const verdict = verdictOf.get(view.quantity.id) ?? null;
    if (!verdict && !filter.dates && dates.has(view.quantity.id)) continue;
    const card: BoardCard = { view, verdict, column: verdict?.column ?? 'todo' };
    if (verdict || view.quantity.status === 'contested') columns[card.column].push(card);
    else if (view.quantity.status === 'corroborated' ? filter.corroborated : filter.singleSource) offBoard.push(card);
  }
  for (const c of Object.values(columns)) c.sort(compareCards);
  offBoard.sort(compareCards);
  return { columns, offBoard };
}

/** Column to the left (-1) or right (+1) of `column`; null past either end. */
export function nextColumn(column: BoardColumn, step: -1 | 1): BoardColumn | null {
  const i = BOARD_COLUMNS.findIndex((c) => c.id === column) + step;
  return BOARD_COLUMNS[i]?.id ?? null;
}

/** The `order` a card gets when it joins the end of a column. */
export function endOrder(cards: readonly BoardCard[]): number {
  return cards.reduce((max, c) => Math.max(max, c.verdict?.order ?? -1), -1) + 1;
}

/**
 * Moving a card up (-1) or down (+1) within its column: the orders to write, card id → order, so that the card and
 * its neighbour swap. Cards only move among cards of the same status (contested ones stay first). Null when it
 * cannot move that way. Cards without a verdict take their shown position as their order.
 */
export function reorder(cards: readonly BoardCard[], quantityId: string, step: -1 | 1): Map<string, number> | null {
  const i = cards.findIndex((c) => c.view.quantity.id === quantityId);
  const j = i + step;
  if (i < 0 || j < 0 || j >= cards.length) return null;
  if (cards[i]!.view.quantity.status !== cards[j]!.view.quantity.status) return null;
  // Give every card of the column a distinct order first (positions), then swap the two.
  const orders = new Map(cards.map((c, k) => [c.view.quantity.id, k]));
  orders.set(cards[i]!.view.quantity.id, j);
  orders.set(cards[j]!.view.quantity.id, i);
  return orders;
}

/** A fresh verdict for a quantity put on the board (or first touched there). */
export function newVerdict(input: { id: string; caseId: string; keys: MentionKey[]; label: string; column: BoardColumn; order: number; now: string }): Verdict {
  return {
    id: input.id, caseId: input.caseId, quantityKeys: input.keys.map((k) => ({ ...k })), label: input.label, column: input.column,
    order: input.order, rating: null, accepted: null, reference: null, explanation: '', evidenceIds: [], flag: null,
    createdAt: input.now, updatedAt: input.now,
  };
}

/**
 * The value a checker types as accepted: a number ("13,000", "13000", "1.5 million") or an interval ("12,000–13,000",
 * "12000 to 13000"). Null when it is not one; low ≤ high always.
 */
export function parseAccepted(text: string): { low: number; high: number } | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  const num = String.raw`(-?\d[\d,\s]*(?:\.\d+)?)\s*(thousand|million|billion|k|m|bn)?`;
  const range = new RegExp(String.raw`^${num}\s*(?:-|–|—|to|\.\.)\s*${num}$`).exec(t);
  const one = new RegExp(String.raw`^${num}$`).exec(t);
  const read = (digits: string, scale: string | undefined): number | null => {
    const clean = digits.replace(/[,\s]/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(clean)) return null;
    const factor = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 }[scale ?? ''] ?? 1;
    return Number(clean) * factor;
  };
  if (range) {
    const a = read(range[1]!, range[2]), b = read(range[3]!, range[4] ?? range[2]);
    if (a === null || b === null) return null;
    return { low: Math.min(a, b), high: Math.max(a, b) };
  }
  if (one) {
    const v = read(one[1]!, one[2]);
    return v === null ? null : { low: v, high: v };
  }
  return null;
}

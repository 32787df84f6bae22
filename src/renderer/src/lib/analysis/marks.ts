/** Pure helpers that turn the engine's Analysis into what the views show: marks, labels, intervals, counts. */
import type { Analysis, Mention, Quantity, QuantityStatus } from '../../../../core/model/index.js';
import type { QuantityView } from '../../../../core/report/quantity-view.js';

export const STATUS_ORDER: readonly QuantityStatus[] = ['contested', 'corroborated', 'single-source'];

export const STATUS_LABEL: Record<QuantityStatus, string> = {
  contested: 'Contested',
  corroborated: 'Corroborated',
  'single-source': 'Single source',
};

export interface MentionInfo {
  mention: Mention;
  quantity: Quantity | null;
}

export function indexMentions(analysis: Analysis | null): Map<string, MentionInfo> {
  const index = new Map<string, MentionInfo>();
  if (!analysis) return index;
  for (const mention of analysis.mentions) index.set(mention.id, { mention, quantity: null });
  for (const quantity of analysis.quantities) {
    for (const id of quantity.mentionIds) {
      const info = index.get(id);
      if (info) info.quantity = quantity;
    }
  }
  return index;
}

/** A statistic in the reader: where it is, what colour it gets, what its tooltip says. */
export interface MentionMark {
  start: number;
  end: number;
  mentionId: string;
  quantityId: string | null;
  status: QuantityStatus | null;
  title: string;
}

export function articleMarks(index: Map<string, MentionInfo>, articleId: string): MentionMark[] {
  const marks: MentionMark[] = [];
  for (const { mention, quantity } of index.values()) {
    if (mention.articleId !== articleId) continue;
    marks.push({
      start: mention.start,
      end: mention.end,
      mentionId: mention.id,
      quantityId: quantity?.id ?? null,
      status: quantity?.status ?? null,
      title: mentionTitle(mention, quantity),
    });
  }
  return marks.sort((a, b) => a.start - b.start);
}

/** Years and dates print without thousands separators (2020, not 2,020); millions and up in words. */
// Formatters made once (toLocaleString with options builds one per call, which a list of cards felt).
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 3 });
const SMALL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatNumber(n: number, kind?: Mention['kind'] | 'plain'): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  if (kind === 'year' || kind === 'date' || kind === 'plain') return String(n);
  if (Math.abs(n) >= 1e6) return COMPACT.format(n);
  return (Math.abs(n) < 10 ? SMALL : PLAIN).format(n);
}

/** How numbers of this unit print: a quantity measured in years (2013, 2020) has no kind of its own. */
export function kindForUnit(unit: string | null): 'plain' | undefined {
  return unit === 'year' ? 'plain' : undefined;
}

/** The interval the source commits to: "= 8,000", "7,500 – 8,500", "≥ 9,000"; null when there is none. */
export function formatInterval(
  m: Pick<Mention, 'low' | 'high' | 'value' | 'unit'> & { kind?: Mention['kind'] | 'plain' },
): string | null {
  m = { ...m, kind: m.kind ?? kindForUnit(m.unit) };
  const unit = m.unit && m.unit !== 'year' ? ` ${m.unit}` : '';
  const { low, high } = m;
  if (low === null && high === null) return m.value === null ? null : `${formatNumber(m.value, m.kind)}${unit}`;
  if (low !== null && (high === null || !Number.isFinite(high))) return `≥ ${formatNumber(low, m.kind)}${unit}`;
  if (low === null && high !== null) return `≤ ${formatNumber(high, m.kind)}${unit}`;
  if (low === high) return `${formatNumber(low as number, m.kind)}${unit}`;
  return `${formatNumber(low as number, m.kind)} – ${formatNumber(high as number, m.kind)}${unit}`;
}

const HEDGE: Record<Mention['qualifier'], string> = {
  exact: 'stated exactly',
  about: 'approximate',
  over: 'a lower bound',
  under: 'an upper bound',
  range: 'a range',
};

export function hedgeLabel(q: Mention['qualifier']): string {
  return HEDGE[q];
}

export function mentionTitle(m: Mention, q: Quantity | null): string {
  const interval = formatInterval(m);
  return [
    q ? `${STATUS_LABEL[q.status]}: ${q.label}` : 'Statistic (not grouped)',
    `Hedge: ${hedgeLabel(m.qualifier)}`,
    interval ? `Interval: ${interval}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Articles that share text with `articleId`, best match first. */
export function reusePartners(analysis: Analysis | null, articleId: string): { id: string; score: number }[] {
  if (!analysis) return [];
  return analysis.reuse
    .filter((r) => r.a === articleId || r.b === articleId)
    .map((r) => ({ id: r.a === articleId ? r.b : r.a, score: r.score }))
    .sort((x, y) => y.score - x.score);
}

export function statusCounts(views: readonly QuantityView[]): Record<QuantityStatus, number> {
  const counts: Record<QuantityStatus, number> = { contested: 0, corroborated: 0, 'single-source': 0 };
  for (const v of views) counts[v.quantity.status]++;
  return counts;
}

/** Splits a sentence around the mention so it can be emphasised; the whole sentence when it is not found. */
export function emphasise(sentence: string, text: string): { before: string; match: string; after: string } {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return { before: sentence, match: '', after: '' };
  return { before: sentence.slice(0, at), match: text, after: sentence.slice(at + text.length) };
}

/** Distinct sources among a quantity's values (several mentions in one article count once). */
export function sourceCount(view: QuantityView): number {
  return new Set(view.values.map((v) => v.articleId)).size;
}

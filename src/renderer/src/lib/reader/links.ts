/**
 * Linked numbers: a statistic's counterparts are the other mentions of its quantity. Clicking one figure marks
 * them in every column and scrolls each column to its first one.
 */
import type { Analysis, Mention, QuantityStatus } from '../../../../core/model/index.js';
import { formatInterval, formatNumber, hedgeLabel, STATUS_LABEL, type MentionInfo } from '../analysis/marks.js';

export interface Link {
  quantityId: string;
  /** The mention the checker picked. */
  mentionId: string;
}

/** Mention ids of a quantity by article, each list in text order. */
export function mentionsByArticle(analysis: Analysis | null, quantityId: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!analysis) return out;
  const q = analysis.quantities.find((x) => x.id === quantityId);
  if (!q) return out;
  const wanted = new Set(q.mentionIds);
  const mentions = analysis.mentions.filter((m) => wanted.has(m.id)).sort((a, b) => a.start - b.start);
  for (const m of mentions) out.set(m.articleId, [...(out.get(m.articleId) ?? []), m.id]);
  return out;
}

/** Distinct articles of a quantity, in the order its values are listed (at most `max`). */
export function quantityArticles(analysis: Analysis | null, quantityId: string, max: number): { ids: string[]; total: number } {
  const ids = [...mentionsByArticle(analysis, quantityId).keys()];
  return { ids: ids.slice(0, max), total: ids.length };
}

/** Symbol that tells the status without colour (also used in the legend and the card badge). */
export const STATUS_SYMBOL: Record<QuantityStatus, string> = { contested: '≠', corroborated: '✓', 'single-source': '1' };

/** What the hover card says about one statistic. */
export interface MarkDetails {
  status: QuantityStatus | null;
  statusText: string;
  quantity: string | null;
  stated: string;
  value: string | null;
  hedge: string;
  interval: string | null;
  counted: string | null;
  sources: number | null;
}

export function markDetails(info: MentionInfo): MarkDetails {
  const { mention: m, quantity: q } = info;
  return {
    status: q?.status ?? null,
    statusText: q ? STATUS_LABEL[q.status] : 'Not grouped',
    quantity: q?.label ?? null,
    stated: m.text,
    value: valueText(m),
    hedge: hedgeLabel(m.qualifier),
    interval: formatInterval(m),
    counted: m.measure,
    sources: q ? q.independentSources : null,
  };
}

function valueText(m: Mention): string | null {
  if (m.value === null) return null;
  const unit = m.unit && m.unit !== 'year' ? ` ${m.unit}` : '';
  return `${formatNumber(m.value, m.kind)}${unit}`;
}

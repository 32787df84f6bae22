import type { Article } from '../model/article.js';
import type { Mention } from '../model/mention.js';
import type { Analysis, Quantity } from '../model/quantity.js';

/** One source's statement of a quantity, ready to print. */
export interface SourceValue {
  articleId: string;
  /** Outlet, else title, else file name: how a checker names a source. */
  source: string;
  mentionId: string;
  /** The mention as written ("over 24,000 personnel"). */
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Mention['qualifier'];
  measure: string | null;
  unit: string | null;
  sentence: string;
}

export interface QuantityView {
  quantity: Quantity;
  values: SourceValue[];
}

export function sourceName(article: Pick<Article, 'outlet' | 'title' | 'fileName'>): string {
  return article.outlet || article.title || article.fileName;
}

/** Joins quantities to their mentions and articles, values ordered by value then source. */
export function quantityViews(analysis: Analysis, articles: Article[]): QuantityView[] {
  const byId = new Map(analysis.mentions.map((m) => [m.id, m]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  return analysis.quantities.map((quantity) => {
    const values: SourceValue[] = [];
    for (const id of quantity.mentionIds) {
      const m = byId.get(id);
      if (!m) continue;
      const article = articleById.get(m.articleId);
      values.push({
        articleId: m.articleId,
        source: article ? sourceName(article) : m.articleId,
        mentionId: m.id,
        text: m.text,
        value: m.value,
        low: m.low,
        high: m.high,
        qualifier: m.qualifier,
        measure: m.measure,
        unit: m.unit,
        sentence: m.sentence,
      });
    }
    values.sort((a, b) => (a.value ?? 0) - (b.value ?? 0) || a.source.localeCompare(b.source));
    return { quantity, values };
  });
}

const STATUS_ORDER: Record<Quantity['status'], number> = { contested: 0, corroborated: 1, 'single-source': 2 };

/** Contested first, then corroborated, then single-source; more independent sources first within a status. */
export function byStatus(a: QuantityView, b: QuantityView): number {
  return (
    STATUS_ORDER[a.quantity.status] - STATUS_ORDER[b.quantity.status] ||
    b.quantity.independentSources - a.quantity.independentSources
  );
}

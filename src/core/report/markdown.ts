import type { Article } from '../model/article.js';
import type { Analysis } from '../model/quantity.js';
import { byStatus, quantityViews, type QuantityView } from './quantity-view.js';

/** Markdown table cells may not contain pipes or newlines. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function section(title: string, views: QuantityView[]): string[] {
  if (!views.length) return [];
  const out = [`## ${title} (${views.length})`, ''];
  for (const { quantity, values } of views) {
    out.push(`### ${cell(quantity.label)}`, '');
    out.push(`Status: **${quantity.status}** · independent sources: ${quantity.independentSources}${quantity.countsDiffer ? ' · mentions count different things' : ''}`, '');
    if (quantity.note) out.push(`> ${cell(quantity.note)}`, '');
    out.push('| Source | Stated | Hedge | Sentence |', '| --- | --- | --- | --- |');
    for (const v of values) out.push(`| ${cell(v.source)} | ${cell(v.text)} | ${v.qualifier} | ${cell(v.sentence)} |`);
    out.push('');
  }
  return out;
}

/** A fact-check worksheet: the articles read, then contested, corroborated and single-source quantities. */
export function markdownReport(analysis: Analysis, articles: Article[], generatedAt = new Date()): string {
  const views = quantityViews(analysis, articles).sort(byStatus);
  const of = (s: string) => views.filter((v) => v.quantity.status === s);
  const lines = [
    '# Crosscheck report',
    '',
    `Generated ${generatedAt.toISOString()} from ${articles.length} article${articles.length === 1 ? '' : 's'}.`,
    '',
    '## Articles',
    '',
    '| Title | Outlet | Published | Words |',
    '| --- | --- | --- | --- |',
    ...articles.map((a) => `| ${cell(a.title)} | ${cell(a.outlet ?? '')} | ${a.published ?? ''} | ${a.words} |`),
    '',
    ...section('Contested quantities', of('contested')),
    ...section('Corroborated quantities', of('corroborated')),
    ...section('Single-source quantities', of('single-source')),
  ];
  if (analysis.reuse.length) {
    const title = new Map(articles.map((a) => [a.id, a.title]));
    lines.push('## Shared text between articles', '', '| Article A | Article B | Score |', '| --- | --- | --- |');
    for (const r of analysis.reuse) lines.push(`| ${cell(title.get(r.a) ?? r.a)} | ${cell(title.get(r.b) ?? r.b)} | ${r.score.toFixed(2)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

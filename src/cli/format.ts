import type { Article, ImportFailure } from '../core/model/article.js';
import type { Analysis } from '../core/model/quantity.js';
import { statedValue as stated } from '../core/report/format-value.js';
import { byStatus, quantityViews } from '../core/report/quantity-view.js';

/** An article's outlet for a listing: "unknown outlet", or the outlet, marked when it was read from the file name. */
export function outletLine(a: Pick<Article, 'outlet' | 'inferred'>): string {
  return a.outlet ? a.outlet + (a.inferred?.outlet ? ` (from the ${a.inferred.outlet})` : '') : 'unknown outlet';
}

/** `notArticles`: files left out by name (core notAnArticle), listed apart from the failures. */
export function formatImport(articles: Article[], duplicates: { path: string; of: string }[], failures: ImportFailure[], notArticles: ImportFailure[] = []): string {
  const lines = [`Imported ${articles.length} article${articles.length === 1 ? '' : 's'}` + (duplicates.length ? `, ${duplicates.length} duplicate${duplicates.length === 1 ? '' : 's'}` : '') + (failures.length ? `, ${failures.length} failed` : '') + (notArticles.length ? `, ${notArticles.length} skipped (not articles)` : '')];
  for (const a of articles) lines.push(`  ${a.title} — ${outletLine(a)} · ${a.words} words`);
  for (const d of duplicates) lines.push(`  = ${d.path}: same content as ${d.of}`);
  for (const f of failures) lines.push(`  ✗ ${f.path}: ${f.message}`);
  for (const f of notArticles) lines.push(`  - ${f.path}: skipped, ${f.message}`);
  return lines.join('\n');
}

/** Contested quantities first, each with its values by source; `all` adds corroborated and single-source ones. */
export function formatQuantities(analysis: Analysis, articles: Article[], all: boolean): string {
  const views = quantityViews(analysis, articles).sort(byStatus);
  const shown = all ? views : views.filter((v) => v.quantity.status === 'contested');
  const contested = views.filter((v) => v.quantity.status === 'contested').length;
  const corroborated = views.filter((v) => v.quantity.status === 'corroborated').length;
  const lines = [`\n${contested} contested, ${corroborated} corroborated, ${views.length - contested - corroborated} single-source quantities (${analysis.mentions.length} statistics)`];
  shown.forEach(({ quantity, values }, i) => {
    lines.push(`\n${i + 1}. [${quantity.status}] ${quantity.label} — ${quantity.independentSources} independent source${quantity.independentSources === 1 ? '' : 's'}`);
    if (quantity.note) lines.push(`   ${quantity.note}`);
    const width = Math.max(...values.map((v) => stated(v).length));
    for (const v of values) lines.push(`   ${stated(v).padEnd(width)}  ${v.source}: “${v.text}”`);
  });
  if (analysis.reuse.length) {
    const title = new Map(articles.map((a) => [a.id, a.title]));
    lines.push('\nShared text (counted as one source):');
    for (const r of analysis.reuse) lines.push(`   ${title.get(r.a)} ↔ ${title.get(r.b)} (score ${r.score.toFixed(2)}, ${r.pairs.length} aligned sentences)`);
  }
  return lines.join('\n');
}

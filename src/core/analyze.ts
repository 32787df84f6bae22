// The engine pipeline: extract mentions from every article body, apply the checker's corrections, detect text reuse,
// group mentions into quantities. Titles are not scanned: mention offsets index into article.text, and a headline
// restates a figure of its own body (same source), so it would add no independent evidence, only duplicates.
import type { Analysis, Article, Correction, Mention } from './model/index.js';
import { applyCorrections } from './corrections.js';
import { extractMentions } from './extract/index.js';
import { groupMentions, type GroupOptions } from './group/index.js';
import { detectReuse } from './reuse/index.js';

export interface AnalyzeOptions {
  /** Injected for tests and benches; defaults to the extractor. */
  extract?: (text: string, articleId: string) => Mention[];
  /**
   * The checker's corrections for this case (must-link, cannot-link, dismissed, added, status). Grouping honours
   * them; those whose mentions no longer exist come back in `Analysis.unresolved`.
   */
  corrections?: Correction[];
  /** Grouping options (a fitted pair model for leave-one-event-out scoring, window sizes). */
  group?: Omit<GroupOptions, 'constraints'>;
}

export function analyzeArticles(articles: Article[], options: AnalyzeOptions = {}): Analysis {
  const extract = options.extract ?? extractMentions;
  const extracted = articles.flatMap((a) => extract(a.text, a.id));
  const { mentions, constraints, unresolved } = options.corrections?.length
    ? applyCorrections(articles, extracted, options.corrections)
    : { mentions: extracted, constraints: undefined, unresolved: [] };
  const reuse = detectReuse(articles.map((a) => ({ id: a.id, text: a.text })));
  const quantities = groupMentions(mentions, articles, reuse, { ...options.group, constraints });
  return options.corrections?.length ? { mentions, quantities, reuse, unresolved } : { mentions, quantities, reuse };
}

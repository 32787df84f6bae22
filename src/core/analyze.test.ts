import { describe, expect, it } from 'vitest';
import { analyzeArticles } from './analyze.js';
import type { Article, Mention } from './model/index.js';
import { figures, loadCorpus, rawArticle, scoreCorpus } from '../../eval/suites/engine.js';

// A toy extractor for the pipeline test: "<number> <noun>" with the noun as measure, and its sentence as the real
// extractor gives it (the grouping reads the words around the number).
function toyExtract(text: string, articleId: string): Mention[] {
  return [...text.matchAll(/(\d[\d,]*) (engineers|workers)/g)].map((m) => {
    const value = Number(m[1]!.replace(/,/g, ''));
    const from = text.lastIndexOf('. ', m.index!) + 1, to = text.indexOf('.', m.index!);
    return { id: `${articleId}:${m.index}`, articleId, text: m[0], start: m.index!, end: m.index! + m[0].length,
      sentence: text.slice(from, to < 0 ? text.length : to + 1).trim(), kind: 'count', value, low: value, high: value, unit: null, qualifier: 'exact', trend: null,
      measure: m[2]!.replace(/s$/, ''), subject: null, event: null, timeFrame: null, attribution: null } satisfies Mention;
  });
}

describe('analyzeArticles', () => {
  it('runs extraction, reuse and grouping and sorts contested first', () => {
    const arts: Article[] = [
      rawArticle('x', 'Bridge works start', 'The contractor hired 400 engineers for the bridge. The city hired 90 workers.'),
      // The same statement with another number: a disagreement the words say is one thing (a paraphrase with fewer
      // shared words, "About 520 engineers will build the bridge", sits just under the join since decision 0011).
      rawArticle('y', 'Bridge crews arrive', 'The contractor hired 520 engineers for the bridge, the mayor said. Another 90 workers will repair roads.'),
    ];
    const out = analyzeArticles(arts, { extract: toyExtract });
    expect(out.mentions).toHaveLength(4);
    expect(out.reuse).toEqual([]);
    expect(out.quantities.map((q) => q.status)).toEqual(['contested', 'corroborated']);
    expect(out.quantities[0]!.note).toMatch(/Sources disagree/);
  });
});

describe('analyzeArticles on the seed articles (reference case)', () => {
  const { expected, articles } = loadCorpus('../shared/corpus/seeds');
  const analysis = analyzeArticles(articles);
  const s = scoreCorpus(expected, articles, analysis);

  it('flags the 000/003 reuse pair and nothing else', () => {
    expect(s.reuseFound).toBe(1);
    expect(s.falseReuse).toEqual([]);
  });

  it('passes: every mention found, contested and corroborated quantities right, no false contested', () => {
    const f = figures('seeds', s);
    expect(f.mentionRecall).toBe(1);
    expect(f.falseContested).toBe(0);
    expect(f.corroboratedRight).toBe(f.corroboratedExpected);
    expect(f.pass).toBe(true);
  });

  it('gives each quantity reasons and, where mentions meet, the links that hold it together', () => {
    for (const q of analysis.quantities) {
      expect(q.reasons!.length).toBeGreaterThan(0);
      if (q.mentionIds.length > 1) expect(q.links!.length).toBeGreaterThan(0);
    }
    const contested = analysis.quantities.filter((q) => q.status === 'contested');
    expect(contested.length).toBeGreaterThan(0);
    for (const q of contested) expect(q.reasons![0]).toMatch(/cannot both hold|tallies differ/);
  });
});

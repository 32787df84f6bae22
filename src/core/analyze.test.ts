import { describe, expect, it } from 'vitest';
import { analyzeArticles } from './analyze.js';
import type { Article, Mention } from './model/index.js';
import { loadCorpus, rawArticle, scoreCorpus } from '../../eval/suites/engine.js';

// A toy extractor for the pipeline test: "<number> <noun>" with the noun as measure.
function toyExtract(text: string, articleId: string): Mention[] {
  return [...text.matchAll(/(\d[\d,]*) (engineers|workers)/g)].map((m) => {
    const value = Number(m[1]!.replace(/,/g, ''));
    return { id: `${articleId}:${m.index}`, articleId, text: m[0], start: m.index!, end: m.index! + m[0].length,
      sentence: m[0], kind: 'count', value, low: value, high: value, unit: null, qualifier: 'exact', trend: null,
      measure: m[2]!.replace(/s$/, ''), subject: null, event: null, timeFrame: null, attribution: null } satisfies Mention;
  });
}

describe('analyzeArticles', () => {
  it('runs extraction, reuse and grouping and sorts contested first', () => {
    const arts: Article[] = [
      rawArticle('x', 'Bridge works start', 'The contractor hired 400 engineers for the bridge. The city hired 90 workers.'),
      rawArticle('y', 'Bridge crews arrive', 'About 520 engineers will build the bridge, the mayor said. Another 90 workers will repair roads.'),
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

  for (const eq of expected.quantities) {
    it(`${eq.id}: mentions land in one quantity with status ${eq.expect}`, () => {
      const c = s.checks.find((x) => x.id === eq.id)!;
      expect(c.matched).toBe(c.total);
      expect(c.together).toBe(true);
      expect(c.got).toBe(eq.expect);
    });
  }

  it('reports no contested quantity outside the expected contested ones', () => {
    expect(s.contestedMatching).toBe(s.ourContested);
  });
});

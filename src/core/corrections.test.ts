import { describe, expect, it } from 'vitest';
import { analyzeArticles } from './analyze.js';
import { keyId, mentionKeyOf } from './keys.js';
import type { Analysis, Article, Correction, Mention, MentionKey } from './model/index.js';
import { rawArticle } from '../../eval/suites/engine.js';

// A toy extractor: "<number> <noun>" with the noun as measure, so the test controls every mention.
function toyExtract(text: string, articleId: string): Mention[] {
  return [...text.matchAll(/(\d[\d,]*) (engineers|workers|pumps)/g)].map((m) => {
    const value = Number(m[1]!.replace(/,/g, ''));
    return { id: `${articleId}:${m.index}`, articleId, text: m[0], start: m.index!, end: m.index! + m[0].length,
      sentence: m[0], kind: 'count', value, low: value, high: value, unit: null, qualifier: 'exact', trend: null,
      measure: m[2]!.replace(/s$/, ''), subject: null, event: null, timeFrame: null, attribution: null } satisfies Mention;
  });
}

const x = rawArticle('x', 'Bridge', 'The contractor hired 400 engineers for the Olm bridge. The city hired 90 workers and bought 12 pumps.');
const y = rawArticle('y', 'Bridge crews', 'About 410 engineers will build the Olm bridge, the mayor said. Another 90 workers will repair roads.');
const z = rawArticle('z', 'Bridge pumps', 'The Olm bridge site runs 12 pumps and 60 workers at night.');
const more = [rawArticle('u', 'Olm update', 'The Olm bridge now has 420 engineers on site.'), rawArticle('v', 'Olm roads', 'Road crews on the Olm bridge: 95 workers.')];

const key = (a: Article, quote: string): MentionKey => { const s = a.text.indexOf(quote); return mentionKeyOf(a, { start: s, end: s + quote.length }); };
const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
const qWith = (an: Analysis, a: Article, quote: string) => {
  const k = keyId(key(a, quote));
  const m = an.mentions.find((m) => keyId(mentionKeyOf(a, m)) === k && m.articleId === a.id);
  return m ? an.quantities.find((q) => q.mentionIds.includes(m.id)) ?? null : null;
};

describe('corrections survive re-analysis', () => {
  const base = analyzeArticles([x, y, z], { extract: toyExtract });
  const corrections: Correction[] = [
    // merge: the 400 and 410 engineers as one quantity (the engine may or may not have done so)
    { id: 'merge', createdAt: at(1), type: 'must-link', a: key(x, '400 engineers'), b: key(y, '410 engineers') },
    // split: the two "90 workers" are different crews
    { id: 'split', createdAt: at(2), type: 'cannot-link', a: key(x, '90 workers'), b: key(y, '90 workers') },
    // move: z's 60 workers belong with y's 90 workers (a night shift of the same crew, says the checker)
    { id: 'move', createdAt: at(3), type: 'must-link', a: key(z, '60 workers'), b: key(y, '90 workers') },
    // dismiss: the 12 pumps in x are not a statistic worth checking
    { id: 'dismiss', createdAt: at(4), type: 'dismiss', key: key(x, '12 pumps') },
    // status: the engineers are contested in the checker's view
    { id: 'status', createdAt: at(5), type: 'status', keys: [key(x, '400 engineers')], status: 'contested' },
    // add: a figure the extractor missed, joined to the engineers
    { id: 'add', createdAt: at(6), type: 'add', key: key(x, 'Olm bridge'), mention: { kind: 'count', value: 1, low: null, high: null, unit: null, measure: 'bridge' }, with: null },
  ];

  const check = (an: Analysis) => {
    const eng = qWith(an, x, '400 engineers')!;
    expect(eng.mentionIds).toContain(qWith(an, y, '410 engineers')!.mentionIds.find((id) => id.startsWith('y:')));
    expect(eng.status).toBe('contested');
    expect(eng.statusOverridden).toBe(true);
    expect(qWith(an, x, '90 workers')!.id).not.toBe(qWith(an, y, '90 workers')!.id);
    expect(qWith(an, z, '60 workers')!.id).toBe(qWith(an, y, '90 workers')!.id);
    expect(an.mentions.some((m) => m.articleId === 'x' && m.text === '12 pumps')).toBe(false);
    expect(an.quantities.some((q) => q.mentionIds.some((id) => id === `x:${x.text.indexOf('12 pumps')}`))).toBe(false);
    expect(an.mentions.some((m) => m.articleId === 'x' && m.text === 'Olm bridge')).toBe(true);
    expect(an.unresolved).toEqual([]);
  };

  it('applies merge, split, move, dismiss, status and add', () => {
    expect(base.mentions.some((m) => m.text === '12 pumps' && m.articleId === 'x')).toBe(true);
    check(analyzeArticles([x, y, z], { extract: toyExtract, corrections }));
  });

  it('keeps every correction after two more articles are imported', () => {
    const an = analyzeArticles([x, y, z, ...more], { extract: toyExtract, corrections });
    check(an);
    expect(an.mentions.some((m) => m.articleId === 'u')).toBe(true);
  });

  it('reports a correction whose mention is gone instead of dropping it', () => {
    const an = analyzeArticles([y, z], { extract: toyExtract, corrections });
    const ids = an.unresolved!.map((u) => u.id).sort();
    expect(ids).toEqual(['add', 'dismiss', 'merge', 'split', 'status']);
    expect(an.unresolved!.every((u) => u.reason.length > 20)).toBe(true);
  });

  it('reports a split that contradicts a merge of the same statistics', () => {
    const an = analyzeArticles([x, y], { extract: toyExtract, corrections: [
      { id: 'm', createdAt: at(1), type: 'must-link', a: key(x, '90 workers'), b: key(y, '90 workers') },
      { id: 'c', createdAt: at(2), type: 'cannot-link', a: key(x, '90 workers'), b: key(y, '90 workers') },
    ] });
    expect(an.unresolved).toEqual([{ id: 'c', reason: expect.stringMatching(/contradicts a merge/) }]);
    expect(qWith(an, x, '90 workers')!.id).toBe(qWith(an, y, '90 workers')!.id);
  });
});

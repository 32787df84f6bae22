import { describe, expect, it } from 'vitest';
import { editMetadata } from '../metadata/edit.js';
import { DEFAULT_RATING_SCALE } from '../verdicts/scale.js';
import { buildReport } from './model.js';
import { article, hostileCase } from './test-util.js';

const at = new Date('2024-03-08T12:00:00Z');

describe('buildReport', () => {
  it('covers the board by default: contested statistics and any with a verdict, contested first', () => {
    const f = hostileCase();
    const model = buildReport({ ...f, generatedAt: at });
    expect(model.claims.map((c) => c.id)).toEqual(['q1']);
    const all = buildReport({ ...f, selection: 'all', generatedAt: at });
    expect(all.claims.map((c) => c.status)).toEqual(['contested', 'corroborated', 'single-source']);
    const picked = buildReport({ ...f, selection: { quantityIds: ['q3'] }, generatedAt: at });
    expect(picked.claims.map((c) => c.id)).toEqual(['q3']);
    expect(picked.summary).toMatchObject({ claims: 1, decided: 0, singleSource: 1 });
  });

  it('attaches stored verdicts and their evidence by mention keys, with the current scale naming the rating', () => {
    const f = hostileCase();
    const model = buildReport({ ...f, generatedAt: at });
    const v = model.claims[0]!.verdict!;
    expect(v).toMatchObject({ decided: true, rating: { levelId: 'inaccurate', label: 'Inaccurate', ordinal: 1 } });
    expect(v.evidence.map((e) => e.id)).toEqual(['ev1']);
    expect(v.evidence[0]!.source).toBe(f.articles[1]!.outlet!.slice(0, 120));
    expect(model.claims[0]!.label).toBe('Residents evacuated');
    expect(model.claims[0]!.anchor).toBe('claim-verdict-1');
    expect(model.summary.decided).toBe(1);
    const renamed = { ...DEFAULT_RATING_SCALE, levels: DEFAULT_RATING_SCALE.levels.map((l) => (l.id === 'inaccurate' ? { ...l, label: 'False' } : l)) };
    expect(buildReport({ ...f, scale: renamed, generatedAt: at }).claims[0]!.verdict!.rating!.label).toBe('False');
  });

  it('says nothing is decided without verdicts, and keeps a verdict in review undecided', () => {
    const f = hostileCase();
    expect(buildReport({ ...f, verdicts: [], generatedAt: at }).claims[0]!.verdict).toBeNull();
    const review = buildReport({ ...f, verdicts: [{ ...f.verdicts[0]!, column: 'review' }], generatedAt: at });
    expect(review.claims[0]!.verdict!.decided).toBe(false);
    expect(review.summary.decided).toBe(0);
  });

  it('reports a verdict whose mentions are all gone as orphaned instead of dropping it', () => {
    const f = hostileCase();
    const gone = { ...f.verdicts[0]!, id: 'v-gone', quantityKeys: [{ hash: 'f'.repeat(64), start: 1, end: 5 }] };
    const model = buildReport({ ...f, verdicts: [...f.verdicts, gone], generatedAt: at });
    expect(model.orphaned.map((o) => o.verdict.id)).toEqual(['v-gone']);
    expect(model.orphaned[0]!.verdict.flag).toBe('orphaned');
    expect(model.summary.orphaned).toBe(1);
  });

  it('shortens a 10,000-character title and strips control characters from metadata', () => {
    const long = article('l1', `${'Very long headline words '.repeat(400)}end`, 'Out\u0007let\u202E', 'Over 10 people left.');
    const model = buildReport({ articles: [long], analysis: { mentions: [], quantities: [], reuse: [] }, generatedAt: at });
    expect(long.title.length).toBeGreaterThan(10_000);
    expect(model.articles[0]!.title.length).toBeLessThanOrEqual(200);
    expect(model.articles[0]!.title.endsWith('…')).toBe(true);
    expect(model.articles[0]!.titleShortened).toBe(true);
    expect(model.articles[0]!.outlet).toBe('Outlet');
  });

  it('quotes a window of a very long sentence around the mention, which stays findable', () => {
    const body = `${'word '.repeat(3000)}then 4,000 residents left ${'more '.repeat(3000)}.`;
    const a = article('s1', 'Long', 'Outlet', body);
    const start = body.indexOf('4,000 residents');
    const m = { id: 's1:x', articleId: 's1', text: '4,000 residents', start, end: start + 15, sentence: body, kind: 'count' as const, value: 4000, low: 3950, high: 4050, unit: null, qualifier: 'exact' as const, trend: null, measure: 'resident', subject: null, event: null, timeFrame: null, attribution: null };
    const model = buildReport({ articles: [a], analysis: { mentions: [m], quantities: [{ id: 'q', label: 'residents', status: 'single-source', mentionIds: ['s1:x'], independentSources: 1, note: '', spread: null, countsDiffer: false, unit: null }], reuse: [] }, selection: 'all', generatedAt: at });
    const v = model.claims[0]!.values[0]!;
    expect(v.sentence.length).toBeLessThan(500);
    expect(v.sentence.slice(v.sentenceAt, v.sentenceAt + v.text.length)).toBe('4,000 residents');
  });

  it('shows the metadata the checker corrected and says which fields', () => {
    const f = hostileCase();
    const articles = f.articles.map((a, i) => (i === 0 ? editMetadata(a, { outlet: 'Courier (corrected)', published: '2024-03-01' }) : a));
    const model = buildReport({ ...f, articles, generatedAt: at });
    expect(model.articles[0]).toMatchObject({ outlet: 'Courier (corrected)', published: '2024-03-01', corrected: ['outlet', 'published'] });
    expect(model.articles[2]!.corrected).toEqual([]);
    expect(model.claims[0]!.values.map((v) => v.source)).toContain('Courier (corrected)');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupMentions } from './index.js';
import type { Mention, MentionKind, Reuse } from '../model/index.js';

// Random mentions over a small vocabulary so that many of them meet in the same blocks.
const measures = [null, 'troop', 'personnel', 'soldier', 'life', 'incident', 'budget', 'vote'];
const events = [null, 'die', 'kill', 'deploy', 'coup', 'begin', 'vote', 'wound'];
const subjects = [null, 'the mission', 'Alpha Force', 'Beta Corps'];
const kinds: MentionKind[] = ['count', 'money', 'year', 'date', 'ratio', 'duration'];
const quals = ['exact', 'over', 'about', 'under'] as const;

const mentionArb = fc.record({
  article: fc.integer({ min: 0, max: 4 }),
  pos: fc.integer({ min: 0, max: 5000 }),
  kind: fc.constantFrom(...kinds),
  value: fc.constantFrom(10, 12, 15, 100, 120, 2013, 2020, 2021, 12000, 13000, 1.2e9),
  qualifier: fc.constantFrom(...quals),
  measure: fc.constantFrom(...measures),
  event: fc.constantFrom(...events),
  subject: fc.constantFrom(...subjects),
  tally: fc.constantFrom('', '15-0 ', 'unanimously ', '12-3 '),
});

type Row = typeof mentionArb extends fc.Arbitrary<infer T> ? T : never;

function build(rs: Row[]): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const r of rs) {
    const id = `art${r.article}:${r.pos}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const text = `${r.tally}${r.kind === 'year' ? r.value : r.value.toLocaleString('en-US')}`;
    out.push({
      id, articleId: `art${r.article}`, text, start: r.pos, end: r.pos + text.length,
      sentence: `Officials said ${text} ${r.measure ?? 'people'} were reported.`,
      kind: r.kind, value: r.value, low: null, high: null, unit: r.kind === 'money' ? 'USD' : r.kind === 'year' ? 'year' : null,
      qualifier: r.qualifier, trend: null, measure: r.measure, subject: r.subject, event: r.event, timeFrame: null, attribution: null,
    });
  }
  return out;
}

const articles = [0, 1, 2, 3, 4].map((i) => ({ id: `art${i}`, title: `Article ${i}` }));
const reuseArb = fc.subarray([{ a: 'art0', b: 'art1', score: 0.9, pairs: [] }, { a: 'art2', b: 'art3', score: 0.5, pairs: [] }] as Reuse[]);

const partition = (qs: ReturnType<typeof groupMentions>) =>
  qs.map((q) => [...q.mentionIds].sort().join('|')).sort();

describe('grouping properties', () => {
  it('is independent of input order', () => {
    fc.assert(fc.property(fc.array(mentionArb, { maxLength: 40 }), reuseArb, fc.integer(), (rs, reuse, seed) => {
      const ms = build(rs);
      const shuffled = [...ms].sort((x, y) => ((hash(x.id) ^ seed) >>> 0) - ((hash(y.id) ^ seed) >>> 0));
      const a = groupMentions(ms, articles, reuse), b = groupMentions(shuffled, [...articles].reverse(), [...reuse].reverse());
      expect(partition(b)).toEqual(partition(a));
      expect(b.map((q) => [q.id, q.status, q.independentSources])).toEqual(a.map((q) => [q.id, q.status, q.independentSources]));
    }), { numRuns: 150 });
  });

  it('puts every mention in exactly one quantity', () => {
    fc.assert(fc.property(fc.array(mentionArb, { maxLength: 40 }), reuseArb, (rs, reuse) => {
      const ms = build(rs);
      const ids = groupMentions(ms, articles, reuse).flatMap((q) => q.mentionIds);
      expect(ids.length).toBe(ms.length);
      expect(new Set(ids)).toEqual(new Set(ms.map((m) => m.id)));
    }), { numRuns: 150 });
  });

  it('follows the status rules', () => {
    fc.assert(fc.property(fc.array(mentionArb, { maxLength: 40 }), reuseArb, (rs, reuse) => {
      const ms = build(rs);
      const byId = new Map(ms.map((m) => [m.id, m]));
      for (const q of groupMentions(ms, articles, reuse)) {
        const arts = new Set(q.mentionIds.map((id) => byId.get(id)!.articleId));
        expect(q.independentSources).toBeLessThanOrEqual(arts.size);
        expect(q.independentSources).toBeGreaterThanOrEqual(1);
        if (q.status !== 'single-source') expect(arts.size).toBeGreaterThanOrEqual(2);
        if (q.status === 'contested') expect(q.independentSources).toBeGreaterThanOrEqual(2);
        if (q.status === 'corroborated' && q.independentSources < 2) expect(q.note).toMatch(/share text/);
        if (q.status === 'single-source' && q.independentSources >= 2) expect(q.note).toMatch(/differ/);
        // A disagreement needs figures: a contested quantity never holds a date without a value (durations and dated
        // years may disagree: "seven years" vs "eight years", "2020" vs "May 2021").
        if (q.status === 'contested') expect(q.mentionIds.some((id) => byId.get(id)!.kind === 'date' && byId.get(id)!.value === null)).toBe(false);
        if (q.spread) expect(q.spread.min).toBeLessThanOrEqual(q.spread.max);
      }
    }), { numRuns: 150 });
  });
});

function hash(s: string): number {
  let h = 7;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

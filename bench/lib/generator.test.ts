import { describe, expect, it } from 'vitest';
import { bodyText, generateArticles, pairKey, plantedPairs } from '../synthetic/articles.js';
import { buildCorpus, MIX_10K, MIX_1K, planFormats } from '../synthetic/corpus.js';
import { joinIntoArticles } from './news-text.js';

describe('synthetic article generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateArticles(40, { seed: 3 });
    expect(generateArticles(40, { seed: 3 })).toEqual(a);
    expect(generateArticles(40, { seed: 4 }).map(bodyText)).not.toEqual(a.map(bodyText));
  });

  it('a small corpus is the prefix of a larger one (same events, same first articles)', () => {
    expect(generateArticles(300, { seed: 2 }).slice(0, 120)).toEqual(generateArticles(120, { seed: 2 }));
  });

  it('writes news-sized articles with statistics and furniture', () => {
    const arts = generateArticles(200);
    const sizes = arts.filter((a) => a.copyOf === null).map((a) => bodyText(a).length);
    expect(Math.min(...sizes)).toBeGreaterThan(2500);
    expect(Math.max(...sizes)).toBeLessThan(6500);
    for (const a of arts.slice(0, 20)) {
      expect(bodyText(a)).toMatch(/\d/);
      expect(a.furniture.share).toContain('Share this');
      expect(a.furniture.related.length).toBeGreaterThan(0);
    }
    expect(arts.some((a) => /\b(about|nearly|more than|at least|between)\b/.test(bodyText(a)))).toBe(true);
  });

  it('makes roughly the requested share of near-copies, each pointing at an earlier original', () => {
    const arts = generateArticles(2000, { nearCopyShare: 0.05 });
    const copies = arts.filter((a) => a.copyOf !== null);
    expect(copies.length).toBeGreaterThan(60);
    expect(copies.length).toBeLessThan(140);
    for (const c of copies) {
      expect(c.copyOf!).toBeLessThan(c.index);
      expect(arts[c.copyOf!]!.copyOf).toBeNull();
      expect(c.eventId).toBe(arts[c.copyOf!]!.eventId);
    }
  });

  it('records every planted near-copy family as ground-truth pairs, of each kind', () => {
    const arts = generateArticles(3000);
    const truth = plantedPairs(arts);
    const copies = arts.filter((a) => a.copyOf !== null);
    expect(new Set(copies.map((c) => c.copyKind))).toEqual(new Set(['wire', 'paraphrase', 'partial']));
    for (const c of copies) expect(truth.has(pairKey(c.id, arts[c.copyOf!]!.id))).toBe(true);
    // Two copies of one original share its sentences, so they are a pair too; nothing else is.
    const family = (i: number) => arts[i]!.copyOf ?? i;
    for (const k of truth) {
      const [x, y] = k.split('|').map((id) => arts.findIndex((a) => a.id === id));
      expect(family(x!)).toBe(family(y!));
    }
    expect(truth.size).toBeGreaterThanOrEqual(copies.length);
    // A prefix keeps only the pairs whose two articles are both in it.
    expect([...plantedPairs(arts, 500)].every((k) => truth.has(k))).toBe(true);
    expect(plantedPairs(arts, 500).size).toBeLessThan(truth.size);
  });

  it('independent articles on one event state its figures in sentences of their own', () => {
    const arts = generateArticles(3000).filter((a) => a.copyOf === null);
    const byEvent = new Map<number, typeof arts>();
    for (const a of arts) byEvent.set(a.eventId, [...(byEvent.get(a.eventId) ?? []), a]);
    const sentences = (a: (typeof arts)[number]) => new Set(bodyText(a).split(/(?<=\.)\s+/).filter((s) => s.split(' ').length >= 8));
    let shared = 0, total = 0;
    for (const group of [...byEvent.values()].slice(0, 40)) {
      for (let i = 1; i < group.length; i++) {
        const a = sentences(group[0]!), b = sentences(group[i]!);
        for (const s of b) if (a.has(s)) shared++;
        total += b.size;
      }
    }
    // Chance repeats of a stock sentence happen; a shared paragraph does not.
    expect(total).toBeGreaterThan(1000);
    expect(shared / total).toBeLessThan(0.03);
  });

  it('spreads articles over a few hundred events', () => {
    const events = new Set(generateArticles(3000).map((a) => a.eventId));
    expect(events.size).toBeGreaterThan(200);
    expect(events.size).toBeLessThanOrEqual(300);
  });
});

describe('format mix', () => {
  it('plans exactly the requested counts for any n, deterministically', () => {
    const plan = planFormats(1000, MIX_1K);
    const count = (f: string) => plan.filter((x) => x === f).length;
    expect([count('txt'), count('html'), count('md'), count('pdf'), count('docx')]).toEqual([350, 350, 100, 100, 100]);
    expect(planFormats(1000, MIX_1K)).toEqual(plan);
    const big = planFormats(10_000, MIX_10K);
    expect(big.filter((x) => x === 'pdf')).toHaveLength(300);
    expect(big.filter((x) => x === 'docx')).toHaveLength(300);
    expect(planFormats(7, MIX_1K)).toHaveLength(7);
  });

  it('renders each planned format as real file bytes', async () => {
    const { files } = await buildCorpus(20, { mix: MIX_1K });
    expect(files.map((f) => f.format)).toEqual(planFormats(20, MIX_1K));
    for (const f of files) {
      expect(f.name.endsWith(`.${f.format}`)).toBe(true);
      const head = new TextDecoder('latin1').decode(f.bytes.slice(0, 8));
      if (f.format === 'pdf') expect(head.startsWith('%PDF-')).toBe(true);
      else if (f.format === 'docx') expect(head.startsWith('PK')).toBe(true);
      else if (f.format === 'html') expect(head.toLowerCase()).toBe('<!doctyp');
    }
    const again = await buildCorpus(20, { mix: MIX_1K });
    expect(again.files.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(files.map((f) => Buffer.from(f.bytes).toString('base64')));
  });
});

describe('news text joiner', () => {
  it('closes an article once it reaches the byte target, deterministically', () => {
    const sents = Array.from({ length: 50 }, (_, i) => `Sentence number ${i} has about forty bytes.`);
    const arts = joinIntoArticles(sents, 20_000, 1024, 42);
    expect(arts.length).toBeGreaterThan(15);
    for (const a of arts) expect(Buffer.byteLength(a)).toBeGreaterThanOrEqual(1024);
    expect(joinIntoArticles(sents, 20_000, 1024, 42)).toEqual(arts);
  });
});

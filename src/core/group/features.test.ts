import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/index.js';
import { FeatureTables, featuresOf } from './features.js';

const mention = (id: string, text: string, value: number, sentence: string, articleId = 'a1'): Mention => ({
  id, articleId, text, value, kind: 'count', unit: null, qualifier: 'exact', low: null, high: null,
  start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, sentence,
} as unknown as Mention);

describe('FeatureTables sharing (decision 0037)', () => {
  it('gives mentions with equal bounds and equal context one interval and one context record', () => {
    const t = new FeatureTables();
    const s1 = 'Officials in Lagos said 4,300 people were evacuated.', s2 = 'Officials in Lagos said 4,300 people were moved.';
    const a = featuresOf(mention('a1:1', '4,300', 4300, s1), s1, t);
    const b = featuresOf(mention('a2:1', '4,300', 4300, s2, 'a2'), s2, t);
    expect(b.loose).toBe(a.loose);
    expect(b.strict).toBe(a.strict);
    expect(b.ctx).toBe(a.ctx);
    expect(a.ctx.names).toContain('lagos');
    const c = featuresOf(mention('a3:1', '4,400', 4400, s1, 'a3'), s1, t);
    expect(c.loose).not.toBe(a.loose);
    expect(c.loose![0]).toBeGreaterThan(a.loose![0]);
  });
  it('keeps an interval holding -0 unshared, so its sign survives', () => {
    const t = new FeatureTables();
    expect(t.interval([-0, 0])).not.toBe(t.interval([0, 0]));
    expect(Object.is(t.interval([-0, 0])![0], -0)).toBe(true);
    expect(t.interval([1, 2])).toBe(t.interval([1, 2]));
    expect(t.interval(null)).toBeNull();
  });
});

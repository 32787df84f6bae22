import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../../core/model/index.js';
import { analysisFingerprint, analysisFingerprintAsync, fingerprintTextSliced, type FingerprintArticle } from './fingerprint.js';

const art = (hash: string, extra: Partial<FingerprintArticle> = {}): FingerprintArticle =>
  ({ id: hash.slice(0, 4), hash, title: `Title ${hash}`, outlet: 'Harbour Wire', author: null, published: null, ...extra });
const A = art('aaaa1111');
const B = art('bbbb2222');
const key = (hash: string, start: number) => ({ hash, start, end: start + 3 });
const fix = (id: string): Correction => ({ id, createdAt: '2026-01-01T00:00:00Z', type: 'cannot-link', a: key('aaaa1111', 10), b: key('bbbb2222', 40) });

describe('analysis fingerprint', () => {
  it('keeps its value (cached analyses are keyed by it): fixed inputs, hashes from before decision 0046', () => {
    const arts = [
      { id: 'a1', hash: 'h2', title: 'Tïtle "quoted" \\ back', outlet: null, author: 'Zoë 東京', published: '2026-01-01' },
      { id: 'a0', hash: 'h1', title: 'Plain\nline', outlet: 'Harbour Wire', author: null, published: null },
      { id: 'a2', hash: 'h1', title: 'Same hash', outlet: 'X', author: undefined as unknown as null, published: null },
    ];
    const fixes = [
      { id: 'c2', createdAt: '2026-01-01T00:00:00Z', type: 'cannot-link', a: key('h1', 1), b: { hash: 'h2', start: 5, end: 9 }, caseId: 'k' },
      { id: 'c1', createdAt: '2026-01-02T00:00:00Z', type: 'must-link', a: key('h2', 0), b: key('h1', 2) },
    ] as unknown as Correction[];
    expect(analysisFingerprint(arts, fixes)).toBe('ad483ff3ceeb40194c446b5d3c011910dfe6f48f565bc13b3d388a16cb39b9c8');
    expect(analysisFingerprint([], [])).toBe('8cd9676dc007c05194bdb089384f9bee5c54cec6fd705e0ea09d96b64c99835d');
  });

  it('is the same value hashed by WebCrypto (UI thread) and by script (worker)', async () => {
    const many = [A, B, art('cccc3333', { author: 'Zoë «Ü» 東京', published: '2026-02-01' })];
    expect(globalThis.crypto?.subtle).toBeDefined();
    expect(await analysisFingerprintAsync(many, [fix('1')])).toBe(analysisFingerprint(many, [fix('1')]));
    expect(await analysisFingerprintAsync([], [])).toBe(analysisFingerprint([], []));
  });

  it('is the same whatever the order of articles and corrections', () => {
    expect(analysisFingerprint([A, B], [fix('1'), fix('2')])).toBe(analysisFingerprint([B, A], [fix('2'), fix('1')]));
  });

  it('changes when an article is added or removed', () => {
    const base = analysisFingerprint([A, B], []);
    expect(analysisFingerprint([A], [])).not.toBe(base);
    expect(analysisFingerprint([A, B, art('cccc3333')], [])).not.toBe(base);
  });

  it('changes when the content (hash) or shown metadata of an article changes', () => {
    const base = analysisFingerprint([A, B], []);
    expect(analysisFingerprint([A, { ...B, hash: 'bbbb9999' }], [])).not.toBe(base);
    expect(analysisFingerprint([A, { ...B, outlet: 'The Northern Times' }], [])).not.toBe(base);
    expect(analysisFingerprint([A, { ...B, title: 'Corrected title' }], [])).not.toBe(base);
    expect(analysisFingerprint([A, { ...B, author: 'J. Doe' }], [])).not.toBe(base);
    expect(analysisFingerprint([A, { ...B, published: '2026-02-01' }], [])).not.toBe(base);
  });

  it('changes with a correction, whatever its key order, and ignores which case row holds it', () => {
    const base = analysisFingerprint([A, B], []);
    const one = analysisFingerprint([A, B], [fix('1')]);
    expect(one).not.toBe(base);
    const reordered = JSON.parse(JSON.stringify({ b: key('bbbb2222', 40), a: key('aaaa1111', 10), type: 'cannot-link', createdAt: '2026-01-01T00:00:00Z', id: '1' })) as Correction;
    expect(analysisFingerprint([A, B], [reordered])).toBe(one);
    expect(analysisFingerprint([A, B], [{ ...fix('1'), caseId: 'x' } as unknown as Correction])).toBe(one);
    expect(analysisFingerprint([A, B], [{ ...fix('1'), type: 'must-link' } as Correction])).not.toBe(one);
  });

  it('tells apart fields that would run together as text', () => {
    expect(analysisFingerprint([art('h1', { title: 'a', outlet: 'bc' })], []))
      .not.toBe(analysisFingerprint([art('h1', { title: 'ab', outlet: 'c' })], []));
  });

  it('written in slices with a pause between, it is the same text and value as in one piece', async () => {
    for (const n of [0, 1, 999, 1000, 1001, 2500]) {
      const arts = Array.from({ length: n }, (_, i) => art(`h${(i * 7919) % 10007}`, { id: `a${i}`, author: i % 3 ? null : (undefined as unknown as null), title: `T "${i}" \\ é` }));
      let pauses = 0;
      const text = await fingerprintTextSliced(arts, [fix('1')], async () => { pauses++; });
      expect(pauses).toBe(Math.max(0, Math.ceil(n / 1000) - 1));
      expect(text).toBe(JSON.stringify({ articles: [...arts].map((a) => [a.hash, a.id, a.title, a.outlet, a.author, a.published]).sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : x[1]! < y[1]! ? -1 : 1)), corrections: [{ a: { end: 13, hash: 'aaaa1111', start: 10 }, b: { end: 43, hash: 'bbbb2222', start: 40 }, createdAt: '2026-01-01T00:00:00Z', id: '1', type: 'cannot-link' }] }));
      expect(await analysisFingerprintAsync(arts, [fix('1')], async () => {})).toBe(analysisFingerprint(arts, [fix('1')]));
    }
  });
});

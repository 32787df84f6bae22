import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../../../core/analyze.js';
import { byStatus, quantityViews } from '../../../../core/report/quantity-view.js';
import { article, hostileCase } from '../../../../core/report/test-util.js';
import { decodeResult, decodeResultInTasks, encodeResult } from './wire.js';
import { decodeRows, finish, TableEncoder } from './table-codec.js';
import type { AnalysisResult } from './protocol.js';
import { dateQuantityIds } from '../statistics/dates.js';

/** The decoded result without the dates the worker adds (checked on their own). */
const withoutDates = ({ dates: _, ...rest }: AnalysisResult & { dates?: unknown }) => rest;

/** What the page receives: the encoded result through a structured clone with its buffers transferred. */
function post(result: AnalysisResult) {
  const { wire, transfer } = encodeResult(result);
  return structuredClone(wire, { transfer });
}

function engineResult(): AnalysisResult {
  const articles = [
    article('a1', 'Terminal fire', 'Coastal Courier', 'More than 4,000 residents left their homes on Monday. Two silos burned. Officials said 12 firefighters were hurt. The terminal opened in 1998.'),
    article('b2', 'Fire at the port', 'Harbour Wire', 'About 3,000 residents were evacuated on Monday. Two silos burned, and 300 million euros of damage was reported.'),
    article('c3', 'Port blaze', 'Daily Post', 'Nearly 5,000 residents fled. Twelve firefighters were injured, the fire service said. Damage rose 5% to 320 million euros. The terminal, opened in 1998, was shut in 2020.'),
  ];
  const analysis = analyzeArticles(articles, {});
  return { analysis, views: quantityViews(analysis, articles).sort(byStatus), articleCount: articles.length };
}

describe('analysis result on the wire', () => {
  it('decodes to the same result, key order and optional fields included', () => {
    for (const result of [engineResult(), (() => { const f = hostileCase(); return { analysis: f.analysis, views: quantityViews(f.analysis, f.articles), articleCount: 3 }; })()]) {
      expect(result.analysis.mentions.length).toBeGreaterThan(3);
      const back = withoutDates(finish(decodeResult(post(result))));
      expect(back).toStrictEqual(result);
      expect(JSON.stringify(back)).toBe(JSON.stringify(result));
    }
  });

  it('keeps the views pointing at the analysis quantities (one object each)', () => {
    const back = finish(decodeResult(post(engineResult())));
    expect(back.views.length).toBe(back.analysis.quantities.length);
    for (const v of back.views) expect(back.analysis.quantities).toContain(v.quantity);
  });

  it('carries the date and ordinal quantities the worker found', () => {
    const result = engineResult();
    const expected = dateQuantityIds(result.analysis);
    expect(expected.size).toBeGreaterThan(0);
    expect(finish(decodeResult(post(result))).dates).toEqual(expected);
  });

  it('sends each distinct string once and the columns as transferable buffers', () => {
    const result = engineResult();
    const { wire, transfer } = encodeResult(result);
    expect(new Set(wire.strings).size).toBe(wire.strings.length);
    // Each mention's sentence is in its view value too: once in the table.
    const sentences = new Set(result.analysis.mentions.map((m) => m.sentence));
    expect(wire.strings.filter((s) => sentences.has(s)).length).toBe(sentences.size);
    expect(transfer.length).toBeGreaterThan(10);
    expect(new Set(transfer).size).toBe(transfer.length);
  });

  it('refuses a view whose quantity is not in the analysis', () => {
    const result = engineResult();
    const stray = { ...result, views: [{ ...result.views[0]!, quantity: { ...result.views[0]!.quantity } }] };
    expect(() => encodeResult(stray)).toThrow(/does not list/);
  });

  it('decodes in tasks to the same result', async () => {
    const result = engineResult();
    expect(withoutDates(await decodeResultInTasks(post(result)))).toStrictEqual(result);
  });
});

describe('table codec', () => {
  const roundTrip = (list: Record<string, unknown>[]) => {
    const e = new TableEncoder();
    const rows = e.rows(list);
    const copy = structuredClone({ rows, strings: e.strings }, { transfer: e.buffers });
    return finish(decodeRows(copy.rows, copy.strings));
  };

  it('keeps nulls, missing and undefined fields, each object key order, and odd numbers', () => {
    const list = [
      { a: 1, b: 'x', c: null, d: true, e: [1, 'two'], f: { g: null }, h: ['p', 'q'], i: [{ j: 1 }] },
      { b: null, a: -0, c: 'y', d: null, e: null, f: null, h: null, i: [] },
      { a: NaN, b: 'x', d: false, e: undefined, h: [], k: [[1], [2]], l: new Date(0) },
      { a: null, c: undefined, i: [{ j: null, m: 'x' }, { m: 'x', j: 2 }] },
    ];
    const back = roundTrip(list);
    expect(back).toStrictEqual(list);
    expect(back.map((o) => Object.keys(o))).toEqual(list.map((o) => Object.keys(o)));
    expect(Object.is(back[1]!.a, -0)).toBe(true);
  });

  it('keeps holes in arrays', () => {
    // eslint-disable-next-line no-sparse-arrays
    const list = [{ xs: ['a', , 'c'] }, { xs: ['d'] }];
    const back = roundTrip(list);
    expect(1 in (back[0]!.xs as unknown[])).toBe(false);
    expect(back).toStrictEqual(list);
  });

  it('pauses every few thousand objects', () => {
    const list = Array.from({ length: 10_000 }, (_, i) => ({ n: i, s: `s${i % 7}` }));
    const e = new TableEncoder();
    const g = decodeRows(e.rows(list), e.strings);
    let pauses = 0;
    let r = g.next();
    for (; !r.done; r = g.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(r.value).toStrictEqual(list);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.js';
import { importFile } from '../import/index.js';
import { keyId } from '../keys.js';
import type { Annotation, Article, MentionKey, Verdict } from '../model/index.js';
import { attachAnnotations, attachVerdicts, keyedQuantities, type KeyedQuantity } from './attach.js';

const k = (hash: string, start: number): MentionKey => ({ hash, start, end: start + 3 });
const [a, b, c, d, e] = [k('h1', 0), k('h1', 10), k('h2', 0), k('h3', 0), k('h3', 10)];

function verdict(id: string, keys: MentionKey[], extra: Partial<Verdict> = {}): Verdict {
  return {
    id, caseId: 'case', quantityKeys: keys, label: id, column: 'review', order: 0, rating: null, accepted: null,
    reference: null, explanation: '', evidenceIds: [], flag: null, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', ...extra,
  };
}
const q = (id: string, ...keys: MentionKey[]): KeyedQuantity => ({ id, keys });
const ids = (keys: MentionKey[]) => keys.map(keyId);

describe('attachVerdicts', () => {
  it('leaves a verdict whose quantity did not change as it was', () => {
    const v = verdict('v', [a, b]);
    const [r] = attachVerdicts([v], [q('other', d), q('q1', a, b)]);
    expect(r).toMatchObject({ quantityId: 'q1', state: 'attached', changed: false });
    expect(r!.verdict).toBe(v);
  });

  it('follows a quantity that grew after more articles were imported', () => {
    const [r] = attachVerdicts([verdict('v', [a, b])], [q('q7', a, b, c)]);
    expect(r).toMatchObject({ quantityId: 'q7', state: 'attached', changed: true });
    expect(ids(r!.verdict.quantityKeys)).toEqual(ids([a, b, c]));
    expect(r!.verdict.flag).toBeNull();
  });

  it('stays on the part holding most of its mentions when the quantity is split, and is flagged', () => {
    const [r] = attachVerdicts([verdict('v', [a, b, c])], [q('small', c), q('big', a, b)]);
    expect(r).toMatchObject({ quantityId: 'big', state: 'split', changed: true });
    expect(r!.verdict.flag).toBe('split');
    expect(ids(r!.verdict.quantityKeys)).toEqual(ids([a, b]));
    // The next run sees no new split, but the flag stays until the checker clears it.
    const [again] = attachVerdicts([r!.verdict], [q('small', c), q('big', a, b)]);
    expect(again).toMatchObject({ quantityId: 'big', state: 'attached', changed: false });
    expect(again!.verdict.flag).toBe('split');
  });

  it('on an even split keeps the verdict on the part with more mentions', () => {
    const [r] = attachVerdicts([verdict('v', [a, c])], [q('p1', a), q('p2', c, d, e)]);
    expect(r).toMatchObject({ quantityId: 'p2', state: 'split' });
  });

  it('marks a verdict whose mentions are all gone as orphaned, keeps its keys, and re-attaches it when they return', () => {
    const v = verdict('v', [a, b]);
    const [r] = attachVerdicts([v], [q('q', d)]);
    expect(r).toMatchObject({ quantityId: null, state: 'orphaned', changed: true });
    expect(r!.verdict.flag).toBe('orphaned');
    expect(ids(r!.verdict.quantityKeys)).toEqual(ids([a, b]));
    const [back] = attachVerdicts([r!.verdict], [q('q2', a, b)]);
    expect(back).toMatchObject({ quantityId: 'q2', state: 'attached', changed: true });
    expect(back!.verdict.flag).toBeNull();
  });

  it('gives a merged quantity to the verdict holding more of it; the other is flagged merged', () => {
    const [r1, r2] = attachVerdicts([verdict('one', [c]), verdict('two', [a, b])], [q('m', a, b, c)]);
    expect(r2).toMatchObject({ quantityId: 'm', state: 'attached' });
    expect(r1).toMatchObject({ quantityId: null, state: 'merged', changed: true });
    expect(r1!.verdict.flag).toBe('merged');
  });

  it('breaks an even merge in favour of the decided verdict, then the older one', () => {
    const review = verdict('review', [a], { createdAt: '2020-01-01T00:00:00Z' });
    const decided = verdict('decided', [b], { column: 'decided', createdAt: '2024-06-01T00:00:00Z' });
    expect(attachVerdicts([review, decided], [q('m', a, b)]).map((r) => r.quantityId)).toEqual([null, 'm']);
    const older = verdict('older', [b], { createdAt: '2019-01-01T00:00:00Z' });
    expect(attachVerdicts([review, older], [q('m', a, b)]).map((r) => r.quantityId)).toEqual([null, 'm']);
  });

  it('lets a verdict that lost its first choice fall back to another quantity holding its mentions', () => {
    const [r1, r2] = attachVerdicts([verdict('one', [a, b, c]), verdict('two', [c, d])], [q('q1', a, b, c), q('q2', d)]);
    expect(r1).toMatchObject({ quantityId: 'q1', state: 'attached' });
    expect(r2).toMatchObject({ quantityId: 'q2', state: 'split' });
  });

  it('never puts two verdicts on one quantity', () => {
    const verdicts = [verdict('1', [a]), verdict('2', [a, b]), verdict('3', [b, c]), verdict('4', [e])];
    const out = attachVerdicts(verdicts, [q('x', a, b, c), q('y', d, e)]);
    const placed = out.map((r) => r.quantityId).filter(Boolean);
    expect(new Set(placed).size).toBe(placed.length);
    expect(out.find((r) => r.verdict.id === '4')!.quantityId).toBe('y');
  });
});

describe('attachAnnotations', () => {
  const note = (id: string, keys: MentionKey[]): Annotation => ({
    id, caseId: 'case', kind: 'evidence', anchor: { articleHash: 'h9', start: 0, end: 4, exact: 'text', prefix: '', suffix: '' },
    body: '', quantityKeys: keys, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
  });

  it('moves evidence with its quantity, shares quantities freely, and reports lost and unlinked evidence', () => {
    const out = attachAnnotations([note('e1', [a, b, c]), note('e2', [a]), note('gone', [k('h0', 5)]), note('plain', [])], [q('small', c), q('big', a, b)]);
    expect(out.map((r) => [r.quantityId, r.state])).toEqual([['big', 'attached'], ['big', 'attached'], [null, 'orphaned'], [null, 'unlinked']]);
    expect(ids(out[0]!.annotation.quantityKeys)).toEqual(ids([a, b]));
    expect(out[0]!.changed).toBe(true);
    expect(out[2]!.annotation.quantityKeys).toHaveLength(1);
  });
});

describe('verdicts across a real re-analysis', () => {
  const dir = 'examples/harbour-fire';
  const load = (name: string, bytes: Uint8Array) => importFile({ name, path: name, bytes }, { now: () => new Date('2024-01-01T00:00:00Z') });
  const files = readdirSync(dir).sort();

  it('keeps every verdict on a quantity holding its mentions after two more articles arrive', async () => {
    const articles: Article[] = [];
    for (const f of files) {
      const out = await load(f, new Uint8Array(readFileSync(join(dir, f))));
      if (out.ok) articles.push(out.article);
    }
    const first = analyzeArticles(articles);
    const keyed = keyedQuantities(first, articles);
    const onBoard = keyed.filter((x) => x.keys.length > 1);
    expect(onBoard.length).toBeGreaterThan(1);
    const verdicts = onBoard.map((x, i) => verdict(`v${i}`, x.keys, { column: 'decided' }));

    const more = [
      'Officials at the Port Aldmere grain terminal now say 4,200 residents left their homes. The harbour authority said 13 people were killed.',
      'A week after the terminal fire, about 4,000 residents are still away from their homes, the regional office said.',
    ];
    for (const [i, text] of more.entries()) {
      const out = await load(`extra-${i}.txt`, new TextEncoder().encode(`Terminal fire update ${i}\n\n${text}`));
      if (out.ok) articles.push(out.article);
    }
    const second = analyzeArticles(articles);
    const again = attachVerdicts(verdicts, keyedQuantities(second, articles));
    const owner = new Map<string, string>();
    for (const x of keyedQuantities(second, articles)) for (const key of x.keys) owner.set(keyId(key), x.id);
    for (const [i, r] of again.entries()) {
      expect(r.state).not.toBe('orphaned');
      if (r.quantityId === null) continue;
      // The quantity it follows holds at least one of its old mentions, and the verdict now names all of that quantity's.
      expect(verdicts[i]!.quantityKeys.some((key) => owner.get(keyId(key)) === r.quantityId)).toBe(true);
      expect(r.verdict.quantityKeys.every((key) => owner.get(keyId(key)) === r.quantityId)).toBe(true);
    }
    expect(again.filter((r) => r.quantityId !== null).length).toBeGreaterThan(0);
  });
});

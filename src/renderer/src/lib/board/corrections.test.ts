import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../../../core/analyze.js';
import { importFile } from '../../../../core/import/index.js';
import { keyId } from '../../../../core/keys.js';
import type { Analysis, Article, MentionKey } from '../../../../core/model/index.js';
import { keyedQuantities } from '../../../../core/verdicts/attach.js';
import type { CorrectionRecord } from '../db/schema.js';
import { addMention, dismissMention, mergeQuantities, moveMention, overrideStatus, readSelectedNumber, splitQuantity, type CorrectionEdit } from './corrections.js';

let articles: Article[] = [];
beforeAll(async () => {
  const dir = 'examples/harbour-fire';
  for (const f of readdirSync(dir).sort()) {
    const r = await importFile({ name: f, path: f, bytes: new Uint8Array(readFileSync(join(dir, f))) });
    if (r.ok) articles.push(r.article);
  }
});

let n = 0;
const ctx = (existing: CorrectionRecord[]) => ({ caseId: 'c', existing, newId: () => `k${++n}`, now: '2024-01-01T00:00:00Z' });
const apply = (list: CorrectionRecord[], e: CorrectionEdit) => [...list.filter((c) => !e.remove.includes(c)), ...e.add];
const run = (corrections: CorrectionRecord[]) => analyzeArticles(articles, { corrections });
/** Quantity (as mention keys) holding `key`. */
const holder = (an: Analysis, key: MentionKey) => keyedQuantities(an, articles).find((q) => q.keys.some((k) => keyId(k) === keyId(key)))!;
const same = (an: Analysis, a: MentionKey, b: MentionKey) => holder(an, a)?.id === holder(an, b)?.id;

describe('board corrections on a real analysis', () => {
  it('splits a quantity in two, then merges it back with no contradiction left', () => {
    const base = run([]);
    const q = keyedQuantities(base, articles).find((x) => x.keys.length >= 3)!;
    expect(q).toBeDefined();
    const [part, rest] = [q.keys.slice(0, 1), q.keys.slice(1)];
    let corrections = apply([], splitQuantity(ctx([]), part, rest));
    const split = run(corrections);
    expect(split.unresolved).toEqual([]);
    for (const r of rest) expect(same(split, part[0]!, r)).toBe(false);
    // The rest stays one quantity.
    expect(rest.every((r) => same(split, rest[0]!, r))).toBe(true);

    corrections = apply(corrections, mergeQuantities(ctx(corrections), holder(split, part[0]!).keys, holder(split, rest[0]!).keys));
    expect(corrections.some((c) => c.type === 'cannot-link')).toBe(false);
    const merged = run(corrections);
    expect(merged.unresolved).toEqual([]);
    for (const k of q.keys) expect(same(merged, q.keys[0]!, k)).toBe(true);
  });

  it('moves one mention to another quantity and dismisses another; both hold after re-analysis', () => {
    const base = run([]);
    const qs = keyedQuantities(base, articles).filter((x) => x.keys.length >= 2);
    const [from, to] = [qs[0]!, qs[1]!];
    const moved = from.keys[0]!;
    let corrections = apply([], moveMention(ctx([]), moved, from.keys, to.keys));
    const dismissed = to.keys.at(-1)!;
    corrections = apply(corrections, dismissMention(ctx(corrections), dismissed));
    expect(dismissMention(ctx(corrections), dismissed).add).toEqual([]);
    const after = run(corrections);
    expect(after.unresolved).toEqual([]);
    expect(same(after, moved, to.keys[0]!)).toBe(true);
    for (const k of from.keys.slice(1)) expect(same(after, moved, k)).toBe(false);
    expect(holder(after, dismissed)).toBeUndefined();
  });

  it('overrides a status, replaces the override, and clears it', () => {
    const base = run([]);
    const q = keyedQuantities(base, articles)[0]!;
    const engine = base.quantities.find((x) => x.id === q.id)!.status;
    const other = engine === 'contested' ? 'corroborated' : 'contested';
    let corrections = apply([], overrideStatus(ctx([]), q.keys, other));
    let an = run(corrections);
    expect(an.quantities.find((x) => x.id === holder(an, q.keys[0]!).id)).toMatchObject({ status: other, statusOverridden: true });
    corrections = apply(corrections, overrideStatus(ctx(corrections), q.keys, null));
    expect(corrections).toEqual([]);
    an = run(corrections);
    expect(an.quantities.find((x) => x.id === holder(an, q.keys[0]!).id)!.status).toBe(engine);
  });

  it('adds a statistic from a selection; a correction whose article is gone comes back unresolved', () => {
    const a = articles[0]!;
    const at = a.text.search(/\d/);
    const picked = readSelectedNumber(a.text.slice(at, at + 30), at)!;
    expect(a.text.slice(picked.key.start, picked.key.start + 1)).toMatch(/\d/);
    const key = { hash: a.hash, ...picked.key };
    const corrections = apply([], addMention(ctx([]), key, picked.mention, null));
    const an = run(corrections);
    expect(holder(an, key)).toBeDefined();
    const gone = apply([], dismissMention(ctx([]), { hash: 'no-such-article', start: 0, end: 3 }));
    expect(run(gone).unresolved?.map((u) => u.id)).toEqual([gone[0]!.id]);
    expect(readSelectedNumber('no figures here', 0)).toBeNull();
  });
});

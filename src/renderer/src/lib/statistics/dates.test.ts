import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../../../core/analyze.js';
import { importFile } from '../../../../core/import/index.js';
import type { Analysis, Article, Mention, Quantity } from '../../../../core/model/index.js';
import { dateQuantityIds } from './dates.js';

const m = (id: string, kind: Mention['kind']) => ({ id, kind }) as Mention;
const q = (id: string, mentionIds: string[], status: Quantity['status'] = 'corroborated') => ({ id, mentionIds, status }) as Quantity;

describe('quantities that are dates or ordinals', () => {
  it('all mentions years, dates or ordinals: yes; any count, money or duration among them: no', () => {
    const analysis = {
      mentions: [m('y1', 'year'), m('y2', 'year'), m('d1', 'date'), m('o1', 'ordinal'), m('o2', 'ordinal'), m('n1', 'count'), m('t1', 'duration')],
      quantities: [q('years', ['y1', 'y2']), q('first', ['o1', 'o2']), q('mixed', ['y1', 'd1', 'o1']), q('people', ['n1']), q('decade', ['o2', 't1']), q('empty', []), q('disputed year', ['y1', 'y2'], 'contested')],
    } as Pick<Analysis, 'mentions' | 'quantities'>;
    expect([...dateQuantityIds(analysis)].sort()).toEqual(['first', 'mixed', 'years']);
    expect(dateQuantityIds(null).size).toBe(0);
  });

  it('an event folder: "first" (pick vs resignation) and the bare years are dates; every figure kept is a statistic', async () => {
    const dir = '../shared/corpus/events/mattis-resigns-2018';
    const articles: Article[] = [];
    for (const name of readdirSync(dir).filter((n) => /^\d{3}_.*\.txt$/.test(n))) {
      const out = await importFile({ name, path: name, bytes: new Uint8Array(readFileSync(`${dir}/${name}`)) }, { now: () => new Date('2026-01-01T00:00:00Z') });
      if (out.ok) articles.push(out.article);
    }
    const analysis = analyzeArticles(articles);
    const dates = dateQuantityIds(analysis);
    const text = (quantity: Quantity) => quantity.mentionIds.map((id) => analysis.mentions.find((x) => x.id === id)!.text.toLowerCase());
    const hidden = analysis.quantities.filter((x) => dates.has(x.id));
    const kept = analysis.quantities.filter((x) => !dates.has(x.id));
    expect(hidden.some((x) => text(x).every((t) => t === 'first'))).toBe(true);
    expect(hidden.some((x) => text(x).every((t) => /^(19|20)\d\d$/.test(t)))).toBe(true);
    for (const x of kept) expect(text(x).every((t) => t === 'first' || /^(19|20)\d\d$/.test(t)), `${x.label}: ${text(x).join(', ')}`).toBe(false);
    expect(kept.length).toBeGreaterThan(0);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { hostileCase } from '../../../../core/report/test-util.js';
import { DEFAULT_RATING_SCALE, RATING_SCALE_SETTING } from '../../../../core/verdicts/scale.js';
import { importFile } from '../../../../core/import/index.js';
import { exportWorkspace, restoreWorkspace } from './backup.js';
import { createCase } from './cases.js';
import { storeArticle } from './articles.js';
import { createDb, type CorrectionRecord, type CrosscheckDb } from './schema.js';

let n = 0;
const open: CrosscheckDb[] = [];
function freshDb(): CrosscheckDb {
  const db = createDb(`crosscheck-backup-${++n}-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

import { quantityViews } from '../../../../core/report/quantity-view.js';
const at = new Date('2024-04-01T08:00:00Z');

/** A workspace with something in every backed-up table, filled through the app's own storage functions where they exist. */
async function filled(): Promise<CrosscheckDb> {
  const db = freshDb();
  const f = hostileCase();
  for (const a of f.articles) await storeArticle(db, a);
  const c = await createCase(db, 'Terminal fire', f.articles.map((a) => a.id), 'Who says how many left');
  await db.analyses.put({ caseId: c.id, fingerprint: 'fp-1', analysis: f.analysis, engine: 'engine-1', views: quantityViews(f.analysis, f.articles), articleCount: f.articles.length, at: '2024-03-02T00:00:00Z' });
  await db.layouts.put({ caseId: c.id, articleIds: ['a1', 'b2'], widths: [0.4, 0.6], align: true });
  await db.annotations.bulkPut(f.annotations.map((x) => ({ ...x, caseId: c.id })));
  const correction: CorrectionRecord = { id: 'k1', caseId: c.id, type: 'cannot-link', a: { hash: f.articles[0]!.hash, start: 0, end: 4 }, b: { hash: f.articles[1]!.hash, start: 3, end: 9 }, createdAt: '2024-03-03T00:00:00Z' };
  await db.corrections.put(correction);
  await db.verdicts.bulkPut(f.verdicts.map((v) => ({ ...v, caseId: c.id })));
  await db.settings.bulkPut([{ key: RATING_SCALE_SETTING, value: DEFAULT_RATING_SCALE }, { key: 'currentCase', value: c.id }]);
  await db.searchIndex.put({ key: 'index', value: { stale: true } });
  await db.imports.add({ startedAt: '2024-03-01T00:00:00Z', finishedAt: null, imported: [], duplicates: [], failures: [], cancelled: false });
  return db;
}

describe('workspace backup and restore', () => {
  it('restores exactly: export, restore into an empty database, export again gives the same bytes', async () => {
    const source = await filled();
    const first = await exportWorkspace(source, at);
    const target = freshDb();
    const result = await restoreWorkspace(target, first);
    expect(result).toEqual({ ok: true, counts: { articles: 3, cases: 1, analyses: 1, layouts: 1, annotations: 1, corrections: 1, verdicts: 1, settings: 2 } });
    expect(await exportWorkspace(target, at)).toBe(first);
    // Records come back whole, not only their indexed fields.
    const a = (await source.articles.toArray())[1]!;
    expect(await target.articles.get(a.id)).toEqual(a);
    expect(await target.analyses.toArray()).toEqual(await source.analyses.toArray());
  });

  it('restores a title stored with the outlet\'s name at its end as an import shows it today, same hash and id', async () => {
    const title = 'Ferry fares rise by a third - Harbour Wire';
    const html = `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:title" content="${title}"><meta property="og:site_name" content="Harbour Wire"></head>` +
      `<body><article><h1>Ferry fares rise by a third</h1>${'<p>The harbour board said on Monday that ferry fares would rise by a third from April, the first increase in six years.</p>'.repeat(4)}</article></body></html>`;
    const out = await importFile({ name: 'fares.html', path: 'fares.html', bytes: new TextEncoder().encode(html) });
    if (!out.ok) throw new Error(out.failure.message);
    // The record a library kept before titles lost the outlet's ending, backed up then.
    const old = freshDb();
    await storeArticle(old, { ...out.article, title });
    const target = freshDb();
    expect(await restoreWorkspace(target, await exportWorkspace(old, at))).toMatchObject({ ok: true });
    const restored = await target.articles.get(out.article.id);
    expect(restored?.title).toBe('Ferry fares rise by a third');
    expect(restored?.hash).toBe(out.article.hash);
  });

  it('replaces what was there, clears the search index, and keeps the import history', async () => {
    const target = await filled();
    const other = freshDb();
    await createCase(other, 'Other case');
    const text = await exportWorkspace(other, at);
    expect(await restoreWorkspace(target, text)).toMatchObject({ ok: true });
    expect(await target.articles.count()).toBe(0);
    expect((await target.cases.toArray()).map((c) => c.name)).toEqual(['Other case']);
    expect(await target.verdicts.count()).toBe(0);
    expect(await target.searchIndex.count()).toBe(0);
    expect(await target.imports.count()).toBe(1);
  });

  it('refuses a damaged file or one from a newer version and touches nothing', async () => {
    const db = await filled();
    const before = await exportWorkspace(db, at);
    const text = before;
    const cases = [
      text.slice(0, text.length - 200),
      text.replace('Terminal fire', 'Terminal fyre'),
      text.replace('"version":1', '"version":7'),
      'not a backup',
    ];
    for (const bad of cases) {
      const result = await restoreWorkspace(db, bad);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/Nothing was changed\.$/);
      expect(await exportWorkspace(db, at)).toBe(before);
      expect(await db.searchIndex.count()).toBe(1);
    }
  });

  it('rolls everything back when a write fails halfway', async () => {
    const db = await filled();
    const before = await exportWorkspace(db, at);
    const donor = await filled();
    const text = await exportWorkspace(donor, at);
    // Make the last table's write fail inside the transaction, after the others were cleared and written.
    const settings = db.table('settings');
    const original = settings.bulkAdd.bind(settings);
    settings.bulkAdd = (() => Promise.reject(new Error('disk full'))) as unknown as typeof settings.bulkAdd;
    const result = await restoreWorkspace(db, text);
    settings.bulkAdd = original;
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/could not be restored \(disk full\)\. Nothing was changed\./) });
    expect(await exportWorkspace(db, at)).toBe(before);
  });
});

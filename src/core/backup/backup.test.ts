import { describe, expect, it } from 'vitest';
import { validator } from '../../../test/helpers/ajv.js';
import { hostileCase } from '../report/test-util.js';
import { DEFAULT_RATING_SCALE, RATING_SCALE_SETTING } from '../verdicts/scale.js';
import { BACKUP_VERSION, canonicalJson, writeBackup, type BackupTables } from './format.js';
import { readBackup } from './read.js';
import { BACKUP_JSON_SCHEMA } from './schema.js';

const at = new Date('2024-04-01T08:00:00Z');

function tables(): BackupTables {
  const f = hostileCase();
  const c = { id: 'case-1', name: 'Terminal fire', description: '', articleIds: f.articles.map((a) => a.id), createdAt: '2024-03-01T00:00:00Z', updatedAt: '2024-03-02T00:00:00Z' };
  return {
    articles: [...f.articles].reverse(),
    cases: [c],
    analyses: [{ caseId: c.id, fingerprint: 'fp', analysis: f.analysis, views: [], at: '2024-03-02T00:00:00Z' }],
    layouts: [{ caseId: c.id, articleIds: ['a1'], widths: [0.5, 0.5], align: true } as { caseId: string }],
    annotations: f.annotations,
    corrections: [{ id: 'k1', caseId: c.id, type: 'dismiss', key: { hash: f.articles[0]!.hash, start: 0, end: 3 }, createdAt: '2024-03-03T00:00:00Z' }],
    verdicts: f.verdicts,
    settings: [{ key: RATING_SCALE_SETTING, value: DEFAULT_RATING_SCALE }, { key: 'currentCase', value: c.id }],
  };
}

describe('workspace backup format', () => {
  const text = writeBackup(tables(), at);

  it('writes a versioned file that the published schema accepts and that reads back to the same tables', () => {
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'crosscheck-backup', version: BACKUP_VERSION, createdAt: at.toISOString() });
    expect(validator(BACKUP_JSON_SCHEMA)(parsed)).toBe(true);
    const read = readBackup(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const t = tables();
    for (const name of Object.keys(t) as (keyof BackupTables)[]) {
      const sorted = [...(t[name] as object[])].sort((x, y) => canonicalJson(x) < canonicalJson(y) ? -1 : 1);
      const back = [...(read.backup.tables[name] as object[])].sort((x, y) => canonicalJson(x) < canonicalJson(y) ? -1 : 1);
      expect(back, name).toEqual(sorted);
    }
  });

  it('is canonical: the same data in any order gives the same bytes', () => {
    const t = tables();
    const shuffled = { ...t, articles: [...t.articles].reverse(), settings: [...t.settings].reverse() };
    expect(writeBackup(shuffled, at)).toBe(text);
    const read = readBackup(text);
    expect(read.ok && writeBackup(read.backup.tables, at)).toBe(text);
  });

  it('refuses a file cut short', () => {
    const read = readBackup(text.slice(0, Math.floor(text.length / 2)));
    expect(read).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON .*cut short.*Nothing was changed/) });
  });

  it('refuses a file whose content was altered, by its checksum', () => {
    const altered = text.replace('Coastal Courier', 'Coastal Courage');
    expect(altered).not.toBe(text);
    expect(readBackup(altered)).toEqual({ ok: false, error: expect.stringMatching(/damaged.*checksum.*Nothing was changed/) });
  });

  it('refuses a backup from a newer version with a message that says what to do', () => {
    const newer = text.replace('"version":1', '"version":2');
    const read = readBackup(newer);
    expect(read).toEqual({ ok: false, error: expect.stringMatching(/newer version of Crosscheck \(backup format 2\).*reads format 1.*Update Crosscheck/) });
  });

  it('refuses other files and broken structure, saying where', () => {
    expect(readBackup('{"hello":1}')).toEqual({ ok: false, error: expect.stringMatching(/not a Crosscheck backup/) });
    expect(readBackup('[]')).toEqual({ ok: false, error: expect.stringMatching(/not a Crosscheck backup/) });
    const parsed = JSON.parse(text);
    parsed.tables.verdicts[0].column = 'archived';
    const bad = readBackup(JSON.stringify(parsed));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/damaged and was not restored: \/tables\/verdicts\/0\/column: .*Nothing was changed/);
    const dup = JSON.parse(text);
    dup.tables.cases.push(dup.tables.cases[0]);
    // Written again (checksum and counts recomputed, as a careless tool would), so the key check behind them is reached.
    expect(readBackup(writeBackup(dup.tables, at))).toEqual({ ok: false, error: expect.stringMatching(/two cases share the key/) });
  });
});

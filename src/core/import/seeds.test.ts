import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from './index.js';

const DIR = '../shared/corpus/seeds';
interface Seed { file: string; title: string; boilerplate: string[] }
const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as {
  articles: Seed[];
  quantities: { mentions: { file: string; quote: string }[] }[];
};
const now = () => new Date('2026-01-01T00:00:00Z');

describe('seed articles (plain text saved from news pages)', () => {
  for (const seed of expected.articles) {
    it(seed.file, async () => {
      const bytes = new Uint8Array(readFileSync(`${DIR}/${seed.file}`));
      const out = await importFile({ name: seed.file, path: `seeds/${seed.file}`, bytes }, { now });
      expect(out.ok).toBe(true);
      if (!out.ok) return;
      const a = out.article;
      expect(a.title).toBe(seed.title);
      expect(a.format).toBe('txt');
      for (const line of seed.boilerplate) expect(a.text, `furniture "${line}" left in body`).not.toContain(line);
      for (const line of seed.boilerplate) expect(a.removed.some((r) => r.includes(line))).toBe(true);
      const quotes = expected.quantities.flatMap((q) => q.mentions).filter((m) => m.file === seed.file);
      for (const m of quotes) expect(a.text, `statistic "${m.quote}" lost`).toContain(m.quote);
      expect(a.text).toBe(a.paragraphs.join('\n\n'));
      expect(a.text).not.toContain(seed.title + '\n');
      expect(a.id).toBe(a.hash.slice(0, 16));
      expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(a.importedAt).toBe('2026-01-01T00:00:00.000Z');
      expect(a.language).toBe('en');
      expect(a.bytes).toBe(bytes.length);
      expect(a.words).toBeGreaterThan(100);
    });
  }

  it('joins a sentence split by a blank line and keeps short subheadings', async () => {
    const file = expected.articles[0].file;
    const out = await importFile({ name: file, path: file, bytes: new Uint8Array(readFileSync(`${DIR}/${file}`)) });
    if (!out.ok) throw new Error(out.failure.message);
    const broken = out.article.paragraphs.find((p) => /orderly$/.test(p));
    expect(broken).toBeUndefined();
  });
});

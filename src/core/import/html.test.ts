import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importFile } from './index.js';

const DIR = '../shared/corpus/readability-pages';
// A sample across news, blogs and unit pages; the eval suite scores all 130.
const SAMPLE = ['bbc-1', 'nytimes-1', 'guardian-1', 'lemonde-1', 'wapo-1', 'schema-org-context-object', 'social-buttons', '003-metadata-preferred', 'qq', 'rtl-1'];

const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
function recall(pred: string, truth: string): number {
  const have = new Map<string, number>();
  for (const w of words(pred)) have.set(w, (have.get(w) ?? 0) + 1);
  const t = words(truth);
  let hit = 0;
  for (const w of t) {
    const n = have.get(w) ?? 0;
    if (n > 0) [hit] = [hit + 1, have.set(w, n - 1)];
  }
  return t.length ? hit / t.length : 1;
}

describe('readability test pages', () => {
  for (const page of SAMPLE) {
    it(page, async () => {
      const bytes = new Uint8Array(readFileSync(`${DIR}/${page}/source.html`));
      const meta = JSON.parse(readFileSync(`${DIR}/${page}/expected-metadata.json`, 'utf8'));
      const expected = parseHTML(`<html><body>${readFileSync(`${DIR}/${page}/expected.html`, 'utf8')}</body></html>`).document.body.textContent ?? '';
      const out = await importFile({ name: 'source.html', path: `${page}/source.html`, bytes });
      if (!out.ok) throw new Error(out.failure.message);
      const a = out.article;
      expect(a.format).toBe('html');
      if (meta.title) expect(a.title.replace(/\s+/g, ' ')).toBe(meta.title.replace(/\s+/g, ' ').trim());
      if (meta.siteName) expect(a.outlet).toBe(meta.siteName);
      if (meta.lang) expect(a.language).toBe(meta.lang.toLowerCase().split('-')[0]);
      expect(recall(a.text, expected)).toBeGreaterThan(0.9);
      expect(a.text).not.toMatch(/<[a-z]+[\s>]/i);
    });
  }

  it('qq page declares gb2312 but is stored as UTF-8: bytes win over the meta tag', async () => {
    const bytes = new Uint8Array(readFileSync(`${DIR}/qq/source.html`));
    const out = await importFile({ name: 'source.html', path: 'qq', bytes });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.article.encoding).toBe('utf-8');
    expect(out.article.language).toBe('zh');
  });
});

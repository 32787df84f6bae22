import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from './index.js';
import type { ImportOutcome } from '../model/index.js';

const PDF = '../shared/corpus/formats/pdf';
const DOCX = '../shared/corpus/formats/docx';
type Entry = { file: string; expect?: Record<string, unknown>; encryption?: { user_password?: string; encrypted?: boolean } };
const manifest = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Entry[];

async function load(dir: string, file: string, password?: string): Promise<ImportOutcome> {
  const bytes = new Uint8Array(readFileSync(`${dir}/${file}`));
  return importFile({ name: file, path: `${dir}/${file}`, bytes }, { pdfPassword: () => password });
}
const strings = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('PDF corpus (manifest expectations)', () => {
  for (const m of manifest(PDF)) {
    it(m.file, async () => {
      const e = m.expect ?? {};
      const needsPassword = e.without_password !== undefined;
      const out = await load(PDF, m.file);
      if (needsPassword) {
        expect(out.ok).toBe(false);
        if (!out.ok) expect(out.failure.message).toBe('password-protected PDF');
        const opened = await load(PDF, m.file, m.encryption?.user_password);
        expect(opened.ok).toBe(true);
        if (!opened.ok) throw new Error(opened.failure.message);
        for (const s of strings(e.with_password_text_contains)) expect(squash(`${opened.article.title}\n${opened.article.text}`)).toContain(s);
        if (opened.ok && e.title_in_text) expect(opened.article.title).toBe(e.title_in_text);
        return;
      }
      if (e.text_layer === false) {
        expect(out).toMatchObject({ ok: false, failure: { message: 'scanned/image-only PDF, no text' } });
        return;
      }
      if (m.file === 'empty.pdf') {
        expect(out).toMatchObject({ ok: false, failure: { message: 'empty file' } });
        return;
      }
      expect(out.ok).toBe(true);
      if (!out.ok) return;
      const a = out.article;
      expect(a.format).toBe('pdf');
      for (const s of [...strings(e.text_contains), ...strings(e.recoverable_text_contains)]) expect(squash(a.text)).toContain(s);
      if (typeof e.title === 'string') expect(a.title).toBe(e.title);
      if (typeof e.title_from_metadata === 'string') expect(a.title).toBe(e.title_from_metadata);
      if (typeof e.title_in_text === 'string' && m.file === 'tracemonkey.pdf') expect(a.title).toBe(e.title_in_text);
      if (typeof e.author === 'string') expect(a.author).toBe(e.author);
      if (typeof e.outlet === 'string' && m.file !== 'federal-register-2020-17221.pdf') expect(a.outlet).toBe(e.outlet);
      if (e.title_from_metadata_is_junk) expect(a.title).not.toMatch(/\.(exe|doc)$|^Microsoft Word/);
      for (const s of strings(e.furniture_to_strip).filter((x) => x.startsWith('Home >') || x.startsWith('Published on'))) expect(a.text).not.toContain(s);
    });
  }

  it('reads the multi-column federal register with en-dash line joins', async () => {
    const out = await load(PDF, 'federal-register-2020-17221.pdf');
    if (!out.ok) throw new Error(out.failure.message);
    expect(squash(out.article.text)).toContain('Model 737–8 and 737–9 (737 MAX) airplanes');
  });
});

describe('DOCX corpus (manifest expectations)', () => {
  for (const m of manifest(DOCX)) {
    it(m.file, async () => {
      const e = m.expect ?? {};
      const out = await load(DOCX, m.file);
      if (m.file === 'empty.zip') {
        expect(out).toMatchObject({ ok: false, failure: { message: 'not a Word document (ZIP without word/document.xml)' } });
        return;
      }
      if (e.body_text === '' || m.file === 'empty.docx' || m.file === 'doc-no-coreprops.docx') {
        expect(out).toMatchObject({ ok: false, failure: { message: 'empty document (no text)' } });
        return;
      }
      expect(out.ok).toBe(true);
      if (!out.ok) return;
      const a = out.article;
      expect(a.format).toBe('docx');
      if (typeof e.title === 'string') expect(a.title).toBe(e.title);
      if (typeof e.author_from_core === 'string') expect(a.author).toBe(e.author_from_core);
      if (typeof e.first_paragraph === 'string') expect(a.paragraphs[0]).toBe(e.first_paragraph);
      if (typeof e.first_paragraph_after_title === 'string') expect(a.paragraphs[0]).toBe(e.first_paragraph_after_title);
      if (typeof e.footnote_contains === 'string') expect(a.text).toContain(e.footnote_contains);
      if (typeof e.byline_text === 'string') expect(a.removed).toContain(e.byline_text);
      if (Array.isArray(e.authors)) expect(a.author).toBe(e.authors.join(', '));
      for (const p of strings(e.first_paragraphs).slice(1)) expect(a.paragraphs).toContain(p);
      for (const f of strings(e.footnotes).concat(strings(e.endnotes))) expect(a.text).toContain(f.trim());
      if (typeof e.body_text === 'string') expect(a.text).toContain(e.body_text.replace(/\.$/, ''));
      if (m.file === 'tables.docx') expect(a.paragraphs).toEqual(['Above', 'Top left', 'Top right', 'Bottom left', 'Bottom right', 'Below']);
      if (m.file === 'Docx4j_GettingStarted.docx') expect(a.paragraphs.slice(0, 5).some((p) => /\?\s*4$/.test(p))).toBe(false);
      expect(a.text).not.toContain('data:image');
    });
  }
});

describe('bytes as a view into a larger buffer (the web worker reads files in batches, decision 0048)', () => {
  for (const [dir, file] of [[PDF, manifest(PDF).find((m) => m.expect?.without_password === undefined && m.expect?.text_layer !== false && m.file !== 'empty.pdf')!.file], [DOCX, manifest(DOCX)[0]!.file]] as const) {
    it(`${file}: the same article as from a buffer of its own`, async () => {
      const own = new Uint8Array(readFileSync(`${dir}/${file}`));
      const shared = new Uint8Array(own.length + 7000).fill(0x25);
      shared.set(own, 3000);
      const view = shared.subarray(3000, 3000 + own.length);
      const now = () => new Date('2026-01-01T00:00:00Z');
      const a = await importFile({ name: file, path: file, bytes: own }, { now });
      const b = await importFile({ name: file, path: file, bytes: view }, { now });
      expect(a.ok).toBe(true);
      expect(b).toEqual(a);
    });
  }
});

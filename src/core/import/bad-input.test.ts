import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docx as hostileDocx } from '../../../test/hostile/zip.js';
import { importFile, importFiles } from './index.js';

const enc = (s: string) => new TextEncoder().encode(s);
const input = (name: string, bytes: Uint8Array) => ({ name, path: `/in/${name}`, bytes });
async function failure(name: string, bytes: Uint8Array, maxBytes?: number) {
  const out = await importFile(input(name, bytes), { maxBytes });
  expect(out.ok).toBe(false);
  return out.ok ? '' : out.failure.message;
}

describe('bad input becomes one clear failure line', () => {
  it('empty and whitespace-only files', async () => {
    expect(await failure('a.txt', new Uint8Array())).toBe('empty file');
    expect(await failure('a.txt', enc('  \n\n \t '))).toBe('empty file');
  });

  it('binary data with a text extension, and text with NUL bytes', async () => {
    const noise = Uint8Array.from({ length: 600 }, (_, i) => (i * 97 + 13) % 256);
    expect(await failure('photo.txt', noise)).toBe('binary data, not text');
    expect(await failure('a.txt', enc('Hello\u0000world, this has a NUL byte in it.'))).toBe('binary data, not text');
  });

  it('known binary formats are named', async () => {
    expect(await failure('a.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('unsupported format (PNG image)');
  });

  it('truncated and corrupt PDFs', async () => {
    expect(await failure('a.pdf', enc('%PDF-1.7\n1 0 obj <</Type /Catalog'))).toMatch(/^corrupt PDF: /);
    expect(await failure('a.pdf', enc('%PDF-1.4\n' + 'garbage '.repeat(50)))).toMatch(/^corrupt PDF: /);
  });

  it('ZIP without a Word document, and a truncated DOCX', async () => {
    const zip = new JSZip();
    zip.file('notes/readme.txt', 'not a word file');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await failure('a.docx', bytes)).toBe('not a Word document (ZIP without word/document.xml)');
    const docx = new JSZip();
    docx.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body></w:document>');
    const full = await docx.generateAsync({ type: 'uint8array' });
    expect(await failure('a.docx', full.slice(0, full.length - 30))).toMatch(/^(corrupt Word document|not a Word document)/);
  });

  it('a DOCX whose XML crashes the converter is named as malformed, not as a JavaScript error', async () => {
    // Found by the property test (seed 492933562): three flipped bytes make mammoth read a null element.
    const b = await hostileDocx({ paragraphs: ['The harbour fire destroyed 40 boats on Tuesday, officials said.', 'More than 300 people were evacuated from nearby streets.', 'Damage is estimated at about $12 million, the insurer said.', 'Nearly 1,200 tonnes of grain burned in the terminal.'], title: 'Harbour fire' });
    for (const [at, v] of [[138889902, 176], [102820700, 84], [209034131, 41]]) b[at % b.length] = v;
    expect(await failure('v.docx', b)).toBe('corrupt Word document: malformed content the parser could not follow');
  });

  it('files over the size limit', async () => {
    expect(await failure('a.txt', enc('x'.repeat(2000)), 1000)).toBe('file too large (2000 bytes > 1000 bytes limit)');
    const big = new Uint8Array(62.3 * 1024 * 1024);
    expect(await failure('big.txt', big)).toBe('file too large (62.3 MB > 50 MB limit)');
  });

  it('never throws and returns ok or a failure for arbitrary bytes', async () => {
    const names = fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.pdf', 'e.docx', 'f.bin');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ maxLength: 300 }).map(enc),
      fc.uint8Array({ maxLength: 200 }).map((b) => Uint8Array.from([...enc('%PDF-1.5\n'), ...b])),
      fc.uint8Array({ maxLength: 200 }).map((b) => Uint8Array.from([0x50, 0x4b, 3, 4, ...b])),
    );
    await fc.assert(
      fc.asyncProperty(names, bytes, async (name, b) => {
        const out = await importFile(input(name, b));
        if (out.ok) expect(out.article.paragraphs.length).toBeGreaterThan(0);
        else expect(out.failure.message).toMatch(/^[^\n]{3,200}$/);
      }),
      { numRuns: 150 },
    );
  });

  it('a batch keeps going past failures and folds duplicates onto the first copy', async () => {
    const text = enc('Council approves new park\n\nThe council approved a new park of 12 hectares on Monday, officials said in a statement.');
    async function* files() {
      yield input('one.txt', text);
      yield input('bad.txt', new Uint8Array());
      yield input('two.txt', text);
    }
    const seen: boolean[] = [];
    const r = await importFiles(files(), { onOutcome: (o) => seen.push(o.ok) });
    expect(seen).toEqual([true, false, true]);
    expect(r.articles).toHaveLength(1);
    expect(r.duplicates).toEqual([{ path: '/in/two.txt', of: '/in/one.txt' }]);
    expect(r.failures).toEqual([{ path: '/in/bad.txt', message: 'empty file' }]);
  });
});

import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { cpuMs, cpuMsSync } from '../../../test/helpers/cpu-time.js';
import { coreBomb, docx, documentBomb } from '../../../test/hostile/zip.js';
import { importFile, type ImportFileOptions } from './index.js';
import { capTitle, cleanMetadata, DEFAULT_LIMITS } from './limits.js';
import { markdownDepth, stripMarkdown } from './markdown.js';

const enc = (s: string) => new TextEncoder().encode(s);
const BODY = ['The harbour fire destroyed 40 boats on Tuesday, officials said in a statement to reporters.', 'More than 300 people were evacuated from the nearby streets as the smoke spread across the port.'];

async function outcome(name: string, bytes: Uint8Array, options?: ImportFileOptions) {
  return importFile({ name, path: `/in/${name}`, bytes }, options);
}
async function message(name: string, bytes: Uint8Array, options?: ImportFileOptions) {
  const o = await outcome(name, bytes, options);
  expect(o.ok).toBe(false);
  return o.ok ? '' : o.failure.message;
}

describe('DOCX bounds', () => {
  it('a well-formed DOCX under the bounds imports', async () => {
    const o = await outcome('good.docx', await docx({ paragraphs: BODY, title: 'Harbour fire' }));
    expect(o.ok && o.article.title).toBe('Harbour fire');
  });

  it('refuses from the central directory when declared sizes exceed the bound (no inflating)', async () => {
    const bytes = await docx({ document: documentBomb(6) });
    expect(bytes.length).toBeLessThan(100_000);
    expect(await message('bomb.docx', bytes, { limits: { docxExpandedBytes: 5 * 1024 * 1024 } })).toBe('DOCX expands to more than 5 MB; not imported');
  });

  it('refuses while inflating when the directory lies about the size (document.xml and core.xml)', async () => {
    const limits = { docxExpandedBytes: 4 * 1024 * 1024 };
    const lyingDoc = await docx({ document: documentBomb(6, 1000) });
    expect(await message('lying.docx', lyingDoc, { limits })).toBe('DOCX expands to more than 4 MB; not imported');
    const lyingCore = await docx({ paragraphs: BODY, core: coreBomb(6, 500) });
    expect(await message('core.docx', lyingCore, { limits })).toBe('DOCX expands to more than 4 MB; not imported');
    // The same file under a larger bound is read normally (the check is the bound, not the shape).
    expect((await outcome('core.docx', lyingCore, { limits: { docxExpandedBytes: 64 * 1024 * 1024 } })).ok).toBe(true);
  });

  it('the default bound is 200 MB', async () => {
    expect(await message('bomb.docx', await docx({ document: documentBomb(201) }))).toBe('DOCX expands to more than 200 MB; not imported');
  });

  it('caps the number of parts', async () => {
    expect(await message('parts.docx', await docx({ paragraphs: BODY }), { limits: { docxEntries: 3 } })).toBe('DOCX has 4 parts, more than 3; not imported');
  });
});

describe('PDF bounds', () => {
  it('refuses a PDF over the page bound', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const pages = [BODY[0], BODY[1], 'Investigators said on Wednesday that the cause of the blaze is still unknown.'];
    for (const text of pages) doc.addPage([595, 842]).drawText(text, { x: 50, y: 700, size: 10, font });
    const bytes = await doc.save();
    expect(await message('long.pdf', bytes, { limits: { pdfPages: 2 } })).toBe('PDF has 3 pages, more than 2; not imported');
    const ok = await outcome('long.pdf', bytes, { limits: { pdfPages: 3 } });
    expect(ok.ok ? ok.article.text : ok.failure.message).toContain('cause of the blaze');
  });
});

describe('HTML and Markdown depth', () => {
  const deep = (n: number) => `<html><body>${'<div>'.repeat(n)}${BODY.join(' ')}${'</div>'.repeat(n)}</body></html>`;

  // 100,000 levels used to cost ~10 s of CPU (the DOM parser's stack grows by Array.unshift) and, in the web build
  // on a loaded machine, ran into the 30 s parse budget: now a linear scan refuses it before parsing.
  it('refuses HTML nested deeper than the bound, quickly, at any depth', async () => {
    const { ms } = await cpuMs(async () => {
      expect(await message('deep.html', enc(deep(100_000)))).toBe('HTML nested more than 400 levels deep; not imported');
      expect(await message('deep.html', enc(deep(3_000)))).toBe('HTML nested more than 400 levels deep; not imported');
    });
    expect(ms).toBeLessThan(5_000);
  });

  it('imports HTML just under the bound', async () => {
    const o = await outcome('ok.html', enc(deep(100)));
    expect(o.ok && o.article.text).toContain('40 boats');
  });

  it('measures Markdown nesting (quotes, lists, brackets) without recursion', () => {
    expect(markdownDepth('> > > quoted', 100)).toBe(3);
    expect(markdownDepth('[a [b (c)]]', 100)).toBe(3);
    expect(markdownDepth('>'.repeat(1_000_000), 100)).toBe(101);
  });

  it('refuses Markdown nested deeper than the bound', async () => {
    expect(await message('deep.md', enc(`# Title\n\n${'['.repeat(5000)}x\n\n${BODY.join('\n\n')}`))).toBe('Markdown nested more than 100 levels deep; not imported');
  });

  it('strips Markdown in linear time on unclosed markup and huge lines', () => {
    for (const text of ['['.repeat(200_000), '![' .repeat(100_000), '<a'.repeat(100_000), '<!--'.repeat(100_000), '```'.repeat(100_000), `# x${' '.repeat(200_000)}y`, '\n'.repeat(200_000)]) {
      const { ms } = cpuMsSync(() => stripMarkdown(text));
      expect(ms, `${JSON.stringify(text.slice(0, 6))}… took ${ms} ms of CPU`).toBeLessThan(2_000);
    }
    expect(stripMarkdown('# Title ##\nSee [the report](http://x) and ![img](y.png) **now**.')).toBe('Title\nSee the report and  now.');
  });
});

describe('text, titles and metadata', () => {
  it('a 10 MB line of digits no longer overflows the regex stack', async () => {
    const o = await outcome('digits.txt', enc('7'.repeat(10_000_000)));
    if (!o.ok) expect(o.failure.message).not.toMatch(/call stack/);
  });

  it('refuses decoded text over the character bound', async () => {
    expect(await message('big.txt', enc('word '.repeat(300)), { limits: { textChars: 1000 } })).toMatch(/^text too long \(0\.0 million characters, more than 0\.001 million\); not imported$/);
  });

  it('caps long titles at a word boundary and keeps the whole title in the body', async () => {
    const long = `${'Council votes on the harbour budget '.repeat(300)}`.trim();
    const o = await outcome('t.md', enc(`---\ntitle: ${long}\n---\n\n${BODY.join('\n\n')}`));
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.article.title.length).toBeLessThanOrEqual(DEFAULT_LIMITS.titleChars);
    expect(o.article.title.endsWith('…')).toBe(true);
    expect(o.article.paragraphs[0]).toBe(long);
    expect(capTitle('short', 300)).toEqual({ title: 'short', overflow: null });
  });

  it('a file of control characters only is no article (found by the property tests)', async () => {
    expect(await message('esc.txt', Uint8Array.from([27]))).toBe('no article text found');
  });

  it('strips control and bidi-override characters from metadata', async () => {
    expect(cleanMetadata('Evil\u202Etxt.exe\u0007 title\u0000')).toBe('Eviltxt.exe title');
    expect(cleanMetadata('\u0001\u0002')).toBeNull();
    const o = await outcome('c.docx', await docx({ paragraphs: BODY, title: 'Fire\u202E at the port\u0007', creator: 'Ann\u0008 Lee' }));
    expect(o.ok && [o.article.title, o.article.author]).toEqual(['Fire at the port', 'Ann Lee']);
  });
});

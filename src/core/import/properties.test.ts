/**
 * Property tests (fast-check) for every importer and the extractor, on the inputs an attacker or a broken disk
 * produces: random bytes, truncated files, wrong extensions, mixed encodings, very long lines, no line breaks,
 * deep nesting. Each case must finish inside its budget and end as an article or one failure line: importFile
 * never rejects, and no message leaks a stack overflow.
 */
import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { cpuMs, cpuMsSync } from '../../../test/helpers/cpu-time.js';
import { docx } from '../../../test/hostile/zip.js';
import { extractMentions } from '../extract/index.js';
import { importFile } from './index.js';

/** Per-case budget in CPU time (not wall time, which a loaded machine inflates): well inside the 30 s the pool allows. */
const CASE_MS = 10_000;
/** FC_SCALE=5 runs five times as many cases (a longer hunt than CI needs). */
const SCALE = Number(process.env.FC_SCALE ?? 1);
/**
 * Wall-clock budget per property (vitest's own timeout), scaled with the number of cases: the hunt at FC_SCALE=5 on
 * a loaded machine ran past a flat 60 s while every case stayed inside its CPU budget.
 */
const PROPERTY_MS = 120_000 * SCALE;
const enc = (s: string) => new TextEncoder().encode(s);
const NAMES = ['a.txt', 'b.md', 'c.html', 'd.pdf', 'e.docx', 'f', 'g.htm', 'h.markdown', 'i.json'];

async function check(name: string, bytes: Uint8Array): Promise<void> {
  const { value: out, ms } = await cpuMs(() => importFile({ name, path: `/in/${name}`, bytes }));
  expect(ms, `${name} (${bytes.length} bytes) took ${ms} ms of CPU`).toBeLessThan(CASE_MS);
  if (out.ok) {
    expect(out.article.paragraphs.length).toBeGreaterThan(0);
    expect(out.article.title.length).toBeLessThanOrEqual(300);
    expect(out.article.title).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
  } else {
    expect(out.failure.message).toMatch(/^[^\n]{3,200}$/);
    expect(out.failure.message).not.toMatch(/call stack|out of memory|undefined|null/i);
  }
}

const SENTENCES = [
  'The harbour fire destroyed 40 boats on Tuesday, officials said.',
  'More than 300 people were evacuated from nearby streets.',
  'Damage is estimated at about $12 million, the insurer said.',
  'Nearly 1,200 tonnes of grain burned in the terminal.',
];

/** Valid files of each format, built once. */
async function validFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  SENTENCES.forEach((s, i) => page.drawText(s, { x: 50, y: 780 - i * 16, size: 11, font }));
  pdf.setTitle('Harbour fire');
  return [
    { name: 'v.txt', bytes: enc(`Harbour fire\n\n${SENTENCES.join('\n\n')}\n`) },
    { name: 'v.md', bytes: enc(`---\ntitle: Harbour fire\n---\n\n# Harbour fire\n\n${SENTENCES.map((s) => `* **${s}** [link](http://x)`).join('\n')}\n`) },
    { name: 'v.html', bytes: enc(`<!doctype html><html lang="en"><head><title>Harbour fire</title></head><body><article><h1>Harbour fire</h1>${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</article></body></html>`) },
    { name: 'v.pdf', bytes: await pdf.save() },
    { name: 'v.docx', bytes: await docx({ paragraphs: SENTENCES, title: 'Harbour fire' }) },
  ];
}

/** Text pieces in several encodings, concatenated: UTF-8, UTF-16 LE (with and without BOM), windows-1252. */
const mixedEncodings = fc
  .array(
    fc.tuple(fc.constantFrom('utf8', 'utf16le', 'bom16', 'latin1'), fc.string({ unit: 'grapheme', maxLength: 60 })),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => {
    const chunks = parts.map(([kind, s]) => {
      if (kind === 'utf8') return enc(s);
      if (kind === 'latin1') return Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
      const u16 = new Uint8Array(s.length * 2 + (kind === 'bom16' ? 2 : 0));
      let o = 0;
      if (kind === 'bom16') [u16[0], u16[1], o] = [0xff, 0xfe, 2];
      for (let i = 0; i < s.length; i++, o += 2) [u16[o], u16[o + 1]] = [s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8];
      return u16;
    });
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let o = 0;
    for (const c of chunks) (out.set(c, o), (o += c.length));
    return out;
  });

/** One very long line (no line break) built from a few characters that trip regexes: digits, markup, spaces. */
const longLine = fc
  .tuple(
    fc.constantFrom('7', '[', '<a', '**', '# ', ' ', '-', '>', '`', '![', '<!--', '((', '&amp;', 'a ', 'Über ', '.', '1,000 ', '\t', '\u00a0', '\u202e'),
    fc.constantFrom('', 'x', ']', '(', '*', '0'),
    fc.integer({ min: 20_000, max: 400_000 }),
  )
  .map(([unit, tail, n]) => unit.repeat(Math.ceil(n / unit.length)) + tail);

/** Deep nesting in each syntax. */
const deepNesting = fc
  .tuple(fc.constantFrom('div', 'ul-li', 'blockquote-md', 'list-md', 'brackets', 'table', 'span'), fc.integer({ min: 50, max: 20_000 }))
  .map(([kind, n]): { name: string; text: string } => {
    const body = SENTENCES.join(' ');
    switch (kind) {
      case 'div': return { name: 'deep.html', text: `<html><body>${'<div>'.repeat(n)}${body}${'</div>'.repeat(n)}</body></html>` };
      case 'ul-li': return { name: 'deep.html', text: `<html><body>${'<ul><li>'.repeat(n)}${body}</body></html>` };
      case 'span': return { name: 'deep.html', text: `<html><body><p>${'<span>'.repeat(n)}${body}</p></body></html>` };
      case 'table': return { name: 'deep.html', text: `<html><body>${'<table><tr><td>'.repeat(n)}${body}</body></html>` };
      case 'blockquote-md': return { name: 'deep.md', text: `# T\n\n${'> '.repeat(n)}${body}\n` };
      case 'list-md': return { name: 'deep.md', text: `# T\n\n${Array.from({ length: Math.min(n, 2000) }, (_, i) => `${' '.repeat(i * 2)}- ${body}`).join('\n')}\n` };
      default: return { name: 'deep.md', text: `# T\n\n${'['.repeat(n)}${body}${']'.repeat(n)}\n` };
    }
  });

describe('importFile under hostile input (fast-check)', { timeout: PROPERTY_MS }, () => {
  it('random bytes under every name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 4096 }), (name, bytes) => check(name, bytes)),
      { numRuns: 200 * SCALE },
    );
  });

  it('valid files truncated at any point, and given the wrong extension', async () => {
    const files = await validFiles();
    for (const f of files) await check(f.name, f.bytes); // the untouched files pass too
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...NAMES, null), async (f, cut, rename) => {
        await check(rename ?? f.name, f.bytes.slice(0, Math.floor(f.bytes.length * cut)));
        if (rename) await check(rename, f.bytes);
      }),
      { numRuns: 120 * SCALE },
    );
  });

  it('valid files with random bytes flipped', async () => {
    const files = await validFiles();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 20 }), async (f, flips) => {
        const b = f.bytes.slice();
        for (const [at, v] of flips) b[at % b.length] = v;
        await check(f.name, b);
      }),
      { numRuns: 120 * SCALE },
    );
  });

  it('mixed encodings in one file', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom('a.txt', 'b.md', 'c.html'), mixedEncodings, (name, bytes) => check(name, bytes)), { numRuns: 120 * SCALE });
  });

  it('very long lines and text with no line breaks', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom('a.txt', 'b.md', 'c.html', 'f'), longLine, (name, text) => check(name, enc(text))), { numRuns: 40 * SCALE });
  });

  it('deep nesting in HTML and Markdown', async () => {
    await fc.assert(fc.asyncProperty(deepNesting, ({ name, text }) => check(name, enc(text))), { numRuns: 40 * SCALE });
  });
});

describe('extractMentions under hostile input (fast-check)', { timeout: PROPERTY_MS }, () => {
  const run = (text: string) => {
    const { value: mentions, ms } = cpuMsSync(() => extractMentions(text, 'x'));
    expect(ms, `${text.length} characters took ${ms} ms of CPU`).toBeLessThan(CASE_MS);
    for (const m of mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  };

  it('random strings, numbers with odd separators and units', () => {
    const numberish = fc.stringMatching(/^[0-9.,\s%$€£kmbn+\-–~<>≈]{0,80}$/);
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), numberish), run), { numRuns: 400 * SCALE });
  });

  it('very long lines with no sentence end', () => {
    fc.assert(fc.property(longLine, (t) => run(t.slice(0, 200_000))), { numRuns: 25 * SCALE });
  });
});

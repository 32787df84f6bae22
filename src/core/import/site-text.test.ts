/**
 * File-type acceptance, headline choice under site chrome, mastheads, and the outlet/author/date clues of plain text and
 * Markdown. All texts are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { cleanText, parsePrintedDate } from './cleanup/index.js';
import { isLexiconFurniture } from './cleanup/lexicon.js';
import { detectFormat } from './detect-format.js';
import { importFile } from './index.js';

const enc = (s: string) => new TextEncoder().encode(s);
const input = (name: string, bytes: Uint8Array) => ({ name, path: `/in/${name}`, bytes });
async function outcome(name: string, text: string | Uint8Array) {
  return importFile(input(name, typeof text === 'string' ? enc(text) : text));
}
async function article(name: string, text: string) {
  const out = await outcome(name, text);
  if (!out.ok) throw new Error(out.failure.message);
  return out.article;
}
const body = [
  'Volunteers counted 212 nesting pairs on the northern cliffs this spring, up from 180 a year earlier, the survey team said.',
  'The count took eleven days and covered about 14 kilometres of coastline, according to the project coordinator.',
].join('\n\n');

describe('file types: content + extension', () => {
  it('refuses data, code and image files by extension, even when they are text', async () => {
    const cases: [string, string | Uint8Array][] = [
      ['expected.json', '{ "title": "A long enough title for an article", "items": [1, 2, 3] }'],
      ['table.csv', 'town,pairs\nNorthcliff,212\nSouthbay,180\n'],
      ['feed.xml', '<?xml version="1.0"?><rss><channel><title>Feed</title></channel></rss>'],
      ['app.js', 'export const pairs = 212; // survey count\n'],
      ['site.css', 'body { margin: 0 }\n'],
      ['photo.PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      ['photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])],
    ];
    for (const [name, bytes] of cases) {
      const out = await outcome(name, bytes);
      expect(out.ok, name).toBe(false);
      if (!out.ok) expect(out.failure.message).toBe(`unsupported file type (.${name.split('.').pop()!.toLowerCase()})`);
    }
  });

  it('a real ZIP that is not a Word document keeps its own message', async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 3, 4, ...enc('....pictures/a.png....')]);
    const out = await outcome('holiday.zip', zip);
    expect(out.ok ? '' : out.failure.message).toBe('not a Word document (ZIP without word/document.xml)');
  });

  it('PDF, DOCX and HTML are recognised by their bytes whatever the extension; text without extension is read', async () => {
    expect(detectFormat(enc('%PDF-1.4\n%...'), 'download.bin')).toBe('pdf');
    expect(detectFormat(Uint8Array.from([0x50, 0x4b, 3, 4, ...enc('..word/document.xml..')]), 'attachment.dat')).toBe('docx');
    expect(detectFormat(enc('<!DOCTYPE html><html><body><p>x</p></body></html>'), 'page.php')).toBe('html');
    expect(detectFormat(enc('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'), 'page.xhtml')).toBe('html');
    const html = await article('saved.aspx', `<!doctype html><html><head><title>Seabird count rises</title></head><body><article><h1>Seabird count rises</h1><p>${body.replace('\n\n', '</p><p>')}</p></article></body></html>`);
    expect(html.format).toBe('html');
    const plain = await article('README', `Seabird count rises on the northern cliffs\n\n${body}`);
    expect(plain.format).toBe('txt');
    expect((await article('survey 3.5', `Seabird count rises again\n\n${body}`)).format).toBe('txt');
    for (const name of ['a.text', 'b.markdown', 'c.htm']) expect((await outcome(name, `Seabird count rises again\n\n${body}`)).ok, name).toBe(true);
  });
});

describe('headline under site chrome', () => {
  it('lexicon knows common site chrome but not prose that mentions it', () => {
    for (const l of ['Search this site', 'Skip to main content', 'Skip to search', 'Toggle navigation', 'Sign in | Register', 'Advertisement', 'Register', 'Home', 'We use cookies to improve your experience. By continuing you accept our cookie policy.']) {
      expect(isLexiconFurniture(l), l).toBe(true);
    }
    for (const l of ['Search teams found 3 more survivors on Sunday.', 'The council said it would register 400 new voters.', 'Cookies sold out within 20 minutes, the bakery said.']) {
      expect(isLexiconFurniture(l), l).toBe(false);
    }
  });

  it('prefers the headline followed by body text over short chrome lines above it', () => {
    const r = cleanText(['Open menu', 'Weather Desk', 'Latest', '', 'Seabird numbers climb on northern cliffs', '', 'By Ada Lindqvist', '', body].join('\n'));
    expect(r.title).toBe('Seabird numbers climb on northern cliffs');
    expect(r.byline).toBe('Ada Lindqvist');
    expect(r.paragraphs.join(' ')).not.toContain('Ada Lindqvist');
    expect(r.paragraphs.join(' ')).toContain('212 nesting pairs');
  });

  it('a masthead (1-3 Title Case words above a longer headline) becomes the outlet, not the title', async () => {
    const a = await article('page.txt', ['The Cliffside Gazette', '', 'Seabird numbers climb on northern cliffs', '', body].join('\n'));
    expect(a.title).toBe('Seabird numbers climb on northern cliffs');
    expect(a.outlet).toBe('The Cliffside Gazette');
    expect(a.text).not.toContain('Gazette');
  });

  it('a short topic kicker sharing a word with the headline is not a masthead', async () => {
    const a = await article('page.txt', ['Seabird Survey', '', 'Seabird numbers climb on northern cliffs', '', body].join('\n'));
    expect(a.title).toBe('Seabird numbers climb on northern cliffs');
    expect(a.outlet).toBeNull();
  });

  it('a short real headline followed by body text stays the title (no outlet invented)', async () => {
    const a = await article('page.txt', ['Seabirds Return', '', body].join('\n'));
    expect(a.title).toBe('Seabirds Return');
    expect(a.outlet).toBeNull();
  });

  it('a long headline followed by a standfirst keeps the headline', () => {
    const r = cleanText(['Seabird numbers climb on northern cliffs', '', 'Survey finds the best breeding season in a decade', '', body].join('\n'));
    expect(r.title).toBe('Seabird numbers climb on northern cliffs');
  });
});

describe('outlet, author and date clues in plain text and Markdown', () => {
  const page = (...tail: string[]) => ['Seabird numbers climb on northern cliffs', '', body, '', ...tail].join('\n');

  it('reads the outlet from house notices in the page furniture', async () => {
    expect((await article('a.txt', page('© 2031 Northcoast Herald Ltd. All rights reserved.'))).outlet).toBe('Northcoast Herald');
    expect((await article('b.txt', page('Copyright 2030-2031 Bayside Post'))).outlet).toBe('Bayside Post');
    expect((await article('c.txt', page('More from Tidewater Weekly', 'Ferry fares to rise', 'Harbour wall repaired'))).outlet).toBe('Tidewater Weekly');
    expect((await article('d.txt', page('Gullwing News is committed to fair reporting. Gullwing News is committed to fair reporting.', '', 'Gullwing News is committed to fair reporting.', '', 'Gullwing News is committed to fair reporting.'))).outlet).toBe('Gullwing News');
    expect((await article('e.txt', page('To read how Estuary Times uses AI in its newsroom, click here.'))).outlet).toBe('Estuary Times');
  });

  it('never guesses the outlet from body prose', async () => {
    const text = page().replace('the survey team said.', 'the survey team told The Valley Chronicle. The Valley Chronicle is committed to covering it.');
    expect((await article('f.txt', text)).outlet).toBeNull();
    expect((await article('g.txt', page('More from this author', 'Ferry fares to rise'))).outlet).toBeNull();
    expect((await article('k.txt', page('More from Politics', 'Ferry fares to rise'))).outlet).toBeNull();
  });

  it('dates from a dateline or byline at the top, never from the body', async () => {
    const a = await article('h.txt', ['Seabird numbers climb on northern cliffs', '', 'By Ada Lindqvist | 9 April 2031', '', body].join('\n'));
    expect(a.author).toBe('Ada Lindqvist');
    expect(a.published).toBe('2031-04-09');
    const b = await article('i.txt', ['Seabird numbers climb on northern cliffs', '', 'Updated March 3, 2030, 4:05 pm', '', body].join('\n'));
    expect(b.published).toBe('2030-03-03');
    const c = await article('j.txt', page().replace('this spring', 'on 12 May 2029'));
    expect(c.published).toBeNull();
    expect(parsePrintedDate('Published 31 February 2031')).toBeNull();
    expect(parsePrintedDate('2 hours ago')).toBeNull();
  });

  it('Markdown: front matter outlet/site/publisher, "X staff" authors, datelines', async () => {
    const md = (fm: string) => `---\ntitle: Seabird numbers climb\n${fm}\n---\n\n${body}\n`;
    expect((await article('a.md', md('publisher: Northcoast Herald'))).outlet).toBe('Northcoast Herald');
    expect((await article('b.md', md('site: Bayside Post\ndate: 2031-04-09'))).published).toBe('2031-04-09');
    expect((await article('c.md', md('author: Tidewater Weekly staff'))).outlet).toBe('Tidewater Weekly');
    const d = await article('d.md', `# Seabird numbers climb\n\nBy Ada Lindqvist\n\nApril 9, 2031\n\n${body}\n`);
    expect([d.author, d.published, d.outlet]).toEqual(['Ada Lindqvist', '2031-04-09', null]);
    expect(d.text).not.toContain('Ada Lindqvist');
  });
});

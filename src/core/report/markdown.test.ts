import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape.js';
import { markdownReport } from './markdown.js';
import { buildReport } from './model.js';
import { HOSTILE, hostileCase } from './test-util.js';

// The most permissive viewer: raw HTML passed through, GFM tables, links and images on.
const viewer = new MarkdownIt({ html: true, linkify: false });
viewer.validateLink = () => true;
const render = (md: string) => new JSDOM(`<body>${viewer.render(md)}</body>`).window.document;

const MARKDOWN_TAGS = new Set(['BODY', 'H1', 'H2', 'H3', 'P', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'STRONG', 'EM', 'BLOCKQUOTE', 'UL', 'LI', 'A', 'HR', 'BR']);

describe('Markdown report', () => {
  const f = hostileCase();
  const md = markdownReport(buildReport({ ...f, selection: 'all', generatedAt: new Date('2024-03-08T12:00:00Z') }));
  const doc = render(md);

  it('lets no markup a source wrote become an element, even in a viewer that renders raw HTML', () => {
    const tags = new Set([...doc.body.querySelectorAll('*')].map((e) => e.tagName));
    for (const t of tags) expect(MARKDOWN_TAGS, `unexpected <${t}>`).toContain(t);
    expect(doc.querySelector('img, script, iframe, svg, b')).toBeNull();
    for (const el of doc.body.querySelectorAll('*')) for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/i);
    // The only links are the ones the checker wrote (the reference URL and the explanation's, left to the viewer).
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://example.org/press/6-march');
    expect(hrefs.filter((h) => h !== 'https://example.org/press/6-march')).toEqual([]);
  });

  it('shows what the source wrote as text, character for character', () => {
    const text = doc.body.textContent!;
    expect(text).toContain(HOSTILE.title);
    expect(text).toContain(HOSTILE.outlet);
    expect(text).toContain(HOSTILE.author);
    expect(text).toContain('<iframe src="javascript:alert(5)"></iframe> -1+2 officials said about 3,000 residents were evacuated.');
  });

  it('keeps every table row to its header width despite pipes in source text', () => {
    for (const table of doc.querySelectorAll('table')) {
      const width = table.querySelectorAll('thead th').length;
      for (const row of table.querySelectorAll('tbody tr')) expect(row.querySelectorAll('td').length).toBe(width);
    }
    expect(doc.querySelectorAll('table').length).toBe(6); // summary, three statistics, articles, scale
  });

  it('renders the checker explanation as Markdown but never its raw HTML', () => {
    expect(doc.querySelector('strong')?.textContent).toBeTruthy();
    expect(doc.body.textContent).toContain('<script>alert(7)</script>');
    expect(md).toMatch(/^# Crosscheck report$/m);
    expect(md).toMatch(/\*\*Verdict:\*\* Inaccurate \(1 of 5\)/);
  });

  it('says "not yet decided" without verdicts', () => {
    const bare = markdownReport(buildReport({ ...f, verdicts: [] }));
    expect(bare).toMatch(/\*\*Verdict:\*\* not yet decided/);
    expect(bare).not.toMatch(/Accepted value:/);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', 'script'],
    ['[x](javascript:alert(1))', 'a'],
    ['![x](http://evil.example/p.png)', 'img'],
    ['<http://evil.example>', 'a'],
    ['`code`', 'code'],
    ['**bold**', 'strong'],
    ['~~gone~~', 's'],
    ['# heading', 'h1'],
    ['- item', 'li'],
    ['1. item', 'li'],
    ['> quote', 'blockquote'],
    ['&#60;img src=x&#62;', 'img'],
  ])('%s stays text', (input, tag) => {
    const out = render(`x ${escapeMarkdown(input)}`);
    const start = render(escapeMarkdown(input));
    for (const d of [out, start]) {
      expect(d.querySelector(tag)).toBeNull();
      expect(d.body.textContent!.trim().endsWith(input)).toBe(true);
    }
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlReport, REPORT_CSP } from './html.js';
import { buildReport } from './model.js';
import { HOSTILE, hostileCase } from './test-util.js';

const TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'footer', 'section', 'h1', 'h2', 'h3', 'h4', 'p', 'a', 'span', 'strong', 'em',
  'mark', 'br', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'blockquote', 'div',
  'svg', 'desc', 'g', 'line', 'rect', 'path', 'circle', 'text', 'defs', 'lineargradient', 'stop',
]);
const ATTRS = new Set([
  'lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'href', 'rel', 'scope', 'aria-labelledby', 'role',
  'xmlns', 'viewBox', 'viewbox', 'width', 'height', 'font-family', 'font-size', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'd',
  'fill', 'fill-opacity', 'offset', 'stop-color', 'stop-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'text-anchor',
]);

describe('HTML report', () => {
  const f = hostileCase();
  const model = buildReport({ ...f, selection: 'all', generatedAt: new Date('2024-03-08T12:00:00Z') });
  const html = htmlReport(model);
  const doc = new JSDOM(html).window.document;
  const all = [...doc.querySelectorAll('*')];

  it('has no element or attribute that came from source text', () => {
    for (const el of all) {
      expect(TAGS, `unexpected <${el.tagName}>`).toContain(el.tagName.toLowerCase());
      for (const attr of el.getAttributeNames()) expect(ATTRS, `unexpected ${attr} on <${el.tagName}>`).toContain(attr);
    }
    expect(doc.querySelectorAll('script, img, iframe, object, embed, link, base, form').length).toBe(0);
    // Ids and classes are ours: plain tokens, never source text.
    for (const el of all) {
      if (el.id) expect(el.id).toMatch(/^[A-Za-z0-9_-]+$/);
      for (const c of el.classList) expect(c).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('links only to its own anchors and to the checker reference', () => {
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    for (const href of hrefs) expect(href === 'https://example.org/press/6-march' || /^#claim-[A-Za-z0-9_-]+$/.test(href), href).toBe(true);
    for (const href of hrefs.filter((x) => x.startsWith('#'))) expect(doc.getElementById(href.slice(1))).not.toBeNull();
  });

  it('shows every hostile string as text', () => {
    const text = doc.body.textContent!;
    for (const s of [HOSTILE.title, HOSTILE.outlet.slice(0, 60), HOSTILE.author, HOSTILE.fileName, '<iframe src="javascript:alert(5)"></iframe>', '<script>alert(7)</script>']) {
      expect(text).toContain(s);
    }
  });

  it('forbids scripts and remote loads with its own CSP, and needs nothing outside the file', () => {
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(REPORT_CSP);
    expect(REPORT_CSP).toMatch(/default-src 'none'/);
    expect(html).not.toMatch(/\b(src|href)="(?!#|https:\/\/example\.org\/press)/);
    expect(html).not.toMatch(/@import|url\((?!#)/);
  });

  it('draws one chart per statistic with one row per source and the accepted value', () => {
    const charts = doc.querySelectorAll('figure.chart svg');
    expect(charts.length).toBe(3);
    const first = charts[0]!;
    expect(first.querySelectorAll('g.nl-row').length).toBe(3);
    expect(first.querySelectorAll('.nl-accepted').length).toBe(1);
    expect(first.querySelector('desc')!.textContent).toMatch(/Accepted value: 4,200/);
    // over → open to the right, under → open to the left, both with an arrow; about → dashed band.
    expect(first.querySelector('g.nl-over .nl-arrow')).not.toBeNull();
    expect(first.querySelector('g.nl-over .nl-band')!.getAttribute('fill')).toMatch(/^url\(#claim-verdict-1-chart-fade-r\)$/);
    expect(first.querySelector('#claim-verdict-1-chart-fade-r')).not.toBeNull();
    expect(first.querySelector('g.nl-under .nl-arrow')).not.toBeNull();
    expect(first.querySelector('g.nl-about .nl-band')!.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(charts[1]!.querySelector('.nl-accepted')).toBeNull();
  });

  it('renders the verdict, the evidence with the quoted passage marked, and the explanation without its script', () => {
    const claim = doc.getElementById('claim-verdict-1')!;
    expect(claim.querySelector('.rating')!.textContent).toBe('Verdict: Inaccurate (1 of 5)');
    expect(claim.querySelector('blockquote mark')!.textContent).toBe('about 3,000 residents');
    expect(claim.querySelector('.explanation strong')!.textContent).toBe('4,200');
    // The evidence note's javascript: link is not made a link.
    expect(claim.querySelector('.evidence-note a')).toBeNull();
    expect(doc.querySelectorAll('section.claim .rating')[1]!.textContent).toBe('Verdict: not yet decided');
  });
});

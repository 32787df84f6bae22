import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementDepth } from './html-blocks.js';
import { scanHtmlDepth } from './html-depth.js';

/** Depth of the parsed document, as the exact check after parsing measures it. */
const domDepth = (html: string) => elementDepth(parseHTML(html).document.documentElement as never, 1e9);
const page = (body: string) => `<html><body>${body}</body></html>`;

describe('scanHtmlDepth (linear, before parsing)', () => {
  it('follows the parser on nesting, implied closes, void and self-closing tags', () => {
    for (const body of [
      '<div>'.repeat(500),
      '<ul><li>'.repeat(300),
      '<table><tr><td>'.repeat(200),
      '<p>'.repeat(2000), // each <p> closes the one before
      '<li>'.repeat(2000),
      '<div><br><img src=x><hr>'.repeat(50),
      '<div><span>a</span></div>'.repeat(100),
      '<section><div><p>a<div>b</div></section>'.repeat(20),
    ]) {
      // The scan counts open elements; the document also counts a void leaf (an <img> at the bottom) as a level.
      const gap = domDepth(page(body)) - scanHtmlDepth(page(body), 1e9);
      expect(gap, body.slice(0, 30)).toBeGreaterThanOrEqual(0);
      expect(gap, body.slice(0, 30)).toBeLessThanOrEqual(1);
    }
  });

  it('does not count tags inside comments, scripts, styles, titles or quoted attributes', () => {
    const noise = `<!-- ${'<div>'.repeat(900)} --><script>var s = "${'<div>'.repeat(900)}";</script><style>/* ${'<div>'.repeat(900)} */</style>`;
    const html = `<html><head><title>${'<div>'.repeat(900)}</title></head><body>${noise}<a title="${'<div>'.repeat(900)}">x</a><p>y</p></body></html>`;
    expect(scanHtmlDepth(html, 1e9)).toBeLessThan(5);
  });

  it('stops as soon as it passes the cap', () => {
    expect(scanHtmlDepth(page('<div>'.repeat(100_000)), 1600)).toBe(1601);
  });

  it('an unterminated tag or comment ends the scan (the depth so far stands)', () => {
    expect(scanHtmlDepth(`${'<div>'.repeat(10)}<a href="never closed ${'<div>'.repeat(100)}`, 1e9)).toBe(10);
    expect(scanHtmlDepth(`${'<div>'.repeat(10)}<!-- ${'<div>'.repeat(100)}`, 1e9)).toBe(10);
  });
});

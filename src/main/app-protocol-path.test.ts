import { resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile } from './app-protocol-path.js';

const root = resolve('/srv/app/out/renderer');

describe('resolveAppFile', () => {
  it('serves files under the root, index.html for /', () => {
    expect(resolveAppFile(root, 'app://crosscheck/')).toBe(`${root}${sep}index.html`);
    expect(resolveAppFile(root, 'app://crosscheck/index.html')).toBe(`${root}${sep}index.html`);
    expect(resolveAppFile(root, 'app://crosscheck/assets/index-abc.js?v=1#x')).toBe(`${root}${sep}assets${sep}index-abc.js`);
    expect(resolveAppFile(root, 'app://crosscheck/assets/My%20File.svg')).toBe(`${root}${sep}assets${sep}My File.svg`);
  });

  it('resolves literal dot segments the way the URL parser does, inside the root', () => {
    // WHATWG URL parsing (Chromium's and Node's) removes `..` and `%2e%2e` segments before the handler sees the path.
    expect(resolveAppFile(root, 'app://crosscheck/../main/index.js')).toBe(`${root}${sep}main${sep}index.js`);
    expect(resolveAppFile(root, 'app://crosscheck/assets/../../main/index.js')).toBe(`${root}${sep}main${sep}index.js`);
    expect(resolveAppFile(root, 'app://crosscheck/%2e%2e/main/index.js')).toBe(`${root}${sep}main${sep}index.js`);
  });

  it.each([
    'app://crosscheck/assets/%2E%2E%2F%2E%2E%2Fmain%2Findex.js',
    'app://crosscheck/..%2fmain/index.js',
    'app://crosscheck/..%5cmain%5cindex.js',
    'app://crosscheck/assets%5c..%5c..%5cpackage.json',
    'app://crosscheck/index.html%00.png',
    'app://crosscheck/%E0%A4%A',
    'app://other/index.html',
    'file:///srv/app/out/renderer/index.html',
    'https://crosscheck/index.html',
    'garbage',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const tricky = ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/', '//', '/./', '/.../x', '/a/./b', '/%2F%2Fetc/passwd', '/assets//x.js', '/.hidden'];
    for (const path of tricky) {
      const file = resolveAppFile(root, `app://crosscheck${path}`);
      if (file !== null) expect(file.startsWith(root + sep)).toBe(true);
    }
  });
});

describe('contentTypeFor', () => {
  it('gives module scripts a JavaScript type and unknown files no guess', () => {
    expect(contentTypeFor('/x/pdf.worker.min-abc.mjs')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/index.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/x/blob.bin')).toBe('application/octet-stream');
  });
});

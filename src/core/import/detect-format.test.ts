import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('detectFormat', () => {
  it('trusts content over the extension', () => {
    expect(detectFormat(enc('%PDF-1.7\n...'), 'report.txt')).toBe('pdf');
    expect(detectFormat(enc('<!doctype html><html><body><p>x</p></body></html>'), 'saved.txt')).toBe('html');
    expect(detectFormat(enc('Just a plain line of text.'), 'page.html')).toBe('txt');
    expect(detectFormat(Uint8Array.from([0x50, 0x4b, 3, 4, ...enc('....word/document.xml....')]), 'x.zip')).toBe('docx');
    expect(detectFormat(Uint8Array.from([0x50, 0x4b, 3, 4, ...enc('....other/file.xml....')]), 'x.docx')).toBeNull();
  });

  it('tells markdown from text', () => {
    expect(detectFormat(enc('# Title\n\nSome [link](http://x.y) here.'), 'notes')).toBe('md');
    expect(detectFormat(enc('# Title\n\nBody.'), 'notes.md')).toBe('md');
    expect(detectFormat(enc('Title\n\nBody text.'), 'notes.txt')).toBe('txt');
  });

  it('rejects binary', () => {
    expect(detectFormat(Uint8Array.from([1, 2, 0, 4, 5]), 'a.txt')).toBeNull();
  });
});

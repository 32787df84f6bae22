import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeText, loadIconv } from './decode-text.js';
import { importFile } from './index.js';

const SAMPLE = 'Prices rose to “€12.50” — café owners said the increase was 8% this year.';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = littleEndian ? c & 0xff : c >> 8;
    out[3 + i * 2] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('text encodings', () => {
  beforeAll(loadIconv);

  it('UTF-8 with and without BOM', () => {
    const plain = new TextEncoder().encode(SAMPLE);
    expect(decodeText(plain)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('UTF-16 LE and BE with BOM', () => {
    expect(decodeText(utf16(SAMPLE, true))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(utf16(SAMPLE, false))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('windows-1252 with euro sign and curly quotes', () => {
    const bytes = new Uint8Array(iconv.encode(SAMPLE + ' ' + SAMPLE, 'windows-1252'));
    expect(bytes.includes(0x80)).toBe(true);
    const out = decodeText(bytes);
    expect(out.text).toBe(SAMPLE + ' ' + SAMPLE);
    expect(out.encoding).toBe('windows-1252');
  });

  it('Latin-1 text is read as windows-1252', () => {
    const text = 'Le comité a voté à 15 voix contre 2 pour la réforme du marché, a précisé le député.';
    const out = decodeText(new Uint8Array(iconv.encode(text, 'latin1')));
    expect(out.text).toBe(text);
    expect(out.encoding).toBe('windows-1252');
  });

  it('windows-1252 without iconv-lite (browser hosts) decodes the same', async () => {
    const { decodeCp1252ForTest } = await import('./decode-text.js');
    const bytes = new Uint8Array(iconv.encode(SAMPLE, 'windows-1252'));
    expect(decodeCp1252ForTest(bytes)).toBe(SAMPLE);
  });

  it('a UTF-16 file goes through the whole importer', async () => {
    const text = 'Dam project approved\n\nThe regional assembly approved the dam project on Monday, which will cost €310 million, officials said.';
    const out = await importFile({ name: 'dam.txt', path: 'dam.txt', bytes: utf16(text, true) });
    if (!out.ok) throw new Error(out.failure.message);
    expect(out.article.title).toBe('Dam project approved');
    expect(out.article.text).toContain('€310 million');
    expect(out.article.encoding).toBe('utf-16le');
  });
});

import chardet from 'chardet';
import { fail } from './import-error.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

// TextDecoder exists in every host we run in (Node, Worker, browser) but not in the ES2022 lib the core compiles against.
type Decoder = { decode(input: Uint8Array): string };
const TD = (globalThis as unknown as { TextDecoder: new (label: string, opts?: { fatal?: boolean }) => Decoder }).TextDecoder;
const strictUtf8 = new TD('utf-8', { fatal: true });

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    chunk.push(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    if (chunk.length === 8192) parts.push(String.fromCharCode(...chunk.splice(0)));
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

// ISO-8859-1 labels are read as windows-1252, as browsers do (WHATWG Encoding): 0x80-0x9F are €, curly quotes, dashes.
const ALIASES: Record<string, string> = { 'iso-8859-1': 'windows-1252', 'us-ascii': 'utf-8', ascii: 'utf-8' };

// windows-1252 bytes 0x80-0x9F (the only range where it differs from Latin-1); 0 = unassigned, kept as the C1 code.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

type Iconv = { encodingExists(e: string): boolean; decode(b: Uint8Array, e: string): string };
let iconv: Iconv | null = null;
/**
 * iconv-lite needs Node's Buffer (through safer-buffer), which browser Workers lack; it is loaded on first use and
 * only where it initialises. Without it, windows-1252 uses the table above and other charsets the host TextDecoder.
 */
export async function loadIconv(): Promise<void> {
  if (iconv || !(globalThis as { Buffer?: unknown }).Buffer) return;
  try {
    const m = (await import('iconv-lite')) as unknown as { default?: Iconv } & Iconv;
    iconv = m.default ?? m;
  } catch {
    iconv = null;
  }
}

function legacyDecode(bytes: Uint8Array, encoding: string): string {
  if (iconv?.encodingExists(encoding)) return iconv.decode(bytes, encoding);
  if (encoding === 'windows-1252') return decodeCp1252(bytes);
  return new TD(encoding).decode(bytes);
}

/** chardet reads at most this many bytes: its statistics settle long before (it ran over whole 10 MB files). */
const CHARDET_SAMPLE = 64 * 1024;

/** The bytes chardet is shown: the whole of a small file; of a larger one, a window from just before its first non-ASCII byte. */
function chardetSample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= CHARDET_SAMPLE) return bytes;
  let first = 0;
  while (first < bytes.length && bytes[first] < 0x80) first++;
  const start = Math.max(0, Math.min(first - 1024, bytes.length - CHARDET_SAMPLE));
  return bytes.subarray(start, start + CHARDET_SAMPLE);
}

/** BOM first, then strict UTF-8, then the chardet guess (ISO-8859-1 read as windows-1252). */
export function decodeText(bytes: Uint8Array): DecodedText {
  // Call `await loadIconv()` once before (importFile does) to decode legacy charsets with iconv-lite.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TD('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes, true), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes, false), encoding: 'utf-16be' };
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    /* not UTF-8: guess below */
  }
  const guess = (chardet.detect(chardetSample(bytes)) ?? 'windows-1252').toLowerCase();
  let encoding = ALIASES[guess] ?? guess;
  // chardet sometimes names a multi-byte or exotic charset for short Western text: 1252 is the safe reading.
  if (encoding === 'utf-8' || encoding.startsWith('utf-16') || encoding.startsWith('utf-32')) encoding = 'windows-1252';
  try {
    return { text: legacyDecode(bytes, encoding), encoding };
  } catch {
    return fail(`unsupported text encoding (${encoding})`);
  }
}

/** Exposed for the test that checks the built-in table against iconv-lite. */
export const decodeCp1252ForTest = decodeCp1252;

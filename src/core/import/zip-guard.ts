/**
 * Checks a DOCX (ZIP) package before any library expands it. mammoth reads through JSZip, which inflates whole
 * entries into memory, so a 1.4 MB file that inflates to 473 MB would exhaust the heap before mammoth sees a byte.
 * Two checks, both bounded in memory:
 *  1. the central directory: entry count and the sum of the declared uncompressed sizes;
 *  2. every entry actually inflated with pako's streaming Inflate, the output counted and thrown away chunk by chunk,
 *     stopping as soon as the running total passes the bound (declared sizes can lie).
 * Only then does JSZip/mammoth get the bytes. Everything is iterative and reads at most the file's own bytes.
 */
import pako from 'pako';
import { fail } from './import-error.js';
import { LIMIT_MESSAGES, type ImportLimits } from './limits.js';

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/** Entries from the central directory; null when the bytes hold no readable ZIP directory (left to JSZip to report). */
export function readCentralDirectory(bytes: Uint8Array, limits: Pick<ImportLimits, 'docxEntries'>): ZipEntry[] | null {
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const total = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64: over 65,535 entries or 4 GB, far beyond any Word document.
  if (total === 0xffff || cdOffset === 0xffffffff) fail(LIMIT_MESSAGES.docxEntries(total, limits.docxEntries));
  if (total > limits.docxEntries) fail(LIMIT_MESSAGES.docxEntries(total, limits.docxEntries));
  if (cdOffset + cdSize > bytes.length) return null;
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let i = 0; i < total; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CEN) return null;
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    entries.push({
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
      name: decoder.decode(bytes.subarray(p + 46, Math.min(bytes.length, p + 46 + nameLen))),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Counts an entry's inflated bytes without keeping them; throws the DOCX bound's line as soon as `budget` runs out. */
function inflatedSize(data: Uint8Array, budget: number, limit: number): number {
  let produced = 0;
  const inflator = new pako.Inflate({ raw: true, chunkSize: 64 * 1024 });
  inflator.onData = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > budget) fail(LIMIT_MESSAGES.docxExpanded(limit));
  };
  inflator.onEnd = () => undefined;
  // Fed in slices so a corrupt stream is noticed early; onData throws out of push() when the budget is spent.
  const slice = 256 * 1024;
  for (let o = 0; o < data.length && !inflator.ended; o += slice) inflator.push(data.subarray(o, o + slice), o + slice >= data.length);
  return produced;
}

const MAX_DEFLATE_RATIO = 1032;

/** An entry's stored bytes as its local header places them (null when the header is not there). */
function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const at = e.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOC) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  return bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
}

/**
 * Throws the one-line bound message when the package has too many parts or expands past `docxExpandedBytes`.
 * Structural damage is not judged here: JSZip and mammoth report it in their own words afterwards.
 */
export function checkDocxBounds(bytes: Uint8Array, limits: Pick<ImportLimits, 'docxEntries' | 'docxExpandedBytes'>): void {
  const entries = readCentralDirectory(bytes, limits);
  if (!entries) return;
  const limit = limits.docxExpandedBytes;
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > limit) fail(LIMIT_MESSAGES.docxExpanded(limit));
  // Raw deflate expands at most 1032:1 (a 258-byte match in two bits). When even that, over every entry's actual
  // data, stays inside the bound, nothing can pass it and the inflate pass is skipped (typical documents: 1-2 MB
  // at most, far below 200 MB).
  let worst = 0;
  const spans: Uint8Array[] = [];
  for (const e of entries) {
    const data = entryData(bytes, e);
    spans.push(data ?? new Uint8Array(0));
    if (data) worst += e.method === 0 ? data.length : data.length * MAX_DEFLATE_RATIO + 1024;
  }
  if (worst <= limit) return;
  let spent = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const data = spans[i];
    if (e.method === 0) spent += data.length;
    else if (e.method === 8) spent += inflatedSize(data, limit - spent, limit);
    if (spent > limit) fail(LIMIT_MESSAGES.docxExpanded(limit));
  }
}

/**
 * Writes ZIP files the way an attacker would: entries given as a sequence of chunks (so a 1 GB entry is deflated as
 * a stream, never held in memory), and central-directory sizes that may lie. Node only (tests and the corpus script).
 */
import { crc32, createDeflateRaw } from 'node:zlib';

export interface BombEntry {
  name: string;
  /** Chunks of the entry's content, in order; a generator keeps huge entries streaming. */
  chunks: () => Iterable<Uint8Array | string>;
  /** Size written in the central directory and local header (default: the real size). */
  declaredSize?: number;
}

const enc = new TextEncoder();
const asBytes = (c: Uint8Array | string) => (typeof c === 'string' ? enc.encode(c) : c);

async function deflate(chunks: Iterable<Uint8Array | string>): Promise<{ data: Buffer; size: number; crc: number }> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const ended = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  let size = 0;
  let crc = 0;
  for (const c of chunks) {
    const b = asBytes(c);
    size += b.length;
    crc = crc32(b, crc);
    if (!z.write(b)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await ended;
  return { data: Buffer.concat(out), size, crc };
}

/** A ZIP of deflated entries. */
export async function buildZip(entries: BombEntry[]): Promise<Uint8Array> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { data, size, crc } = await deflate(e.chunks());
    const declared = e.declaredSize ?? size;
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Math.min(declared, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(8, 10);
    cen.writeUInt32LE(crc >>> 0, 16);
    cen.writeUInt32LE(data.length, 20);
    cen.writeUInt32LE(Math.min(declared, 0xfffffffe), 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(cen, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
export const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function documentXml(paragraphs: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
}

export function coreXml(props: { title?: string; creator?: string }): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">${props.title !== undefined ? `<dc:title>${xmlEscape(props.title)}</dc:title>` : ''}${props.creator !== undefined ? `<dc:creator>${xmlEscape(props.creator)}</dc:creator>` : ''}</cp:coreProperties>`;
}

/** `times` copies of `chunk` (one shared buffer, so a GB of content costs one chunk of memory). */
export function* repeat(chunk: string, times: number): Generator<Uint8Array> {
  const b = enc.encode(chunk);
  for (let i = 0; i < times; i++) yield b;
}

/** A small, valid DOCX; `core` and `document` may be swapped for bombs. */
export async function docx(opts: { paragraphs?: string[]; core?: BombEntry; document?: BombEntry; title?: string; creator?: string }): Promise<Uint8Array> {
  const doc = opts.document ?? { name: 'word/document.xml', chunks: () => [documentXml(opts.paragraphs ?? [])] };
  const core = opts.core ?? { name: 'docProps/core.xml', chunks: () => [coreXml({ title: opts.title, creator: opts.creator })] };
  return buildZip([
    { name: '[Content_Types].xml', chunks: () => [CONTENT_TYPES] },
    { name: '_rels/.rels', chunks: () => [RELS] },
    doc,
    core,
  ]);
}

/** word/document.xml holding one paragraph of `mb` megabytes of text (deflates ~1000:1). */
export function documentBomb(mb: number, declaredSize?: number): BombEntry {
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body><w:p><w:r><w:t>`;
  return { name: 'word/document.xml', declaredSize, chunks: () => [head, ...repeat('A'.repeat(1 << 20), mb), '</w:t></w:r></w:p></w:body></w:document>'] };
}

/** docProps/core.xml whose title is `mb` megabytes long. */
export function coreBomb(mb: number, declaredSize?: number): BombEntry {
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>`;
  return { name: 'docProps/core.xml', declaredSize, chunks: () => [head, ...repeat('B'.repeat(1 << 20), mb), '</dc:title></cp:coreProperties>'] };
}

// Render a synthetic article as the file a user would have saved: plain text (UTF-8 or windows-1252),
// Markdown, a full web page (HTML with page furniture), a PDF (pdf-lib) or a minimal valid DOCX (jszip).
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { SynthArticle } from './articles.js';

export type SynthFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

export interface SynthFile {
  name: string;
  format: SynthFormat;
  bytes: Uint8Array;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);

/** Text as copied out of a browser: furniture lines interleaved with the story. */
export function toText(a: SynthArticle): string {
  const f = a.furniture;
  const [p0, ...rest] = a.paragraphs;
  const mid = Math.floor(rest.length / 2);
  return [f.menu, a.title, `By ${a.author} | ${a.outlet} | ${a.published}`, ...f.share, f.captions[0]!, p0!, ...rest.slice(0, mid),
    'Advertisement', ...rest.slice(mid), 'Related', ...f.related, 'Sign up for our newsletter', f.footer].join('\n\n') + '\n';
}

export function toMarkdown(a: SynthArticle): string {
  const f = a.furniture;
  return [`# ${a.title}`, `*By ${a.author}, ${a.outlet}, ${a.published}*`, `[${f.share[0]}](#share) · [${f.share[2]}](#copy)`,
    ...a.paragraphs, '## Related', ...f.related.map((t) => `- [${t}](#)`), f.footer].join('\n\n') + '\n';
}

export function toHtml(a: SynthArticle): string {
  const f = a.furniture;
  const ps = a.paragraphs.map((p) => `<p>${esc(p)}</p>`);
  const mid = Math.max(1, Math.floor(ps.length / 3));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | ${esc(a.outlet)}</title>
<meta property="og:site_name" content="${esc(a.outlet)}"><meta name="author" content="${esc(a.author)}">
<meta property="article:published_time" content="${a.published}T08:00:00Z">
<script>window.dataLayer = window.dataLayer || []; function track(){ dataLayer.push(arguments); }</script>
<style>body{font-family:sans-serif} .share a{margin:0 4px}</style></head>
<body><header><a class="logo" href="/">${esc(a.outlet)}</a><nav><ul>${f.menu.split(' | ').map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav></header>
<main><article><h1>${esc(a.title)}</h1><p class="byline">By <span class="author">${esc(a.author)}</span> <time datetime="${a.published}">${a.published}</time></p>
<div class="share">${f.share.map((s) => `<a href="#">${esc(s)}</a>`).join('')}</div>
<figure><img src="data:," alt=""><figcaption>${esc(f.captions[0]!)}</figcaption></figure>
${ps.slice(0, mid).join('\n')}
<div class="ad">Advertisement</div>
${ps.slice(mid).join('\n')}
</article><aside><h2>Related</h2><ul>${f.related.map((t) => `<li><a href="#">${esc(t)}</a></li>`).join('')}</ul></aside></main>
<footer><p>${esc(f.footer)}</p><p>Sign up for our newsletter</p></footer></body></html>
`;
}

function wrap(s: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    if (line && line.length + 1 + w.length > width) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

export async function toPdf(a: SynthArticle): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(a.title);
  doc.setAuthor(a.author);
  doc.setCreationDate(new Date(`${a.published}T08:00:00Z`));
  doc.setModificationDate(new Date(`${a.published}T08:00:00Z`));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const lines: { t: string; bold?: boolean }[] = [{ t: a.title, bold: true }, { t: `By ${a.author}, ${a.outlet}, ${a.published}` }, { t: '' }];
  for (const p of a.paragraphs) lines.push(...wrap(p, 92).map((t) => ({ t })), { t: '' });
  const perPage = 52;
  const pages = Math.ceil(lines.length / perPage);
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([595, 842]);
    page.drawText(a.outlet, { x: 50, y: 810, size: 8, font });
    let y = 780;
    for (const l of lines.slice(i * perPage, (i + 1) * perPage)) {
      if (l.t) page.drawText(l.t, { x: 50, y, size: l.bold ? 12 : 10, font: l.bold ? bold : font });
      y -= 14;
    }
    page.drawText(`Page ${i + 1} of ${pages}`, { x: 270, y: 30, size: 8, font });
  }
  return doc.save({ useObjectStreams: false });
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const xmlEsc = (s: string) => esc(s).replace(/'/g, '&apos;');

export async function toDocx(a: SynthArticle): Promise<Uint8Array> {
  const zip = new JSZip();
  const para = (t: string, b = false) => `<w:p><w:r>${b ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEsc(t)}</w:t></w:r></w:p>`;
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`);
  zip.file('docProps/core.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEsc(a.title)}</dc:title><dc:creator>${xmlEsc(a.author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${a.published}T08:00:00Z</dcterms:created></cp:coreProperties>`);
  const body = [para(a.title, true), para(`By ${a.author}, ${a.outlet}, ${a.published}`), ...a.paragraphs.map((p) => para(p)), para(a.furniture.footer)].join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  // A fixed date keeps the zip bytes identical run to run.
  for (const f of Object.values(zip.files)) f.date = new Date('2020-01-01T00:00:00Z');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** windows-1252 for a share of plain-text files: legacy encodings are common in saved articles. */
export async function render(a: SynthArticle, format: SynthFormat, legacyEncoding = false): Promise<SynthFile> {
  const base = `${a.id}-${slug(a.title)}`;
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case 'txt': return { name: `${base}.txt`, format, bytes: legacyEncoding ? new Uint8Array(iconv.encode(toText(a), 'windows-1252')) : utf8(toText(a)) };
    case 'md': return { name: `${base}.md`, format, bytes: utf8(toMarkdown(a)) };
    case 'html': return { name: `${base}.html`, format, bytes: utf8(toHtml(a)) };
    case 'pdf': return { name: `${base}.pdf`, format, bytes: await toPdf(a) };
    case 'docx': return { name: `${base}.docx`, format, bytes: await toDocx(a) };
  }
}

/**
 * Writes the hostile corpus: the files an attacker would send a fact-checker, beside three good articles.
 *   npx tsx test/hostile/make-corpus.ts <dir> [--no-symlinks] [--small-bombs]
 * Nothing here is copied from ../shared; every file is generated. `EXPECT` says what each file must give
 * (an article, or a failure line matching a pattern), so the CLI test and the web e2e check the same things.
 * Script payloads set window.__pwned instead of alert(), so a test can see whether anything ever ran.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { coreBomb, docx, documentBomb } from './zip.js';

const PWN = 'window.__pwned=1';
export const XSS = {
  img: `<img src=x onerror="${PWN}">`,
  script: `<script>${PWN}</script>`,
  svg: `<svg onload="${PWN}">`,
  iframe: '<iframe src="http://evil.example/frame"></iframe>',
  js: `javascript:${PWN}`,
};

const GOOD = [
  { file: 'good/01-harbour-fire.txt', title: 'Harbour fire destroys 40 boats', text: 'Harbour fire destroys 40 boats\n\nThe harbour fire destroyed 40 boats on Tuesday night, port officials said in a statement on Wednesday.\n\nMore than 300 people were evacuated from nearby streets as the smoke spread across the old town.\n' },
  { file: 'good/02-harbour-fire.html', title: 'Port blaze: 300 evacuated', text: '<!doctype html><html lang="en"><head><title>Port blaze: 300 evacuated</title><meta property="og:site_name" content="Harbour Wire"></head><body><article><h1>Port blaze: 300 evacuated</h1><p>About 300 residents were evacuated on Tuesday after a fire broke out in the harbour, the fire service said.</p><p>Officials said 38 boats were destroyed and the cause of the blaze is still unknown.</p></article></body></html>' },
  { file: 'good/03-harbour-fire.md', title: 'Insurers count the cost of the harbour fire', text: '---\ntitle: Insurers count the cost of the harbour fire\noutlet: Market Daily\n---\n\nInsurers estimate the damage from the harbour fire at about $12 million, a spokesperson said on Thursday.\n\nNearly 40 boats were lost, according to the harbour master.\n' },
];
export const GOOD_TITLES = GOOD.map((g) => g.title);

export interface Expectation {
  /** null: must import as an article (its title given), else the failure line must match. */
  failure: RegExp | null;
  title?: string;
  /** Files only present when symlinks are written. */
  symlink?: boolean;
}

export const EXPECT: Record<string, Expectation> = {
  ...Object.fromEntries(GOOD.map((g) => [g.file, { failure: null, title: g.title }])),
  'xss/page.html': { failure: null },
  'xss/notes.md': { failure: null },
  'xss/letter.docx': { failure: null },
  'xss/report.pdf': { failure: null },
  [`xss/${XSS.img}.txt`]: { failure: null },
  'bombs/document-473mb.docx': { failure: /^DOCX expands to more than 200 MB; not imported$/ },
  'bombs/document-lying.docx': { failure: /^DOCX expands to more than 200 MB; not imported$/ },
  'bombs/core-lying.docx': { failure: /^DOCX expands to more than 200 MB; not imported$/ },
  'bombs/many-parts.docx': { failure: /^DOCX has 12,001 parts, more than 10,000; not imported$/ },
  'deep/div-3000.html': { failure: /^HTML nested more than 400 levels deep; not imported$/ },
  'deep/div-100000.html': { failure: /^HTML nested more than 400 levels deep; not imported$/ },
  'deep/brackets.md': { failure: /^Markdown nested more than 100 levels deep; not imported$/ },
  'long/digits-10mb.txt': { failure: null },
  'long/markup-line.md': { failure: null },
  'random/noise.txt': { failure: /^binary data, not text$/ },
  'random/noise.pdf': { failure: /^corrupt PDF: / },
  'random/noise.docx': { failure: /^not a Word document/ },
  'links/outside.txt': { failure: /^symlink points outside the chosen folder \(→ .*\); not followed$/, symlink: true },
  'links/up': { failure: /^symlink loop: links back to /, symlink: true },
  'up-and-out': { failure: /^symlink points outside the chosen folder \(→ .*\); not followed$/, symlink: true },
};

const write = (root: string, rel: string, data: string | Uint8Array) => {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), data);
};

async function xssPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${XSS.img} Fire report`);
  doc.setAuthor(XSS.script);
  doc.setSubject(XSS.svg);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  ['Fire report from the harbour master.', `The fire destroyed 41 boats. <script>${PWN}</script>`, 'Damage is estimated at 11 million dollars.'].forEach((t, i) =>
    page.drawText(t, { x: 50, y: 760 - i * 18, size: 11, font }),
  );
  return doc.save();
}

/** Writes the corpus under `root` (bombs at full size unless `smallBombs`). Returns the relative paths written. */
export async function makeHostileCorpus(root: string, opts: { symlinks?: boolean; outside?: string } = {}): Promise<string[]> {
  for (const g of GOOD) write(root, g.file, g.text);
  write(root, 'xss/page.html', `<!doctype html><html><head><title>${XSS.img} Harbour fire</title><meta property="og:site_name" content='${XSS.script}'><meta name="author" content='${XSS.svg}'>
<link rel="stylesheet" href="http://evil.example/x.css"><script src="http://evil.example/x.js"></script></head>
<body onload="${PWN}"><article><h1>${XSS.img} Harbour fire</h1><p>The fire destroyed 42 boats on Tuesday, officials said. ${XSS.script}</p>
<p>Residents saw flames ${XSS.iframe} over the port, and 290 people left their homes. <img src="http://evil.example/pixel.png"> <a href="${XSS.js}">More</a></p>
<p>&lt;img src=x onerror=&quot;${PWN}&quot;&gt; is escaped text that must stay text.</p></article></body></html>`);
  write(root, 'xss/notes.md', `---\ntitle: "${XSS.img} Notes on the fire"\noutlet: ${XSS.script}\nauthor: ${XSS.svg}\n---\n\n# ${XSS.img} Notes on the fire\n\nThe fire destroyed 43 boats. ${XSS.script} [click me](${XSS.js}) ![pixel](http://evil.example/p.png)\n\n<iframe src="http://evil.example/frame"></iframe> About 310 people were evacuated.\n`);
  write(root, 'xss/letter.docx', await docx({
    paragraphs: [`${XSS.img} Letter about the fire`, `The fire destroyed 44 boats. ${XSS.script}`, `An estimated 320 people were evacuated. ${XSS.svg}`],
    title: `${XSS.img} Letter`,
    creator: `"><svg onload="${PWN}">`,
  }));
  write(root, 'xss/report.pdf', await xssPdf());
  write(root, `xss/${XSS.img}.txt`, 'Harbour fire: a file with a hostile name\n\nThe harbour fire destroyed 45 boats on Tuesday, officials said.\n');

  write(root, 'bombs/document-473mb.docx', await docx({ document: documentBomb(473) }));
  write(root, 'bombs/document-lying.docx', await docx({ document: documentBomb(260, 2048) }));
  write(root, 'bombs/core-lying.docx', await docx({ paragraphs: ['The fire destroyed 46 boats.'], core: coreBomb(260, 1024) }));
  const { buildZip } = await import('./zip.js');
  write(root, 'bombs/many-parts.docx', await buildZip([
    { name: 'word/document.xml', chunks: () => ['<w:document/>'] },
    ...Array.from({ length: 12_000 }, (_, i) => ({ name: `word/media/p${i}.xml`, chunks: () => ['x'] })),
  ]));

  const body = 'The harbour fire destroyed 47 boats on Tuesday, officials said. ';
  write(root, 'deep/div-3000.html', `<html><body>${'<div>'.repeat(3000)}${body.repeat(20)}${'</div>'.repeat(3000)}</body></html>`);
  write(root, 'deep/div-100000.html', `<html><body>${'<div>'.repeat(100_000)}${body}${'</div>'.repeat(100_000)}</body></html>`);
  write(root, 'deep/brackets.md', `# Deep\n\n${'['.repeat(100_000)}${body}${']'.repeat(100_000)}\n`);

  write(root, 'long/digits-10mb.txt', '7'.repeat(10_000_000));
  write(root, 'long/markup-line.md', `# Long line\n\n${'[a](b) **c** <d e="f"> `g` '.repeat(200_000)}`);

  let seed = 12345;
  const noise = (n: number) => Uint8Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff);
  write(root, 'random/noise.txt', noise(64 * 1024));
  write(root, 'random/noise.pdf', noise(32 * 1024));
  write(root, 'random/noise.docx', noise(32 * 1024));

  if (opts.symlinks !== false) {
    mkdirSync(join(root, 'links'), { recursive: true });
    const outside = resolve(opts.outside ?? join(dirname(root), 'outside-secret.txt'));
    writeFileSync(outside, 'Secret outside the chosen folder: 999 boats.\n');
    symlinkSync(outside, join(root, 'links/outside.txt'));
    symlinkSync('..', join(root, 'links/up')); // back to the chosen folder: a loop, cut
    symlinkSync('..', join(root, 'up-and-out')); // the chosen folder's parent: outside, refused
  }
  return Object.keys(EXPECT).filter((k) => opts.symlinks !== false || !EXPECT[k].symlink);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx test/hostile/make-corpus.ts <dir> [--no-symlinks]');
    process.exit(2);
  }
  const files = await makeHostileCorpus(dir, { symlinks: !process.argv.includes('--no-symlinks') });
  console.log(`${files.length} hostile and good files written to ${dir}`);
}

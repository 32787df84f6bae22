import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configurePdf } from '../core/import/pdf-config.js';

/** Points pdf.js at its bundled standard fonts so PDFs using the 14 base fonts extract without warnings. */
export async function configureNodePdf(): Promise<void> {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  configurePdf({
    standardFontDataUrl: pathToFileURL(join(dirname(pkg), 'standard_fonts') + '/').href,
    cMapUrl: pathToFileURL(join(dirname(pkg), 'cmaps') + '/').href,
  });
}

/** Host-supplied pdf.js settings. Node needs none; a browser Worker host sets workerSrc (and font data for fidelity). */
export interface PdfConfig {
  /** URL of pdf.worker.mjs to parse PDFs in a separate worker. Optional: without it pdf.js runs its worker code in-thread. */
  workerSrc?: string;
  /** URL (ending in /) of pdfjs-dist/standard_fonts/: avoids warnings for PDFs using the 14 standard fonts. */
  standardFontDataUrl?: string;
  /** URL (ending in /) of pdfjs-dist/cmaps/ for CJK PDFs. */
  cMapUrl?: string;
}

export const pdfConfig: PdfConfig = {};

export function configurePdf(config: PdfConfig): void {
  Object.assign(pdfConfig, config);
}

type PdfModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfModule> | null = null;

const isNode = () => typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';

/**
 * pdf.js is large: load it only when the first PDF arrives. Node runs pdf.js's worker code in-thread by itself.
 * A browser or Web Worker host must call configurePdf({ workerSrc }) first: pdf.js 5.6 then starts its own
 * (nested) worker; without it pdf.js throws 'No "GlobalWorkerOptions.workerSrc" specified', which we turn into
 * a clear failure line instead.
 */
export function loadPdfjs(): Promise<PdfModule> {
  if (!pdfConfig.workerSrc && !isNode()) {
    return Promise.reject(new Error('PDF support is not configured in this host (configurePdf({ workerSrc }) was not called)'));
  }
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    if (pdfConfig.workerSrc) m.GlobalWorkerOptions.workerSrc = pdfConfig.workerSrc;
    return m;
  });
  return loaded;
}

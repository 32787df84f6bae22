import { joinLines } from './cleanup/index.js';

/** One visual line of a PDF page: text plus geometry used to find paragraph breaks. */
export interface PdfLine {
  text: string;
  y: number;
  x: number;
  height: number;
  page: number;
}

interface Item {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

/** Groups text items (in content-stream order, which is reading order for most producers) into lines. */
export function itemsToLines(items: Item[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur: PdfLine | null = null;
  for (const it of items) {
    const [, , , , x, y] = it.transform;
    const h = it.height || Math.abs(it.transform[3]) || 10;
    if (cur && Math.abs(cur.y - y) > Math.max(2, h * 0.5)) {
      lines.push(cur);
      cur = null;
    }
    if (!cur) cur = { text: '', y, x, height: h, page };
    cur.text += it.str;
    cur.height = Math.max(cur.height, h);
    if (it.hasEOL) {
      lines.push(cur);
      cur = null;
    }
  }
  if (cur) lines.push(cur);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
}

/** Lines that repeat at the top or bottom of several pages (running headers/footers) and bare page numbers. */
export function runningFurniture(lines: PdfLine[], pages: number): Set<string> {
  const out = new Set<string>();
  const edge = new Set<PdfLine>();
  // Only the first and last three lines of a page can be running furniture (a document may repeat whole pages).
  for (let i = 0; i < lines.length; i++) {
    const samePageBefore = i >= 3 && lines[i - 3].page === lines[i].page;
    const samePageAfter = i + 3 < lines.length && lines[i + 3].page === lines[i].page;
    if (!samePageBefore || !samePageAfter) edge.add(lines[i]);
  }
  const onPages = new Map<string, Set<number>>();
  for (const l of edge) {
    const key = l.text.replace(/\d+/g, '#');
    if (!onPages.has(key)) onPages.set(key, new Set());
    onPages.get(key)!.add(l.page);
    if (/^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i.test(l.text)) out.add(l.text);
  }
  if (pages >= 3) {
    for (const l of edge) {
      const n = onPages.get(l.text.replace(/\d+/g, '#'))?.size ?? 0;
      if (n >= Math.max(3, pages * 0.5) && l.text.length < 100) out.add(l.text);
    }
  }
  return out;
}

/** Lines -> paragraphs: a break where the vertical gap is larger than usual, or the font size changes. */
export function linesToParagraphs(lines: PdfLine[]): string[] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i - 1].y - lines[i].y;
    if (lines[i].page === lines[i - 1].page && g > 0) gaps.push(g);
  }
  gaps.sort((a, b) => a - b);
  // Lower quartile: the ordinary line pitch even when a short page has as many paragraph gaps as line gaps.
  const typical = gaps.length ? gaps[Math.floor(gaps.length / 4)] : 12;
  const paragraphs: string[] = [];
  let buf: string[] = [];
  let widest = 1;
  const flush = () => {
    if (buf.length) paragraphs.push(joinLines(buf));
    [buf, widest] = [[], 1];
  };
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (prev) {
      const gap = prev.y - l.y;
      const sameColumn = l.page === prev.page && gap > 0;
      const sizeChange = Math.abs(l.height - prev.height) > Math.max(1, prev.height * 0.15);
      const bigGap = sameColumn && gap > typical * 1.45;
      const prevEnded = /[.!?:]["'”’)]?$/.test(prev.text) && prev.text.length < 0.7 * widest;
      if (bigGap || sizeChange || prevEnded) flush();
    }
    buf.push(l.text);
    widest = Math.max(widest, l.text.length);
  });
  flush();
  return paragraphs;
}

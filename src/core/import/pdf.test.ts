import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { importFile } from './index.js';
import { pdfDate, splitSiteTitle } from './pdf.js';

async function makePdf(title: string | null, lines: string[], size = 11): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (title) doc.setTitle(title);
  doc.setAuthor('Administrator');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  let y = 780;
  page.drawText('Council budget passes', { x: 50, y, size: 20, font });
  y -= 40;
  for (const line of lines) {
    if (line === '') y -= 14;
    else page.drawText(line, { x: 50, y, size, font });
    y -= 14;
  }
  return doc.save();
}

describe('PDF importer', () => {
  it('dates and "Headline - Site" titles', () => {
    expect(pdfDate("D:20180611140829-04'00'")).toBe('2018-06-11T18:08:29Z');
    expect(pdfDate('D:2008')).toBe('2008-01-01');
    expect(splitSiteTitle('Budget passes - Example News')).toEqual({ title: 'Budget passes', site: 'Example News' });
    expect(splitSiteTitle('Docx4j - Getting Started With A Long Subtitle Here')).toEqual({ title: 'Docx4j - Getting Started With A Long Subtitle Here', site: null });
  });

  it('a generated PDF: heading as title, junk author dropped, hyphenation undone, paragraphs split at gaps', async () => {
    const bytes = await makePdf(null, [
      'The city council approved a budget of $310 million on Monday, an in-',
      'crease of 4 percent on last year, officials said after the vote.',
      '',
      'Spending on schools rises to $92 million.',
    ]);
    const out = await importFile({ name: 'budget.pdf', path: 'budget.pdf', bytes });
    if (!out.ok) throw new Error(out.failure.message);
    const a = out.article;
    expect(a.title).toBe('Council budget passes');
    expect(a.author).toBeNull();
    expect(a.paragraphs).toEqual([
      'The city council approved a budget of $310 million on Monday, an increase of 4 percent on last year, officials said after the vote.',
      'Spending on schools rises to $92 million.',
    ]);
  });

  it('metadata title wins and the input bytes stay usable (pdf.js gets a copy)', async () => {
    const bytes = await makePdf('Budget vote - Example Times', ['The council approved the budget by 7 votes to 2 on Monday evening, officials said.']);
    const first = await importFile({ name: 'a.pdf', path: 'a.pdf', bytes });
    const again = await importFile({ name: 'a.pdf', path: 'a.pdf', bytes });
    expect(first.ok && first.article.title).toBe('Budget vote');
    expect(first.ok && first.article.outlet).toBe('Example Times');
    expect(again.ok && first.ok && again.article.hash === first.article.hash).toBe(true);
  });
});

import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { artifact, importVia, openApp, rowTitles, tempDir } from './helpers.js';

const GOOD_TITLE = 'Harbour authority reports record cargo volumes';
const GOOD_TEXT = `${GOOD_TITLE}

The harbour authority said on Tuesday that 4.2 million containers passed through its terminals last year, up 6 percent on the year before.

Officials credited a new rail link and longer opening hours. Unions said staffing had not kept pace with the growth in traffic.

A spokesperson declined to give a forecast for the coming year.
`;

async function truncatedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  page.drawText('This page will be cut off before the end of the file.', { font: await doc.embedFont(StandardFonts.Helvetica), x: 40, y: 700, size: 12 });
  const bytes = await doc.save();
  return bytes.slice(0, Math.floor(bytes.length / 3));
}

test('bad files get one clear line each while good files import', async ({ page }) => {
  const dir = tempDir('bad');
  const good = join(dir, 'good-article.txt');
  const empty = join(dir, 'empty.txt');
  const broken = join(dir, 'broken.pdf');
  writeFileSync(good, GOOD_TEXT);
  writeFileSync(empty, '');
  writeFileSync(broken, await truncatedPdf());

  await openApp(page);
  await importVia(page, 'files', [good, empty, broken]);

  await expect(page.getByTestId('import-summary')).toContainText('1 article imported');
  const failures = page.getByTestId('import-failures').locator('li');
  await expect(failures).toHaveCount(2);
  await expect(failures.filter({ hasText: 'empty.txt' })).toHaveCount(1);
  await expect(failures.filter({ hasText: 'broken.pdf' })).toHaveCount(1);
  // Each line says why, not just that it failed.
  for (const line of await failures.locator('.reason').allTextContents()) expect(line.trim().length).toBeGreaterThan(3);
  await expect(rowTitles(page)).toHaveText([GOOD_TITLE]);
  await page.screenshot({ path: artifact('04-failures.png') });

  // Same content again: reported as already in the library, not stored twice.
  const again = join(tempDir('again'), 'copy-of-good.txt');
  writeFileSync(again, GOOD_TEXT);
  await importVia(page, 'files', [again]);
  await expect(page.getByTestId('import-duplicates')).toContainText(`${GOOD_TITLE} — already in library`);
  await expect(page.getByTestId('import-summary')).toContainText('0 articles imported');
  await expect(rowTitles(page)).toHaveCount(1);
});

test('dropping files on the window shows the overlay and imports them', async ({ page }) => {
  await openApp(page);
  // Runs in the page; the Node-side tsconfig has no DOM lib, hence the narrow cast.
  const dataTransfer = await page.evaluateHandle((text) => {
    const w = globalThis as unknown as {
      DataTransfer: new () => { items: { add(f: unknown): void } };
      File: new (parts: string[], name: string, opts: { type: string }) => unknown;
    };
    const dt = new w.DataTransfer();
    dt.items.add(new w.File([text], 'dropped-note.txt', { type: 'text/plain' }));
    return dt;
  }, GOOD_TEXT);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.screenshot({ path: artifact('05-drop-overlay.png') });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
  await expect(page.getByTestId('import-summary')).toContainText('1 article imported');
  await expect(rowTitles(page)).toHaveText([GOOD_TITLE]);
});

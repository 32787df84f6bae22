import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importVia, openApp, rowButton, rowTitles, tempDir } from './helpers.js';
import { makeDocx, makePdf } from './make-files.js';

const PDF_TITLE = 'Regional airport passenger numbers recover';
const DOCX_TITLE = 'Water utility sets out five-year investment plan';
const HTML_TITLE = 'Library opening hours extended over the summer';

test('PDF, DOCX and HTML files are parsed in the browser worker', async ({ page }) => {
  const dir = tempDir('formats');
  writeFileSync(
    join(dir, 'airport.pdf'),
    await makePdf(PDF_TITLE, [
      'The airport handled 2.1 million passengers in the first half of the year, close to its pre-pandemic level.',
      'Managers said two new routes would open in the autumn, and that about 150 seasonal staff had been hired.',
    ]),
  );
  writeFileSync(
    join(dir, 'utility.docx'),
    await makeDocx(DOCX_TITLE, [
      'The utility will spend 480 million on pipes and treatment works over five years, it said on Thursday.',
      'Customers can expect bills to rise by roughly 3 percent a year over the period, according to the plan.',
    ]),
  );
  writeFileSync(
    join(dir, 'library.html'),
    `<!doctype html><html><head><title>${HTML_TITLE} | Town News</title></head><body>
     <nav><a href="/">Home</a> <a href="/news">News</a></nav>
     <article><h1>${HTML_TITLE}</h1>
     <p>The central library will stay open until 8pm on weekdays from next month, the council said, a change that will run for 10 weeks.</p>
     <p>Staff said visits had risen by a fifth since the reading room was refurbished, and volunteers will help cover the extra hours.</p>
     <p>The council said it would review the change in the autumn before deciding whether to make the longer hours permanent.</p>
     <script>document.title = 'should never run'</script></article></body></html>`,
  );

  await openApp(page);
  await importVia(page, 'folder', dir);
  await expect(page.getByTestId('import-summary')).toContainText('3 articles imported');
  await expect(rowTitles(page)).toHaveCount(3);

  for (const [title, format, phrase] of [
    [PDF_TITLE, 'PDF', '2.1 million passengers'],
    [DOCX_TITLE, 'DOCX', '480 million'],
    [HTML_TITLE, 'HTML', 'until 8pm on weekdays'],
  ] as const) {
    await rowButton(page, title).click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await expect(reader.getByRole('heading', { name: title })).toBeVisible();
    await expect(reader).toContainText(format);
    await expect(page.getByTestId('reader-body')).toContainText(phrase);
  }
  // Article content is text: the script in the HTML file never ran and is not shown as markup.
  await expect(page).toHaveTitle('Crosscheck');
  await expect(page.getByTestId('reader-body').locator('script')).toHaveCount(0);
});

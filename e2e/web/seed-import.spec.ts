import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS, SEEDS, artifact, importVia, openApp, rowButton, rowTitles } from './helpers.js';

interface Expected {
  articles: { file: string; title: string }[];
}
const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')) as Expected;
const titles = expected.articles.map((a) => a.title);

test('imports the seed folder, opens an article, and keeps everything after a reload', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await page.screenshot({ path: artifact('01-empty.png') });

  await importVia(page, 'folder', SEEDS);

  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText(`${titles.length} articles imported`);
  // expected.json sits in the folder too: it is not an article, so it is skipped, not a failure (0115).
  await expect(summary).toContainText('0 failures');
  await expect(page.getByTestId('import-skipped-count')).toHaveText('1 skipped');
  await expect(page.getByTestId('import-failures')).toHaveCount(0);
  await expect(page.getByTestId('import-skipped').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('import-skipped')).toContainText('expected.json — not an article (.json file)');
  await expect(rowTitles(page)).toHaveCount(titles.length);
  await expect(rowTitles(page)).toHaveText([...titles].sort((a, b) => a.localeCompare(b)));
  await page.screenshot({ path: artifact('02-imported.png') });

  // Open one article: title, byline and several body paragraphs rendered as text.
  const pick = titles[3];
  await rowButton(page, pick).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { name: pick })).toBeVisible();
  const paragraphs = page.getByTestId('reader-body').locator('p');
  expect(await paragraphs.count()).toBeGreaterThan(2);
  await expect(paragraphs.first()).not.toBeEmpty();
  await page.getByRole('button', { name: 'Close import report' }).click();
  await page.screenshot({ path: artifact('03-reader.png') });

  await page.reload();
  await expect(rowTitles(page)).toHaveCount(titles.length);
  for (const t of titles) await expect(rowTitles(page).filter({ hasText: t })).toHaveCount(1);
  await expect(page.getByTestId('article-count')).toHaveText(`${titles.length} articles`);
});

test('sorts by column header and exposes aria-sort', async ({ page }) => {
  await openApp(page);
  await importVia(page, 'folder', SEEDS);
  const table = page.getByRole('table', { name: 'Articles' });
  const titleHeader = table.getByRole('columnheader', { name: /Title/ });
  const wordsHeader = table.getByRole('columnheader', { name: /Words/ });
  await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(wordsHeader).toHaveAttribute('aria-sort', 'none');

  // One click each (decision 0078): the stories found after the import no longer move the table under the pointer.
  await wordsHeader.getByRole('button').click();
  await expect(wordsHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(titleHeader).toHaveAttribute('aria-sort', 'none');
  const words = (await table.locator('tbody td.c-words').allTextContents()).map((w) => Number(w.replace(/,/g, '')));
  expect(words).toEqual([...words].sort((a, b) => b - a));

  await titleHeader.getByRole('button').click();
  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rowTitles(page)).toHaveText([...titles].sort((a, b) => b.localeCompare(a)));
});

test('an event folder: expected.json and SOURCE.txt are listed as skipped on demand, not imported, not failures', async ({ page }) => {
  const folder = join(EVENTS, 'mattis-resigns-2018');
  const articles = readdirSync(folder).filter((f) => /^\d{3}_.*\.txt$/.test(f));
  await openApp(page);
  await importVia(page, 'folder', folder);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText(`${articles.length} articles imported`);
  await expect(summary).toContainText('0 failures');
  await expect(summary.getByTestId('import-skipped-count')).toHaveText('2 skipped');
  await expect(page.getByTestId('import-skipped')).toBeHidden();
  await summary.getByRole('button', { name: /^Details/ }).click();
  const skipped = page.getByTestId('import-skipped').locator('li');
  await expect(skipped).toHaveCount(2);
  await expect(skipped.filter({ hasText: 'SOURCE.txt — not an article (SOURCE note)' })).toHaveCount(1);
  await expect(skipped.filter({ hasText: 'expected.json — not an article (.json file)' })).toHaveCount(1);
  await expect(rowTitles(page)).toHaveCount(articles.length);
  await expect(rowTitles(page).filter({ hasText: /^SOURCE$/ })).toHaveCount(0);
  await page.screenshot({ path: artifact('import-skipped-event.png') });
});

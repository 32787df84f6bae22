import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS, artifact, importVia, openApp, rowButton, rowTitles } from './helpers.js';

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
  // expected.json sits in the folder too: it is not an article, and the report must say so on one line.
  await expect(page.getByTestId('import-failures').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('import-failures')).toContainText('expected.json — unsupported file type (.json)');
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

import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS, artifact, importVia, openApp, seriousViolations, storedRecords } from './helpers.js';

// Queries come from the seed files at run time (no corpus text is written into the repository).
const seedTexts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const titles = (JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')) as { articles: { title: string }[] }).articles.map((a) => a.title);

/** A figure written with thousands separators in some seed, e.g. "12,345": searched for without them. */
function groupedFigure(): string {
  for (const t of seedTexts) {
    const m = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,.]\d)/.exec(t);
    if (m) return m[0];
  }
  throw new Error('no grouped figure in the seeds');
}

/** The longest word of a title that no other seed title contains. */
function distinctiveWord(): { word: string; title: string } {
  for (const title of titles) {
    const words = title.split(/[^\p{L}]+/u).filter((w) => w.length >= 6).sort((a, b) => b.length - a.length);
    for (const w of words) if (titles.filter((t) => t.toLowerCase().includes(w.toLowerCase())).length === 1) return { word: w, title };
  }
  throw new Error('no distinctive title word');
}

/** The seeds imported, the report closed, and the search palette opened with Ctrl+K. */
async function seedsWithSearchOpen(page: Page) {
  await openApp(page);
  await importVia(page, 'folder', SEEDS);
  await page.getByRole('button', { name: 'Close import report' }).click();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  return { palette, box: palette.getByRole('combobox', { name: 'Search the library' }) };
}

async function windowScroll(page: Page) {
  // A string, evaluated in the page (this file is type-checked without the DOM library).
  return page.evaluate('({ x: window.scrollX, y: window.scrollY, top: document.scrollingElement ? document.scrollingElement.scrollTop : 0 })');
}

test('search a word and a figure from Ctrl+K and open the results at the match', async ({ page }) => {
  await openApp(page);
  await importVia(page, 'folder', SEEDS);
  await page.getByRole('button', { name: 'Close import report' }).click();

  const before = page.getByRole('button', { name: /^Search/ });
  await before.focus();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await expect(palette).toBeVisible();
  const box = palette.getByRole('combobox', { name: 'Search the library' });
  await expect(box).toBeFocused();

  // A word: its article comes up, the word is marked, Enter opens it in the reader.
  const { word, title } = distinctiveWord();
  await box.pressSequentially(word.toLowerCase(), { delay: 15 });
  const results = palette.getByRole('listbox', { name: 'Search results' });
  const group = results.getByRole('group', { name: title });
  await expect(group).toBeVisible();
  await expect(group.locator('mark').first()).toHaveText(new RegExp(word, 'i'));
  await page.screenshot({ path: artifact('search-01-word.png') });
  // The first option of that article is the active one after moving to it with the arrows.
  const options = results.getByRole('option');
  const firstOfGroup = group.getByRole('option').first();
  const target = await firstOfGroup.getAttribute('id');
  for (let i = 0; i < 20 && (await box.getAttribute('aria-activedescendant')) !== target; i++) await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', target!);
  await expect(firstOfGroup).toHaveAttribute('aria-selected', 'true');
  expect(await options.count()).toBeGreaterThan(0);
  await box.press('Enter');
  await expect(palette).toBeHidden();
  await expect(before).toBeFocused();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { name: title })).toBeVisible();
  // Opened at the match: the reader marks the matched range.
  const found = page.getByTestId('reader-column').locator('.found');
  await expect(found.first()).toHaveText(new RegExp(word.slice(0, 5), 'i'));

  // A figure typed without separators finds the text that writes it with them.
  const figure = groupedFigure();
  const plain = figure.replace(/,/g, '');
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await box.fill(plain);
  await expect(palette.getByTestId('search-count')).toContainText('article');
  // Once the analysis has run, the figure is also found as a statistic (by its value), listed first.
  const statsGroup = results.getByRole('group', { name: /^Statistics/ });
  await expect(statsGroup).toBeVisible({ timeout: 20_000 });
  await expect(statsGroup.getByRole('option').first()).toContainText(figure);
  // The article passages follow.
  const hit = results.locator('[role="group"]:has(.article) [role="option"] mark', { hasText: figure }).first();
  await expect(hit).toBeVisible();
  await page.screenshot({ path: artifact('search-02-figure.png') });
  expect(await seriousViolations(page)).toEqual([]);
  const option = hit.locator('xpath=ancestor::*[@role="option"][1]');
  const groupName = await option.locator('xpath=ancestor::*[@role="group"][1]').getAttribute('aria-labelledby');
  const articleTitle = (await page.locator(`[id="${groupName}"] .title`).textContent())!.trim();
  await option.click();
  await expect(palette).toBeHidden();
  await expect(reader.getByRole('heading', { name: articleTitle })).toBeVisible();
  // The reader marks the figure as written, at the passage chosen.
  await expect(found.first()).toHaveText(figure);
  await page.screenshot({ path: artifact('search-03-opened.png') });

  // "/" opens it from anywhere outside a text field, Escape closes it and gives focus back.
  await before.focus();
  await page.keyboard.press('/');
  await expect(palette).toBeVisible();
  await expect(box).toHaveValue(plain);
  await box.fill('zzqxvbnonsenseword');
  await expect(palette.getByTestId('search-empty')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(before).toBeFocused();

  expect(await windowScroll(page)).toEqual({ x: 0, y: 0, top: 0 });
});

test('filters narrow the results, and the index survives a reload without rebuilding', async ({ page }) => {
  const { palette, box } = await seedsWithSearchOpen(page);
  const { word } = distinctiveWord();
  await box.fill(word);
  await expect(palette.getByTestId('search-count')).toBeVisible();
  const countBefore = await palette.getByTestId('search-count').textContent();
  const groupsBefore = await palette.getByRole('listbox').getByRole('group').allTextContents();
  // A word in every seed: the whole library matches.
  await box.fill('mali');
  await expect(palette.getByTestId('search-count')).toHaveText(`${titles.length} articles`);
  // One outlet: only its articles remain (the seeds name an outlet for some of them only).
  const outlet = palette.getByLabel('Outlet');
  const named = (await outlet.locator('option').allTextContents()).filter((o) => o !== 'All outlets' && o !== 'No outlet');
  expect(named.length).toBeGreaterThan(0);
  await outlet.selectOption({ label: named[0]! });
  await expect(palette.getByTestId('search-count')).not.toHaveText(`${titles.length} articles`);
  await expect(palette.getByRole('listbox').getByRole('group').first()).toContainText(named[0]!);
  await palette.getByRole('button', { name: 'Clear filters' }).click();
  await expect(palette.getByTestId('search-count')).toHaveText(`${titles.length} articles`);
  // A date range nothing falls in: undated articles are left out too, and the message says the filters did it.
  await palette.getByLabel('From').fill('2999-01-01');
  await palette.getByLabel('From').dispatchEvent('change');
  await expect(palette.getByTestId('search-empty')).toContainText('with these filters');
  await page.screenshot({ path: artifact('search-04-filtered.png') });
  await page.keyboard.press('Escape');

  // After a reload the stored index answers (the library is not re-read to rebuild it).
  // The index is saved 1.5 s after the last change: wait until the stored one holds every article, then reload.
  const storedDocs = async () => {
    const recs = (await storedRecords(page, 'searchIndex')) as { key: string; value: { id?: (string | null)[] } }[];
    if (!recs.some((r) => r.key === 'manifest')) return -1;
    return recs.find((r) => r.key === 'docs')?.value.id?.filter((id) => id !== null).length ?? -1;
  };
  await expect.poll(storedDocs, { timeout: 20_000 }).toBe(titles.length);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Articles' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await box.fill(word);
  await expect(palette).toHaveAttribute('data-index-source', 'store');
  await expect(palette.getByTestId('search-count')).toHaveText(countBefore!);
  expect(await palette.getByRole('listbox').getByRole('group').allTextContents()).toEqual(groupsBefore);
  const stored = (await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('crosscheck');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('searchIndex').objectStore('searchIndex').getAllKeys();
      req.onsuccess = () => { open.result.close(); resolve(req.result.map(String)); };
    };
  })`)) as string[];
  expect(stored).toEqual(expect.arrayContaining(['manifest', 'meta', 'docs', 'body']));
  expect(stored.some((k) => k.startsWith('seg:'))).toBe(true);
});

test('a figure searched before the analysis lands is listed as a statistic once it does', async ({ page }) => {
  // Hold the analysis worker's script back until the query has been answered, so the statistics arrive under it
  // (a fixed delay is not enough: on a loaded machine the import alone can outlast it).
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(/analysis\.worker[^/]*\.js/, async (route) => {
    await released;
    await route.continue();
  });
  const { palette, box } = await seedsWithSearchOpen(page);
  const figure = groupedFigure();
  await box.fill(figure.replace(/,/g, ''));
  const results = palette.getByRole('listbox', { name: 'Search results' });
  await expect(palette.getByTestId('search-count')).toContainText('article');
  const statsGroup = results.getByRole('group', { name: /^Statistics/ });
  expect(await statsGroup.count()).toBe(0);
  release();
  await expect(statsGroup).toBeVisible({ timeout: 30_000 });
  await expect(statsGroup.getByRole('option').first()).toContainText(figure);
});

import { expect, test, type Page } from '@playwright/test';
import { SEEDS, artifact, importVia, openApp } from './helpers.js';

/**
 * What a checker tripped over walking through the app with three articles side by side (decision 0089): the
 * reader's status keys broke inside themselves, and beside the board the columns were too narrow to use.
 */

/** Text of each element of `selector` that the layout drew on more than one line (distinct tops of its line boxes). */
async function wrapped(page: Page, selector: string): Promise<string[]> {
  return (await page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].filter((el) => {
    const r = document.createRange();
    r.selectNodeContents(el);
    return new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top))).size > 1;
  }).map((el) => el.textContent.trim())`)) as string[];
}

/** Width of each reader column, and whether each one's Delete… button lies inside it (not cut off at its edge). */
async function columns(page: Page): Promise<{ width: number; deleteInside: boolean }[]> {
  return (await page.evaluate(`[...document.querySelectorAll('[data-testid="reader-column"]')].map((c) => {
    const box = c.getBoundingClientRect();
    const del = [...c.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Delete…');
    const d = del ? del.getBoundingClientRect() : null;
    return { width: Math.round(box.width), deleteInside: !!d && d.right <= box.right + 0.5 };
  })`)) as { width: number; deleteInside: boolean }[];
}

test('at 1024 px with a case open, the header’s Search button shows its whole label', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page);
  await importVia(page, 'folder', SEEDS);
  await page.getByTestId('import-stories').getByRole('button', { name: '1 suggested case' }).click({ timeout: 30_000 });
  await page.getByTestId('case-suggestions').getByRole('button', { name: /^Accept/ }).click();
  await page.getByTestId('suggestions-made').getByRole('button', { name: /./ }).first().click();
  await expect(page.getByTestId('import-target')).toBeVisible();
  const search = page.getByRole('button', { name: /^Search/ });
  await page.screenshot({ path: artifact('walk-1024-header-case.png') });
  // Nothing of the button's content is cut: it is as wide as what it holds, and inside the window.
  await expect(search).toBeVisible();
  // Nothing of it is squeezed: the magnifier keeps its width, and icon and word lie inside the button and the window.
  const fit = (await page.evaluate(`(() => {
    const b = document.querySelector('header button[aria-keyshortcuts]');
    const box = b.getBoundingClientRect(), icon = b.querySelector('svg').getBoundingClientRect();
    const r = document.createRange();
    r.selectNodeContents(b);
    const text = [...r.getClientRects()].filter((x) => x.width > 0);
    return { icon: Math.round(icon.width), iconInside: icon.left >= box.left, textInside: text.every((x) => x.right <= box.right + 0.5),
      inWindow: box.right <= window.innerWidth };
  })()`)) as { icon: number; iconInside: boolean; textInside: boolean; inWindow: boolean };
  expect(fit).toEqual({ icon: 15, iconInside: true, textInside: true, inWindow: true });
  await expect(page.getByTestId('case-switcher')).toBeVisible();
});

test('three articles side by side: the status keys stay whole, and beside the board the columns stay usable', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page);
  await importVia(page, 'folder', SEEDS);
  await page.getByRole('button', { name: 'Close import report' }).click();
  const boxes = page.getByRole('table', { name: 'Articles' }).locator('tbody').getByRole('checkbox');
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByTestId('reader-column')).toHaveCount(3);
  await expect(reader.getByTestId('mark-legend').first()).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: artifact('walk-1024-legend.png') });
  // "≠ contested" is one key: never "≠" at a line's end and "contested" on the next.
  expect(await wrapped(page, '[data-testid="mark-legend"] .key')).toEqual([]);

  // The board with the same three columns beside it, at a common desktop size.
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.getByRole('tab', { name: /Board/ }).click();
  await expect(page.getByText(/^Open a card/)).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: artifact('walk-1400-board-3-columns.png') });
  const cols = await columns(page);
  expect(cols).toHaveLength(3);
  for (const c of cols) {
    expect(c.width, 'reader column width beside the board (px)').toBeGreaterThanOrEqual(240);
    expect(c.deleteInside, 'Delete… drawn inside its column').toBe(true);
  }
  // A card's facts are separated by " · ", never glued to the word before ("4 independent sources· 5 articles"); the
  // seeds have a quantity quoted by more articles than independent sources, so that part is shown.
  const facts = await page.getByTestId('board-column').locator('p.facts').allTextContents();
  expect(facts.some((f) => /\d+ articles/.test(f))).toBe(true);
  expect(facts.filter((f) => /\S·|·\S/.test(f))).toEqual([]);
  // An open card's sources stay readable beside the reader: the article's title is never broken inside its words
  // (an "anywhere" wrap let the table squeeze the column to 5-9 letters a line).
  await page.getByTestId('board-card').first().getByTestId('card-open').click();
  const sources = page.getByTestId('board-detail').locator('td.source');
  await expect(sources.first()).toBeVisible();
  for (const w of await sources.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().width))) {
    expect(w, 'source column width in an open card (px)').toBeGreaterThanOrEqual(100);
  }
  await page.screenshot({ path: artifact('walk-1400-board-card-sources.png') });
  await page.getByRole('button', { name: 'Close card' }).click();
  // The board keeps its three columns of cards.
  expect(await page.getByTestId('board-column').count()).toBe(3);
  const board = (await page.getByRole('tabpanel', { name: /Board/ }).boundingBox())!;
  expect(board.width).toBeGreaterThanOrEqual(480);
});

test('Statistics of a case with no articles yet says so, once, instead of "no statistics found in these articles"', async ({ page }) => {
  await openApp(page);
  await importVia(page, 'folder', SEEDS);
  await page.getByTestId('case-switcher').click();
  await page.getByRole('menuitem', { name: /New case/ }).click();
  await page.keyboard.type('Empty for now');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('empty-case')).toBeVisible();
  await page.getByRole('tab', { name: /Statistics/ }).click();
  const panel = page.getByRole('tabpanel', { name: /Statistics/ });
  await expect(panel.getByTestId('no-articles')).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId('no-contested')).toHaveCount(0);
  await expect(panel).not.toContainText('No statistics were found');
  await page.screenshot({ path: artifact('walk-empty-case-statistics.png') });
});

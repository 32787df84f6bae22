// The Library table draws only the rows in view (decision 0118). With a library of thousands of articles: only a
// window of rows is in the DOM, keyboard navigation reaches the last row with the right row index, ticks survive
// scrolling them out of view and back, and select all ticks rows never drawn.
import { expect, test, type Page } from '@playwright/test';
import type { Article } from '../../src/core/model/index.js';
import { seedLibrary, syntheticLibrary } from '../../bench/ui/library.js';
import { artifact, openApp } from './helpers.js';

const COPIES = 3;

/** The synthetic library three times over (ids and hashes made distinct, titles numbered): 3,000 rows. */
async function bigLibrary(): Promise<Article[]> {
  const base = await syntheticLibrary(1000);
  return Array.from({ length: COPIES }, (_, k) =>
    base.map((a) => (k === 0 ? a : { ...a, id: `${a.id}-${k}`, hash: `${a.hash}-${k}`, title: `${a.title} (${k + 1})` })),
  ).flat();
}

const table = (page: Page) => page.getByRole('table', { name: 'Articles' });
const drawn = (page: Page) => table(page).locator('tbody tr[aria-rowindex]');
/** The focused row is wholly inside the scroller and below its sticky header. */
const focusedRowShown = (page: Page) =>
  page.evaluate(`(() => {
    const row = document.activeElement?.closest('tr');
    const wrap = row?.closest('table')?.parentElement;
    const head = wrap?.querySelector('thead');
    if (!row || !wrap || !head) return false;
    const r = row.getBoundingClientRect();
    return r.top >= head.getBoundingClientRect().bottom - 1 && r.bottom <= wrap.getBoundingClientRect().bottom + 1;
  })()`);
const rowIndex = async (page: Page, title: { id: string }) =>
  Number(await table(page).locator(`tr:has(button[data-id="${title.id}"])`).getAttribute('aria-rowindex'));

test('a large library draws a window of rows; keys reach the last row; ticks survive scrolling', async ({ page }) => {
  test.setTimeout(180_000);
  const articles = await bigLibrary();
  await openApp(page);
  await seedLibrary(page, articles);
  await expect(drawn(page).first()).toBeVisible({ timeout: 60_000 });
  await expect(table(page)).toHaveAttribute('aria-rowcount', String(articles.length + 1));
  await expect(page.getByTestId('article-count')).toContainText(`${articles.length} articles`);

  // Only a window is drawn, and the scroller is as tall as the whole list.
  const first = await drawn(page).count();
  expect(first).toBeGreaterThan(5);
  expect(first).toBeLessThan(100);
  const scroller = table(page).locator('xpath=..');
  const { scrollHeight, clientHeight } = await scroller.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
  expect(scrollHeight).toBeGreaterThan(articles.length * 20);
  expect(clientHeight).toBeLessThan(scrollHeight / 50);

  // Keyboard: focus the first row, End goes to the last, which is drawn with the last row index, focused, in view.
  const buttons = table(page).locator('tbody button[data-id]');
  await buttons.first().focus();
  await expect(buttons.first()).toBeFocused();
  const topIndex = Number(await drawn(page).first().getAttribute('aria-rowindex'));
  expect(topIndex).toBe(2);
  await page.keyboard.press('End');
  const focused = page.locator('table[aria-label="Articles"] tbody button:focus');
  await expect(focused).toHaveCount(1);
  await expect.poll(async () => Number(await focused.locator('xpath=ancestor::tr').getAttribute('aria-rowindex'))).toBe(articles.length + 1);
  await expect.poll(() => focusedRowShown(page)).toBe(true);
  expect(await drawn(page).count()).toBeLessThan(100);
  await page.screenshot({ path: artifact('library-window-end.png') });

  // PageUp moves by a screenful, ArrowUp by one: the row indexes say so, and the DOM stays a window.
  await page.keyboard.press('PageUp');
  const afterPage = Number(await focused.locator('xpath=ancestor::tr').getAttribute('aria-rowindex'));
  expect(afterPage).toBeLessThan(articles.length + 1 - 3);
  expect(afterPage).toBeGreaterThan(articles.length + 1 - 60);
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => Number(await focused.locator('xpath=ancestor::tr').getAttribute('aria-rowindex'))).toBe(afterPage - 1);
  await expect.poll(() => focusedRowShown(page)).toBe(true);
  await page.keyboard.press('Home');
  await expect.poll(async () => Number(await focused.locator('xpath=ancestor::tr').getAttribute('aria-rowindex'))).toBe(2);
  await expect.poll(() => focusedRowShown(page)).toBe(true);

  // Every drawn row's index matches its place in the list: the title of rowindex n is the n-1th shown article.
  const ids = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
  const idx = await drawn(page).evaluateAll((els) => els.map((e) => Number(e.getAttribute('aria-rowindex'))));
  expect(idx).toEqual([...idx].sort((a, b) => a - b));
  expect(new Set(ids).size).toBe(ids.length);

  // Ticks: tick the second row, scroll far away (it leaves the DOM), scroll back: still ticked.
  const second = drawn(page).nth(1);
  const secondId = (await second.locator('button[data-id]').getAttribute('data-id'))!;
  await second.getByRole('checkbox').check();
  await expect(page.getByText('1 ticked')).toBeVisible();
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(table(page).locator(`button[data-id="${secondId}"]`)).toHaveCount(0);
  const middle = Number(await drawn(page).nth(5).getAttribute('aria-rowindex'));
  expect(middle).toBeGreaterThan(articles.length / 4);
  await page.screenshot({ path: artifact('library-window-middle.png') });
  await scroller.evaluate((el) => (el.scrollTop = 0));
  const back = table(page).locator(`tr:has(button[data-id="${secondId}"])`);
  await expect(back.getByRole('checkbox')).toBeChecked();
  expect(await rowIndex(page, { id: secondId })).toBe(3);

  // Tick all ticks rows never drawn: the last row, reached by End, is ticked.
  await table(page).getByRole('checkbox', { name: 'Tick all articles' }).check();
  await buttons.first().focus();
  await page.keyboard.press('End');
  await expect.poll(async () => Number(await focused.locator('xpath=ancestor::tr').getAttribute('aria-rowindex'))).toBe(articles.length + 1);
  await expect(focused.locator('xpath=ancestor::tr').getByRole('checkbox')).toBeChecked();
  await expect(page.getByText(`${articles.length} ticked`)).toBeVisible();
});

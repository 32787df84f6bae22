import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, SEEDS, artifact, importVia, openApp, seriousViolations, tempDir } from './helpers.js';

/**
 * Only panes scroll, never the window: on every screen the document is exactly as tall as the viewport, and End,
 * the mouse wheel over the header or a script asking the window to scroll leave it where it is.
 */
async function expectWindowStill(page: Page, screen: string) {
  // Strings: this file is type-checked without the DOM library.
  const measure = async () =>
    (await page.evaluate(`({
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
      y: window.scrollY,
    })`)) as { scrollHeight: number; scrollWidth: number; innerHeight: number; innerWidth: number; y: number };
  const before = await measure();
  expect(before.scrollHeight, `${screen}: document height`).toBe(before.innerHeight);
  expect(before.scrollWidth, `${screen}: document width`).toBeLessThanOrEqual(before.innerWidth);

  await page.mouse.move(before.innerWidth / 2, 15);
  await page.mouse.wheel(0, 2000);
  await page.evaluate(`window.scrollTo(0, 100000)`);
  await page.keyboard.press('End');
  await page.waitForTimeout(100);
  const after = await measure();
  expect(after.y, `${screen}: window scrolled`).toBe(0);
  expect(after.scrollHeight, `${screen}: document height after End`).toBe(after.innerHeight);
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`the window never scrolls at ${size.width}×${size.height}: library, statistics, reader, search, board`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await expectWindowStill(page, 'empty library');

    await importVia(page, 'folder', SEEDS);
    await expectWindowStill(page, 'import summary');
    await page.getByRole('button', { name: 'Close import report' }).click();
    await expect(page.getByTestId('analysis-status')).not.toContainText('Analysing', { timeout: 30_000 });

    // Library with one article open.
    await page.getByRole('table', { name: 'Articles' }).locator('tbody button[data-id]').first().click();
    await expect(page.getByTestId('reader-body')).toBeVisible();
    await expectWindowStill(page, 'library');
    await page.screenshot({ path: artifact(`layout-${size.width}-library.png`) });

    // Statistics with every status shown: the longest list of cards (each with a visually hidden table caption).
    await page.getByRole('tab', { name: /Statistics/ }).click();
    await expect(page.getByTestId('quantity-card').first()).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('chip-single-source').click();
    await expect(page.locator('[data-testid="quantity-card"][data-status="single-source"]').first()).toBeVisible();
    const list = page.getByTestId('quantity-list');
    expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await expectWindowStill(page, 'statistics');
    // The pane itself scrolls to its end.
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    expect(await list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expectWindowStill(page, 'statistics scrolled');
    await page.screenshot({ path: artifact(`layout-${size.width}-statistics.png`) });

    // Reader with three columns.
    await page.getByRole('tab', { name: /Library/ }).click();
    const boxes = page.getByRole('table', { name: 'Articles' }).locator('tbody').getByRole('checkbox');
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await page.getByRole('button', { name: 'Compare side by side' }).click();
    await expect(page.getByRole('region', { name: 'Reader' }).getByTestId('reader-column')).toHaveCount(3);
    await expectWindowStill(page, 'reader');
    await page.screenshot({ path: artifact(`layout-${size.width}-reader.png`) });

    // Search palette with results.
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search the library' });
    await expect(box).toBeFocused();
    await page.keyboard.type('peacekeepers');
    await expect(page.locator('mark').first()).toBeVisible();
    await expectWindowStill(page, 'search');
    await page.screenshot({ path: artifact(`layout-${size.width}-search.png`) });
    await page.keyboard.press('Escape');

    // The board, where this build has one.
    const board = page.getByRole('tab', { name: /Board/ });
    if (await board.count()) {
      await board.click();
      await expectWindowStill(page, 'board');
      // A long column scrolls inside itself: nothing of it is drawn over the hint below the columns.
      await expect(page.getByText(/^Open a card/)).toBeVisible({ timeout: 30_000 });
      // Enough cards in one column to overflow it.
      await page.getByRole('button', { name: 'Single source', exact: true }).click();
      for (let i = 0; i < 8; i++) await page.getByRole('button', { name: /^Put .* on the board$/ }).first().click();
      await expect(page.getByTestId('board-column').first().getByRole('listitem')).toHaveCount(10);
      const spill = await page.evaluate(`(() => {
        const hint = [...document.querySelectorAll('p')].find((p) => p.textContent.startsWith('Open a card'));
        const top = hint.getBoundingClientRect().top;
        return Math.max(...[...document.querySelectorAll('[data-testid="board-column"]')].map((c) => c.getBoundingClientRect().bottom - top));
      })()`);
      expect(spill, 'board columns drawn over the hint (px)').toBeLessThanOrEqual(0);
      await page.screenshot({ path: artifact(`layout-${size.width}-board.png`) });
    }
  });
}

/** Characters of each row title actually drawn inside its button (not cut off by an ellipsis or a line clamp). */
async function visibleTitleChars(page: Page): Promise<{ title: string; shown: number }[]> {
  return (await page.evaluate(`[...document.querySelectorAll('table[aria-label="Articles"] tbody button[data-id]')].map((b) => {
    const box = b.getBoundingClientRect();
    const text = b.firstChild && b.firstChild.nodeType === 3 ? b.firstChild : [...b.childNodes].find((n) => n.nodeType === 3 && n.textContent.trim());
    const title = (b.textContent || '').trim();
    if (!text) return { title, shown: 0 };
    const r = document.createRange();
    let shown = 0;
    for (let i = 0; i < text.textContent.length; i++) {
      if (!text.textContent[i].trim()) continue;
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      const c = r.getBoundingClientRect();
      if (c.width > 0 && c.right <= box.right + 0.5 && c.bottom <= box.bottom + 0.5) shown++;
    }
    return { title, shown };
  })`)) as { title: string; shown: number }[];
}

test('at 1024×700 the import report stays compact, library titles are readable, and Help opens About', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page);
  await importVia(page, 'folder', SEEDS);
  const summary = page.getByTestId('import-summary');
  const box = (await summary.boundingBox())!;
  // One line of counts (expected.json skipped, not failed: 0115); the skipped file and the articles behind Details (0065).
  expect(box.height).toBeLessThanOrEqual(40);
  await expect(summary).toContainText('0 failures');
  await expect(summary.getByTestId('import-skipped-count')).toHaveText('1 skipped');
  await expect(page.getByTestId('import-skipped')).toBeHidden();
  await expect(page.getByTestId('import-imported')).toBeHidden();
  await summary.getByRole('button', { name: /^Details/ }).click();
  await expect(page.getByTestId('import-skipped')).toBeVisible();
  await expect(page.getByTestId('import-imported')).toBeVisible();
  await page.screenshot({ path: artifact('layout-1024-import-summary.png') });
  await page.getByRole('button', { name: 'Close import report' }).click();

  // Titles: at least 28 visible characters (or the whole title), with the list beside one reader column and two.
  const nonSpace = (t: string) => t.replace(/\s/g, '').length;
  await page.getByRole('table', { name: 'Articles' }).locator('tbody button[data-id]').first().click();
  for (const { title, shown } of await visibleTitleChars(page)) expect(shown, title).toBeGreaterThanOrEqual(Math.min(28, nonSpace(title)));
  const boxes = page.getByRole('table', { name: 'Articles' }).locator('tbody').getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  await expect(page.getByRole('region', { name: 'Reader' }).getByTestId('reader-column')).toHaveCount(2);
  for (const { title, shown } of await visibleTitleChars(page)) expect(shown, title).toBeGreaterThanOrEqual(Math.min(28, nonSpace(title)));
  await page.screenshot({ path: artifact('layout-1024-library-2-columns.png') });

  // Help → About, in the web build too; Escape closes it.
  await page.getByRole('button', { name: 'Help: about Crosscheck' }).click();
  const about = page.getByRole('dialog', { name: 'Crosscheck' });
  await expect(about).toBeVisible();
  await expect(about).toContainText('in this browser');
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
});

test('after importing folders, the report and the suggested cases leave the window to the library', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await importVia(page, 'folder', SEEDS);
  const summary = page.getByTestId('import-summary');
  const panel = page.getByTestId('case-suggestions');
  // The story found is counted on the report's line (0078); the list opens on request, one line per story (0066),
  // over the library (0089).
  await summary.getByRole('button', { name: '1 suggested case' }).click({ timeout: 30_000 });
  await expect(panel.getByTestId('suggestion')).toHaveCount(1);
  expect((await summary.boundingBox())!.height).toBeLessThanOrEqual(40);
  // Over the reader's side of the window: the titles column is not under it.
  const title = (await page.getByRole('columnheader', { name: /Title/ }).boundingBox())!;
  expect(await page.evaluate(`document.elementFromPoint(${title.x + 5}, ${title.y + title.height / 2}).closest('table')?.getAttribute('aria-label')`)).toBe('Articles');

  // Open, then another import: the panel closes when it starts, and the new story is counted on the report's line.
  await importVia(page, 'folder', EXAMPLES);
  await expect(panel).toHaveCount(0);
  await expect(summary.getByTestId('import-stories')).toHaveText(/2 suggested cases/, { timeout: 30_000 });
  const table = (await page.getByRole('table', { name: 'Articles' }).boundingBox())!;
  expect(table.y).toBeLessThanOrEqual(860 * 0.3);
  await page.screenshot({ path: artifact('layout-1360-import-compact.png') });

  // Everything stays one key away: open the stories, open the report's details.
  await summary.getByRole('button', { name: '2 suggested cases' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('suggestion')).toHaveCount(2);
  await expect(panel.getByTestId('suggestion').first()).toBeVisible();
  await summary.getByRole('button', { name: /^Details/ }).focus();
  await page.keyboard.press('Enter');
  await expect(summary.getByRole('button', { name: /^Details/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('import-imported')).toBeVisible();
  await page.screenshot({ path: artifact('layout-1360-import-details.png') });
  expect(await seriousViolations(page)).toEqual([]);
});

/**
 * Where the library table's top-left corner was drawn, frame by frame, from `start` until `stop` (strings: this file
 * is type-checked without the DOM library). Every animation frame is sampled, so a move of one frame is seen.
 */
const tableCorners = {
  start: `(() => { window.__corners = new Set(); const tick = () => {
    const t = document.querySelector('table[aria-label="Articles"]');
    if (t) { const r = t.getBoundingClientRect(); window.__corners.add(Math.round(r.x) + ',' + Math.round(r.y)); }
    if (window.__corners) requestAnimationFrame(tick); }; tick(); })()`,
  stop: `(() => { const c = [...window.__corners]; window.__corners = null; return c; })()`,
};

test('the library table stays put while an import ends and its stories are found; they open on request', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await importVia(page, 'folder', EXAMPLES);
  const stories = page.getByTestId('import-stories');
  await expect(stories).toContainText('1 suggested case', { timeout: 30_000 });
  const table = page.getByRole('table', { name: 'Articles' });
  const before = (await table.boundingBox())!;

  // The next import: progress, then its report, then the story search's answer, all in the report's one line.
  await page.evaluate(tableCorners.start);
  await importVia(page, 'folder', SEEDS);
  await expect(stories).toContainText('2 suggested cases', { timeout: 30_000 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(tableCorners.stop), 'table corners drawn during and after the import').toEqual([`${Math.round(before.x)},${Math.round(before.y)}`]);
  // Nothing opened by itself: the stories wait behind the count.
  await expect(page.getByTestId('case-suggestions')).toHaveCount(0);
  // One click sorts: nothing moved the header between finding it and clicking it.
  const words = table.getByRole('columnheader', { name: /Words/ });
  await words.getByRole('button').click();
  await expect(words).toHaveAttribute('aria-sort', 'descending');

  // On request the stories open under the report, over the library.
  await stories.getByRole('button', { name: '2 suggested cases' }).click();
  const panel = page.getByTestId('case-suggestions');
  await expect(panel.getByTestId('suggestion')).toHaveCount(2);
  await page.screenshot({ path: artifact('layout-1360-stories-on-request.png') });
  expect(await seriousViolations(page)).toEqual([]);
});

test('opening the suggested cases and the import details moves no row; Escape closes each and focus goes back', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await importVia(page, 'folder', SEEDS);
  const summary = page.getByTestId('import-summary');
  const count = summary.getByTestId('import-stories').getByRole('button', { name: '1 suggested case' });
  await expect(count).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole('table', { name: 'Articles' });
  const before = (await table.boundingBox())!;
  await page.evaluate(tableCorners.start);

  // The stories: a panel over the library, focus in it; Escape closes it and focus is back on the count.
  const panel = page.getByTestId('case-suggestions');
  await count.click();
  await expect(panel.getByTestId('suggestion')).toHaveCount(1);
  await expect(panel).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(count).toBeFocused();
  // Opened by the keyboard, closed by its ✕: focus back on the count too.
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Close suggested cases' }).click();
  await expect(panel).toHaveCount(0);
  await expect(count).toBeFocused();

  // The report's details: over the library too; Escape from inside them closes them, focus back on Details.
  const details = summary.getByRole('button', { name: /^Details/ });
  await details.click();
  await expect(page.getByTestId('import-imported')).toBeVisible();
  await page.getByTestId('import-details').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-details')).toBeHidden();
  await expect(details).toHaveAttribute('aria-expanded', 'false');
  await expect(details).toBeFocused();

  // Both open at once, and a row of the table still takes a click.
  await count.click();
  await details.click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: artifact('layout-1360-overlays.png') });
  expect(await page.evaluate(tableCorners.stop), 'table corners drawn while the panels opened and closed').toEqual([`${Math.round(before.x)},${Math.round(before.y)}`]);
  expect(await seriousViolations(page)).toEqual([]);
});

test('when nothing came in, the import report opens its failures by itself', async ({ page }) => {
  // A Word 97 file is an article we cannot read: a failure (a .json would be skipped as not an article).
  const bad = join(tempDir('only-bad'), 'notes.doc');
  writeFileSync(bad, '{}');
  await openApp(page);
  await importVia(page, 'files', [bad]);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('0 articles imported');
  await expect(summary.getByRole('button', { name: /^Details/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('import-failures')).toBeVisible();
  await expect(page.getByTestId('import-failures')).toContainText('notes.doc');
  expect(await seriousViolations(page)).toEqual([]);
});

test('when only files that are not articles came, the report opens on them, with no failure', async ({ page }) => {
  const dir = tempDir('only-notes');
  writeFileSync(join(dir, 'expected.json'), '{}');
  writeFileSync(join(dir, 'README'), 'About these files');
  await openApp(page);
  await importVia(page, 'folder', dir);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('0 articles imported');
  await expect(summary).toContainText('0 failures');
  await expect(summary.getByTestId('import-skipped-count')).toHaveText('2 skipped');
  await expect(summary.getByRole('button', { name: /^Details/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('import-skipped').locator('li')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
});

/** Words of an element's text that the layout split across two lines (each word's Range has one box per line). */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const broken = [];
    for (const el of document.querySelectorAll(${JSON.stringify(selector)})) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/\\S+/g)) {
          const r = document.createRange();
          r.setStart(node, m.index);
          r.setEnd(node, m.index + m[0].length);
          const tops = new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  })()`)) as string[];
}

test('long one-word outlets never break mid-word beside the reader columns: ellipsis, and the name in a tooltip', async ({ page }) => {
  const dir = tempDir('long-outlets');
  const outlets = ['Qonversations', 'Nachrichtenagenturzeitungsdienst', 'The New York Times', 'Wirtschaftsnachrichten'];
  outlets.forEach((outlet, i) => {
    const body = [`Harbour ferry count ${i + 1} rises again`, `The ferry carried ${1200 + i * 10} passengers on Monday, the operator said, up from 1,100 a week earlier.`,
      'The harbour authority said the new timetable had helped, and that further sailings were planned for the summer months.'];
    writeFileSync(join(dir, `a${i}.html`), `<!doctype html><html><head><title>${body[0]}</title><meta property="og:site_name" content="${outlet}"></head><body><article><h1>${body[0]}</h1><p>${body[1]}</p><p>${body[2]}</p></article></body></html>`);
  });
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page);
  await importVia(page, 'folder', dir);
  await expect(page.getByTestId('import-summary')).toContainText('4 articles imported');
  await page.getByRole('button', { name: 'Close import report' }).click();
  const table = page.getByRole('table', { name: 'Articles' });
  const boxes = table.locator('tbody').getByRole('checkbox');
  for (let i = 0; i < 2; i++) await boxes.nth(i).check();
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  await expect(page.getByRole('region', { name: 'Reader' }).getByTestId('reader-column')).toHaveCount(2);
  await expect(table).toBeVisible();
  await page.screenshot({ path: artifact('layout-1024-long-outlets.png') });
  expect(await brokenWords(page, 'td.c-outlet')).toEqual([]);
  expect(await brokenWords(page, '[data-testid="byline"]')).toEqual([]);
  // Each outlet cell and byline names the outlet in full in its tooltip, cut or not.
  for (const outlet of outlets) {
    await expect(table.locator(`td.c-outlet[title="${outlet}"]`)).toHaveCount(1);
  }
  for (const outlet of outlets.slice(0, 2)) await expect(page.locator(`[data-testid="byline"] .outlet[title="${outlet}"]`)).toHaveCount(1);
  // The long name is cut with an ellipsis, not hidden: the cell shows at least its first letters.
  const clamp = 'td.c-outlet[title="Nachrichtenagenturzeitungsdienst"] .clamp';
  expect(await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(clamp)})).textOverflow`)).toBe('ellipsis');

  // The Statistics list beside the reader: the sources' names too.
  await page.getByRole('tab', { name: /Statistics/ }).click();
  await expect(page.locator('td.source').first()).toBeVisible({ timeout: 30_000 });
  await page.locator('td.source').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('layout-1024-long-outlets-statistics.png') });
  expect(await brokenWords(page, 'td.source')).toEqual([]);
  for (const outlet of outlets) await expect(page.locator(`td.source[title="${outlet}"]`).first()).toBeAttached();
});

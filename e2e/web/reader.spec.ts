import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS, artifact, importVia, openApp, rowButton, storedRecords, tempDir } from './helpers.js';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The window itself never scrolls: only panes do. */
async function expectWindowStill(page: Page) {
  // A string: this file is type-checked without the DOM library.
  const { y, overflow } = (await page.evaluate(`({
    y: window.scrollY + document.documentElement.scrollTop + document.body.scrollTop,
    overflow: document.documentElement.scrollHeight - window.innerHeight,
  })`)) as { y: number; overflow: number };
  expect(y).toBe(0);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function importSeeds(page: Page, files?: string[]) {
  await openApp(page);
  if (files) await importVia(page, 'files', files.map((f) => `${SEEDS}/${f}`));
  else await importVia(page, 'folder', SEEDS);
  await page.getByRole('button', { name: 'Close import report' }).click();
  await expect(page.getByTestId('analysis-status')).not.toContainText('Analysing', { timeout: 30_000 });
}

const reader = (page: Page) => page.getByRole('region', { name: 'Reader' });
const columnsOf = (page: Page) => reader(page).getByTestId('reader-column');

/** The articles of the first contested quantity that has at least `n` sources, read from its card. */
async function contestedSources(page: Page, n: number) {
  await page.getByRole('tab', { name: /Statistics/ }).click();
  const cards = page.locator('[data-testid="quantity-card"][data-status="contested"]');
  await expect(cards.first()).toBeVisible({ timeout: 30_000 });
  for (const card of await cards.all()) {
    const mentions = await card.getByTestId('value-button').evaluateAll((els) => els.map((e) => e.getAttribute('data-mention-id') ?? ''));
    const articles = [...new Set(mentions.map((m) => m.split(':')[0]))];
    if (articles.length >= n) return { card, quantityId: await card.getAttribute('data-quantity-id'), articles, mentions };
  }
  throw new Error(`no contested quantity with ${n} sources`);
}

async function tick(page: Page, articleId: string) {
  const row = page.getByRole('table', { name: 'Articles' }).locator(`tr:has(button[data-id="${articleId}"])`);
  await row.getByRole('checkbox').check();
}

test('three articles side by side: a contested figure links its counterparts in the other columns', async ({ page }) => {
  await importSeeds(page);
  const { articles, quantityId, mentions } = await contestedSources(page, 3);
  await page.getByRole('tab', { name: /Library/ }).click();

  // One article still reads as before: one column, no column tools.
  await rowButton(page, (await page.locator(`button[data-id="${articles[0]}"]`).textContent())!.trim()).click();
  await expect(columnsOf(page)).toHaveCount(1);
  await expect(reader(page).getByTestId('close-column')).toHaveCount(0);
  await page.screenshot({ path: artifact('reader-1-column.png') });

  for (const id of articles.slice(0, 3)) await tick(page, id);
  await expect(page.getByTestId('library-toolbar')).toContainText('3 ticked');
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  await expect(columnsOf(page)).toHaveCount(3);
  await expect(reader(page).getByTestId('column-count')).toHaveText('3 of 4 columns');
  // Three columns fold the list away; each column has its title, byline and body.
  await expect(page.getByRole('table', { name: 'Articles' })).toBeHidden();
  for (const col of await columnsOf(page).all()) {
    await expect(col.getByRole('heading', { level: 2 })).not.toBeEmpty();
    await expect(col.getByTestId('byline')).toBeVisible();
    expect(await col.getByTestId('reader-body').locator('p').count()).toBeGreaterThan(2);
  }

  // Click the first column's figure of that contested quantity.
  const first = columnsOf(page).nth(0);
  const mine = mentions.find((m) => m.startsWith(`${articles[0]}:`))!;
  const target = first.locator(`mark[data-mention-id="${mine}"]`);
  await target.click();
  await expect(target).toHaveClass(/focused/);
  await expect(target).toHaveClass(/linked/);
  await expect(reader(page).getByTestId('reader-message')).toContainText('Linked');
  await expect(reader(page).getByTestId('reader-message')).toContainText('mentioned in 2 of 2 other columns');
  for (const i of [1, 2]) {
    const col = columnsOf(page).nth(i);
    const linked = col.locator('mark.linked');
    await expect(col.getByTestId('link-note')).toContainText(/mentions? here/);
    // Each column scrolled itself to its first counterpart, which is one of the card's values.
    await expect(linked.first()).toBeInViewport();
    await expect(linked.first()).toHaveClass(/focused/);
    expect(mentions).toContain(await linked.first().getAttribute('data-mention-id'));
  }
  // Escape clears the link.
  await target.focus();
  await page.keyboard.press('Escape');
  await expect(reader(page).locator('mark.linked')).toHaveCount(0);
  await target.click();
  await page.screenshot({ path: artifact('reader-linked-numbers.png') });

  // Link the quantity of the card: its counterparts appear in every one of the three columns.
  await page.getByRole('button', { name: 'Show list' }).click();
  await page.getByRole('tab', { name: /Statistics/ }).click();
  await page.locator(`[data-testid="quantity-card"][data-quantity-id="${quantityId}"]`).getByTestId('compare-sources').click();
  await expect(columnsOf(page)).toHaveCount(Math.min(4, articles.length));
  for (const col of await columnsOf(page).all()) {
    await expect(col.locator('mark.linked').first()).toBeInViewport();
  }
  await expectWindowStill(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('columns resize by pointer and keyboard, close, and come back after a reload; rows drag onto the reader', async ({ page }) => {
  await importSeeds(page);
  const rows = page.getByRole('table', { name: 'Articles' }).locator('tbody button[data-id]');
  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') as string));
  await rows.nth(0).click();
  // Drag the second row onto the reader: it opens as a second column.
  await page.getByRole('table', { name: 'Articles' }).locator('tbody tr').nth(1).dragTo(columnsOf(page).first(), { targetPosition: { x: 400, y: 200 } });
  await expect(columnsOf(page)).toHaveCount(2);
  await page.screenshot({ path: artifact('reader-2-columns.png') });

  const handle = reader(page).getByTestId('resize-handle');
  await expect(handle).toHaveAttribute('aria-valuenow', '50');
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '56');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 120, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const after = Number(await handle.getAttribute('aria-valuenow'));
  expect(after).toBeLessThan(50);
  const widths = await columnsOf(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(widths[0]).toBeLessThan(widths[1]);

  // Four columns at most; the fourth drop is refused with a message.
  await page.getByRole('table', { name: 'Articles' }).locator('tbody tr').nth(2).dragTo(columnsOf(page).nth(1));
  await page.getByRole('table', { name: 'Articles' }).locator('tbody tr').nth(3).dragTo(columnsOf(page).nth(2));
  await expect(columnsOf(page)).toHaveCount(4);
  await page.screenshot({ path: artifact('reader-4-columns.png') });
  await page.getByRole('button', { name: 'Hide list' }).click();
  await page.screenshot({ path: artifact('reader-4-columns-wide.png') });
  await page.getByRole('button', { name: 'Show list' }).click();
  await page.getByRole('table', { name: 'Articles' }).locator('tbody tr').nth(4).dragTo(columnsOf(page).nth(0));
  await expect(reader(page).getByTestId('reader-message')).toContainText('at most 4');
  await expect(columnsOf(page)).toHaveCount(4);

  // Close the third column from the keyboard.
  const third = await columnsOf(page).nth(2).getAttribute('data-article-id');
  await columnsOf(page).nth(2).getByTestId('close-column').focus();
  await page.keyboard.press('Enter');
  await expect(columnsOf(page)).toHaveCount(3);
  const open = await columnsOf(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')));
  expect(open).not.toContain(third);
  await page.screenshot({ path: artifact('reader-3-columns.png') });
  const sizes = await reader(page).getByTestId('resize-handle').evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuenow')));

  // The layout is kept for the workspace: same articles, same widths after a reload.
  // The layout is saved a moment after the last change: wait until it is stored, then reload.
  await expect.poll(async () => ((await storedRecords(page, 'layouts')) as { articleIds: string[] }[]).map((r) => r.articleIds), { timeout: 15_000 }).toContainEqual(open);
  await page.reload();
  await expect(columnsOf(page)).toHaveCount(3);
  expect(await columnsOf(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id')))).toEqual(open);
  expect(await reader(page).getByTestId('resize-handle').evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuenow')))).toEqual(sizes);
  expect(ids.length).toBe(5);
  await expectWindowStill(page);
});

test('hover and keyboard focus show a statistic’s details; arrows move, Enter links', async ({ page }) => {
  await importSeeds(page);
  await page.getByRole('table', { name: 'Articles' }).locator('tbody button[data-id]').first().click();
  const body = reader(page).getByTestId('reader-body');
  const marks = body.locator('mark[data-mention-id]');
  await expect(marks.first()).toBeVisible({ timeout: 30_000 });
  await marks.nth(1).hover();
  const tip = page.getByTestId('mark-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Stated');
  await expect(tip).toContainText('Hedge');
  await expect(tip).toContainText(await marks.nth(1).textContent() ?? '');
  await page.screenshot({ path: artifact('reader-hover.png') });

  // Keyboard: one tab stop per column (the selected statistic), arrows move, the tooltip follows focus.
  await page.mouse.move(0, 0);
  await marks.first().focus();
  await expect(tip).toBeVisible();
  await expect(marks.first()).toHaveAttribute('aria-describedby', /tip-/);
  await page.keyboard.press('ArrowRight');
  await expect(marks.nth(1)).toBeFocused();
  await expect(marks.nth(1)).toHaveClass(/focused/);
  await expect(page.getByTestId('focus-status')).toContainText('2 of');
  await page.keyboard.press('Enter');
  await expect(reader(page).getByTestId('reader-message')).not.toBeEmpty();
  await expect(body.locator('mark[tabindex="0"]')).toHaveCount(1);
  await expectWindowStill(page);
});

test('align mode steps through the passages two seed articles share, and scrolls them together', async ({ page }) => {
  await importSeeds(page, ['000_69f58fe9d4adb70b.txt', '003_93716cde958e498d.txt']);
  const table = page.getByRole('table', { name: 'Articles' });
  for (const box of await table.getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  await expect(columnsOf(page)).toHaveCount(2);
  // Shared passages are marked in both columns.
  await expect(columnsOf(page).nth(0).locator('.passage').first()).toBeVisible();
  await expect(columnsOf(page).nth(1).locator('.passage').first()).toBeAttached();

  const toggle = reader(page).getByTestId('align-toggle');
  await expect(toggle).toBeEnabled();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const status = reader(page).getByTestId('passage-status');
  await expect(status).toHaveText(/Passage 1 of (\d+)/);
  const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(3);

  const current = (i: number) => columnsOf(page).nth(i).locator('.passage.current').first();
  for (let k = 2; k <= 4; k++) {
    await reader(page).getByRole('button', { name: 'Next shared passage' }).click();
    await expect(status).toHaveText(`Passage ${k} of ${total}`);
    await expect(current(0)).toBeInViewport();
    await expect(current(1)).toBeInViewport();
    // The same passage sits at the same height in both columns.
    const [a, b] = [(await current(0).boundingBox())!, (await current(1).boundingBox())!];
    expect(Math.abs(a.y - b.y)).toBeLessThan(30);
  }
  await page.screenshot({ path: artifact('reader-align.png') });
  await reader(page).getByRole('button', { name: 'Previous shared passage' }).click();
  await expect(status).toHaveText(`Passage 3 of ${total}`);

  // Scrolling one column keeps the other at the matching passage.
  const right = columnsOf(page).nth(1);
  const before = await right.evaluate((el) => el.scrollTop);
  const left = columnsOf(page).nth(0);
  await left.hover();
  await page.mouse.wheel(0, 500);
  await expect.poll(() => right.evaluate((el) => el.scrollTop)).not.toBe(before);
  await expect.poll(async () => (await status.textContent()) ?? '').not.toBe(`Passage 3 of ${total}`);
  await expectWindowStill(page);
});

test('a selection kept as evidence for a quantity survives a reload', async ({ page }) => {
  await importSeeds(page);
  const { articles } = await contestedSources(page, 2);
  await page.getByRole('tab', { name: /Library/ }).click();
  await page.locator(`button[data-id="${articles[0]}"]`).click();
  const body = reader(page).getByTestId('reader-body');
  await expect(body.locator('mark[data-status="contested"]').first()).toBeVisible({ timeout: 30_000 });

  // Select the words around the first contested figure with the mouse.
  const mark = body.locator('mark[data-status="contested"]').first();
  // Waits for the mark to be attached, visible and stable (a late re-render replaces the marks).
  await expect(async () => { await mark.scrollIntoViewIfNeeded({ timeout: 2_000 }); }).toPass({ timeout: 15_000 });
  await expect.poll(async () => (await mark.boundingBox()) !== null).toBe(true);
  const mbox = (await mark.boundingBox())!;
  await page.mouse.move(mbox.x - 60, mbox.y + mbox.height / 2);
  await page.mouse.down();
  await page.mouse.move(mbox.x + mbox.width + 60, mbox.y + mbox.height / 2, { steps: 6 });
  await page.mouse.up();
  const selected = ((await page.evaluate(`window.getSelection()?.toString() ?? ''`)) as string).trim();
  expect(selected.length).toBeGreaterThan(5);
  const bar = page.getByTestId('selection-bar');
  await expect(bar).toBeVisible();
  await bar.getByRole('button', { name: 'Evidence…' }).click();

  const dialog = page.getByTestId('annotate-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('annotate-quote')).toHaveText(selected);
  // The default quantity is the one of the figure inside the selection.
  const quantity = dialog.getByTestId('annotate-quantity');
  await expect(quantity).not.toHaveValue('');
  const label = (await quantity.locator('option:checked').textContent())?.trim() ?? '';
  expect(label).toContain('(contested)');
  await dialog.getByTestId('annotate-body').fill('The two outlets disagree here.');
  await page.screenshot({ path: artifact('reader-evidence-dialog.png') });
  await dialog.getByRole('button', { name: 'Save evidence' }).click();
  await expect(dialog).toBeHidden();
  await expect(body.locator('.evidence').first()).toBeVisible();
  await reader(page).getByTestId('notes-toggle').click();
  const item = page.getByTestId('note-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Evidence');
  await expect(item).toContainText(label.replace(/ \(contested\)$/, ''));
  await page.screenshot({ path: artifact('reader-notes.png') });

  // A note from the keyboard path: select a statistic, "Keep sentence…", keep it as a note.
  await body.locator('mark[data-mention-id]').last().focus();
  await page.keyboard.press('End');
  await reader(page).getByRole('button', { name: 'Keep sentence…' }).click();
  await dialog.getByRole('radio', { name: 'Note' }).check();
  await dialog.getByTestId('annotate-body').fill('Check the date.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('note-item')).toHaveCount(2);

  await page.reload();
  await expect(columnsOf(page)).toHaveCount(1);
  // Once the statistics are marked again the evidence is drawn in pieces around the mark: compare their joined text.
  const evidenceText = async () => (await reader(page).getByTestId('reader-body').locator('.evidence').allTextContents()).join('');
  await expect(reader(page).getByTestId('reader-body').locator('mark[data-mention-id]').first()).toBeVisible({ timeout: 30_000 });
  if (selected.replace(/\s+/g, ' ') === selected) await expect.poll(evidenceText).toBe(selected);
  else await expect.poll(evidenceText).not.toBe('');
  await reader(page).getByTestId('notes-toggle').click();
  await expect(page.getByTestId('note-item')).toHaveCount(2);
  await expect(page.getByTestId('note-item').filter({ hasText: 'Evidence' })).toContainText('The two outlets disagree here.');
  // "Show" opens the passage through the reader's focus range: scrolled to and marked.
  await columnsOf(page).first().evaluate((el) => (el.scrollTop = 10_000));
  await page.getByTestId('note-item').filter({ hasText: 'Evidence' }).getByRole('button', { name: 'Show' }).click();
  // The kept passage spans a statistic, so it is drawn as several pieces (text, the mark's text, text).
  await expect(reader(page).locator('.found').first()).toBeInViewport();
  await expect(reader(page).locator('.found').first()).toContainText(selected.split(/\s+/)[1] ?? '');
  await page.screenshot({ path: artifact('reader-notes-show.png') });
  await expectWindowStill(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('an outlet corrected in the reader header names the source in the Statistics notes', async ({ page }) => {
  await importSeeds(page);
  const { articles } = await contestedSources(page, 2);
  await page.getByRole('tab', { name: /Library/ }).click();
  const title = (await page.locator(`button[data-id="${articles[0]}"]`).textContent())!.trim();
  // What the import found for the outlet (the seeds name some outlets, not all): the correction note says it.
  const outletCell = page.getByRole('table', { name: 'Articles' }).locator(`tr:has(button[data-id="${articles[0]}"]) td.c-outlet`);
  const imported = (await outletCell.getAttribute('title')) ?? '';
  await rowButton(page, title).click();
  const col = columnsOf(page).first();
  await col.getByRole('button', { name: `Edit details of ${title}` }).click();
  await expect(col.getByTestId('edit-title')).toBeFocused();
  await col.getByTestId('edit-outlet').fill('Lantern Bay Courier');
  await col.getByTestId('edit-author').fill('R. Okafor');
  await col.getByTestId('edit-date').fill('2023-06-30');
  await page.screenshot({ path: artifact('reader-edit-metadata.png') });
  await col.getByRole('button', { name: 'Save' }).click();
  await expect(col.getByTestId('byline')).toContainText('Lantern Bay Courier');
  await expect(col.getByTestId('byline')).toContainText('R. Okafor');
  await expect(col.getByTestId('corrected')).toContainText(imported ? `outlet (was “${imported}”)` : 'outlet (was empty)');
  await expect(page.getByRole('table', { name: 'Articles' }).locator(`tr:has(button[data-id="${articles[0]}"]) td.c-outlet`)).toHaveText('Lantern Bay Courier');
  await page.screenshot({ path: artifact('reader-metadata-corrected.png') });

  // The re-analysis names the source by its corrected outlet, in the values and in the engine's notes.
  await page.getByRole('tab', { name: /Statistics/ }).click();
  await expect(page.getByTestId('value-source').filter({ hasText: 'Lantern Bay Courier' }).first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await page.getByTestId('quantity-note').allTextContents()).join('\n')).toContain('Lantern Bay Courier');

  // Kept after a reload; Escape cancels an edit.
  await page.reload();
  await page.getByRole('tab', { name: /Library/ }).click();
  await expect(columnsOf(page).first().getByTestId('byline')).toContainText('Lantern Bay Courier');
  await columnsOf(page).first().getByRole('button', { name: /Edit details/ }).click();
  await columnsOf(page).first().getByTestId('edit-outlet').fill('Something else');
  await page.keyboard.press('Escape');
  await expect(columnsOf(page).first().getByTestId('byline')).toContainText('Lantern Bay Courier');
  await expect(columnsOf(page).first().getByRole('button', { name: /Edit details/ })).toBeFocused();
});

test('a note follows its article to a lightly edited re-import', async ({ page }) => {
  const body = (extra: string) =>
    [
      'Harbour board reports a record autumn',
      `The harbour board said on Tuesday${extra} that 4,200 ships called at the port this autumn, the most since records began.`,
      'Dock workers put the figure lower, at roughly 3,900 ships, citing logs kept at the gates.',
      'The board will publish its full accounts in March.',
    ].join('\n\n');
  const first = tempDir('note-v1');
  const second = tempDir('note-v2');
  writeFileSync(join(first, 'harbour.txt'), body(''));
  writeFileSync(join(second, 'harbour.txt'), body(' evening').replace('roughly 3,900 ships', 'about 3,900 vessels'));

  await openApp(page);
  await importVia(page, 'folder', first);
  await page.getByRole('button', { name: 'Close import report' }).click();
  await rowButton(page, 'Harbour board reports a record autumn').click();
  const text = reader(page).getByTestId('reader-body');
  await expect(text).toContainText('Dock workers');
  // Select a whole sentence by triple-click and keep it as a note.
  await text.getByText('Dock workers put the figure lower').click({ clickCount: 3 });
  await page.getByTestId('selection-bar').getByRole('button', { name: 'Note…' }).click();
  await page.getByTestId('annotate-body').fill('Ask the union for the gate logs.');
  await page.getByRole('button', { name: 'Save note' }).click();
  const noted = async () => (await text.locator('.note').allTextContents()).join('');
  await expect.poll(noted).toBe('Dock workers put the figure lower, at roughly 3,900 ships, citing logs kept at the gates.');

  // Replace the article by an edited version of the same file.
  await reader(page).getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await importVia(page, 'folder', second);
  await page.getByRole('button', { name: 'Close import report' }).click();
  await rowButton(page, 'Harbour board reports a record autumn').click();
  await expect(text).toContainText('about 3,900 vessels');
  await expect.poll(noted).toContain('Dock workers put the figure lower, at about 3,900 vessels');
  await reader(page).getByTestId('notes-toggle').click();
  await expect(page.getByTestId('note-moved')).toContainText('found approximately in this one');
  await page.screenshot({ path: artifact('reader-note-moved.png') });
  await page.getByRole('button', { name: 'Keep it here' }).click();
  await expect(page.getByTestId('note-moved')).toHaveCount(0);
  await page.reload();
  await rowButton(page, 'Harbour board reports a record autumn').click();
  await expect.poll(noted).toContain('about 3,900 vessels');
  await expect(page.getByTestId('note-moved')).toHaveCount(0);
});

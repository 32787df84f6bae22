// The verdict board in the web build: decide the mission-size card with a verdict, an accepted value and evidence
// picked in the reader; undo and redo; reload and see it kept; split the card and merge it back; export every
// format and check the files; print the HTML report to pages. Screenshots in e2e/.artifacts.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { parse as parseCsv } from 'csv-parse/sync';
import { validator } from '../../test/helpers/ajv.js';
import { CLAIMREVIEW_JSON_SCHEMA, REPORT_JSON_SCHEMA } from '../../src/core/report/index.js';
import { SEEDS, artifact, importVia, openApp, seriousViolations } from './helpers.js';

interface Expected { quantities: { id: string; mentions: { file: string; quote: string; value: number }[] }[] }
const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')) as Expected;
/** What the checker reads in the sentences of the mission-size quantity (from the corpus's own answer key). */
const missionQuotes = expected.quantities.find((q) => /mission|strength/.test(q.id))!.mentions.map((m) => m.quote);

const boardTab = (page: Page) => page.getByRole('tab', { name: /Board/ });
const detail = (page: Page) => page.getByTestId('board-detail');
const settled = (page: Page) => expect(page.getByTestId('analysis-status')).not.toContainText('Analysing', { timeout: 30_000 });

async function importSeeds(page: Page): Promise<void> {
  await openApp(page);
  await importVia(page, 'folder', SEEDS);
  await page.getByRole('button', { name: 'Close import report' }).click();
  await settled(page);
}

/** Opens each board card until the one whose sentences quote the mission size; returns its card. */
async function openMissionCard(page: Page): Promise<Locator> {
  const cards = page.getByTestId('board-card');
  await expect(cards.first()).toBeVisible({ timeout: 30_000 });
  for (const card of await cards.all()) {
    await card.getByTestId('card-open').click();
    const text = (await detail(page).locator('tbody').textContent()) ?? '';
    const hits = missionQuotes.filter((q) => text.replace(/\s+/g, ' ').includes(q)).length;
    if (hits >= 3) return card;
  }
  throw new Error('no board card quotes the mission size');
}

async function download(page: Page, button: Locator): Promise<{ name: string; text: string; path: string }> {
  const wait = page.waitForEvent('download');
  await button.click();
  const d = await wait;
  const path = artifact(`board-export-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

test('decide the mission-size card, undo and redo, reload, split and merge back, export every format', async ({ page }) => {
  test.setTimeout(180_000);
  await importSeeds(page);
  await boardTab(page).click();
  const card = await openMissionCard(page);
  const quantityId = await card.getAttribute('data-quantity-id');
  await expect(card).toHaveAttribute('data-column', 'todo');
  await expect(detail(page).getByTestId('number-line').locator('svg')).toBeVisible();
  await expect(detail(page).getByTestId('detail-counts-differ')).toBeVisible();
  const valueCount = await detail(page).getByTestId('detail-value').count();
  expect(valueCount).toBeGreaterThanOrEqual(4);

  // A label, a rating, an accepted value with its reference, an explanation in Markdown (rendered, sanitised).
  await detail(page).getByTestId('card-label').fill('Size of the UN mission in Mali');
  await detail(page).getByRole('radio', { name: 'Needs context' }).check();
  await detail(page).getByTestId('accepted-input').fill('13,000');
  await detail(page).getByTestId('accepted-input').press('Enter');
  await detail(page).getByTestId('reference-citation').fill('Mission fact sheet, uniformed personnel');
  await detail(page).getByTestId('reference-url').fill('https://example.org/fact-sheet');
  await detail(page).getByTestId('explanation-input').fill('Sources count **troops and police** or all *personnel*. <img src=x onerror="window.__pwned=1">');
  await expect(detail(page).getByTestId('explanation-preview').locator('strong')).toHaveText('troops and police');
  await expect(detail(page).getByTestId('explanation-preview').locator('img')).toHaveCount(0);
  await expect(detail(page).getByTestId('number-line').locator('.nl-accepted, .nl-accepted-band').first()).toBeAttached();
  await expect(card.getByTestId('card-verdict')).toContainText('Needs context');

  // Evidence picked in the reader: the card opens the reader at its first value; select around the marked figure.
  await detail(page).getByTestId('pick-evidence').click();
  const body = page.getByRole('region', { name: 'Reader' }).getByTestId('reader-body');
  // The reader opens the card's first value: wait for that very mark (the article's marks render after it opens).
  const target = body.locator(`mark[data-mention-id="${await detail(page).getByTestId('board-value').first().getAttribute('data-mention-id')}"]`).first();
  await expect(target).toBeVisible({ timeout: 15_000 });
  await expect(async () => { await target.scrollIntoViewIfNeeded({ timeout: 2_000 }); }).toPass({ timeout: 15_000 });
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x - 40, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await page.getByTestId('selection-bar').getByRole('button', { name: 'Evidence…' }).click();
  const dialog = page.getByTestId('annotate-dialog');
  await expect(dialog.getByTestId('annotate-quantity')).toHaveValue(quantityId!);
  await dialog.getByTestId('annotate-body').fill('The figure as the outlet gives it.');
  await dialog.getByRole('button', { name: 'Save evidence' }).click();
  await expect(detail(page).getByTestId('evidence-item')).toHaveCount(1);

  // Undo and redo: the accepted value comes and goes (buttons and keyboard).
  await page.getByTestId('board-message').click();
  const accepted = detail(page).getByTestId('accepted-input');
  await page.getByTestId('undo').click(); // explanation
  await page.getByTestId('undo').click(); // reference
  await page.getByTestId('undo').click(); // accepted value
  await expect(accepted).toHaveValue('');
  await expect(detail(page).getByTestId('explanation-input')).toHaveValue('');
  await page.getByTestId('board-message').click();
  await page.keyboard.press('Control+Shift+Z');
  await expect(accepted).toHaveValue('13,000');
  await page.getByTestId('redo').click();
  await page.getByTestId('redo').click();
  await expect(detail(page).getByTestId('explanation-input')).toHaveValue(/troops and police/);
  await page.getByTestId('board-message').click();
  await page.keyboard.press('Control+Z');
  await expect(detail(page).getByTestId('explanation-input')).toHaveValue('');
  await page.keyboard.press('Control+Shift+Z');
  await expect(detail(page).getByTestId('explanation-input')).toHaveValue(/troops and police/);

  // Keyboard move: Alt+→ twice takes the card to Decided.
  await card.getByTestId('card-open').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.locator(`[data-testid="board-card"][data-quantity-id="${quantityId}"]`)).toHaveAttribute('data-column', 'review');
  // The card is rendered anew in its new column; focus follows it there.
  await expect(page.getByRole('button', { name: 'Size of the UN mission in Mali' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  const decided = page.locator(`[data-testid="board-column"][data-column="decided"] [data-testid="board-card"]`);
  await expect(decided).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Size of the UN mission in Mali' })).toBeFocused();
  await page.screenshot({ path: artifact('board.png') });

  // Drag and drop: the other contested card to In review.
  const other = page.locator('[data-testid="board-column"][data-column="todo"] [data-testid="board-card"]').first();
  if (await other.count()) {
    await other.dragTo(page.locator('[data-testid="board-column"][data-column="review"]'));
    await expect(page.locator('[data-testid="board-column"][data-column="review"] [data-testid="board-card"]')).toHaveCount(1);
  }

  // Reload: everything kept.
  await page.reload();
  await settled(page);
  await boardTab(page).click();
  await expect(decided).toHaveCount(1);
  await expect(decided.first()).toContainText('Size of the UN mission in Mali');
  // One separator between rating and accepted value, with a space on each side.
  await expect(decided.first().getByTestId('card-verdict')).toHaveText('Needs context · accepted 13,000');
  await decided.first().getByTestId('card-open').click();
  await expect(detail(page).getByTestId('accepted-input')).toHaveValue('13,000');
  await expect(detail(page).getByTestId('reference-url')).toHaveValue('https://example.org/fact-sheet');
  await expect(detail(page).getByTestId('evidence-item')).toHaveCount(1);
  expect(await page.evaluate('window.__pwned')).toBeUndefined();

  // Split the "over 15,000" values off, then merge them back.
  const rows = detail(page).getByTestId('detail-value');
  const high = rows.filter({ hasText: /15,000/ });
  const nHigh = await high.count();
  expect(nHigh).toBeGreaterThan(0);
  for (const r of await high.all()) await r.getByTestId('split-tick').check();
  await detail(page).getByTestId('split-button').click();
  await settled(page);
  await expect(detail(page).getByTestId('detail-value')).toHaveCount(valueCount - nHigh, { timeout: 30_000 });
  await expect(detail(page).getByTestId('split-flag')).toBeVisible();
  await expect(decided.first().getByTestId('card-flag')).toContainText('split');
  const mergeSelect = detail(page).getByTestId('merge-select');
  const option = mergeSelect.locator('option', { hasText: /15,000/ }).first();
  await mergeSelect.selectOption(await option.getAttribute('value'));
  await detail(page).getByTestId('merge-button').click();
  await settled(page);
  await expect(detail(page).getByTestId('detail-value')).toHaveCount(valueCount, { timeout: 30_000 });
  await expect(page.getByTestId('board-issues')).toHaveCount(0);
  await detail(page).getByRole('button', { name: 'Clear flag' }).click();
  await expect(detail(page).getByTestId('split-flag')).toHaveCount(0);
  await expect(detail(page).getByTestId('accepted-input')).toHaveValue('13,000');

  // Exports: every format of the whole board.
  await page.getByTestId('open-export').click();
  const exp = page.getByTestId('export-dialog');
  await exp.getByText('Publisher (for ClaimReview)').click();
  await exp.getByTestId('publisher-name').fill('Example Fact Desk');
  await exp.getByTestId('publisher-url').fill('https://factdesk.example.org/');
  await exp.getByTestId('publisher-review-url').fill('https://factdesk.example.org/checks/mali-mission');
  const md = await download(page, exp.getByTestId('export-md'));
  expect(md.name).toMatch(/\.md$/);
  expect(md.text).toContain('Size of the UN mission in Mali');
  expect(md.text).toContain('Needs context');
  const html = await download(page, exp.getByTestId('export-html'));
  expect(html.text).toContain('Needs context');
  expect(html.text).toContain('<svg');
  expect(html.text).not.toMatch(/<script|<img/i);
  const json = await download(page, exp.getByTestId('export-json'));
  const report = JSON.parse(json.text);
  const validReport = validator(REPORT_JSON_SCHEMA);
  expect(validReport(report), JSON.stringify(validReport.errors)).toBe(true);
  const claim = report.claims.find((c: { label: string }) => c.label === 'Size of the UN mission in Mali');
  expect(claim.verdict).toMatchObject({ decided: true, rating: { label: 'Needs context' }, accepted: { low: 13000, high: 13000 } });
  expect(claim.verdict.evidence).toHaveLength(1);
  const csv = await download(page, exp.getByTestId('export-csv'));
  const csvRows = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
  expect(csvRows.filter((r) => Object.values(r).includes('Size of the UN mission in Mali')).length).toBe(valueCount);
  const cr = await download(page, exp.getByTestId('export-claimreview'));
  const reviews = JSON.parse(cr.text) as object[];
  expect(reviews).toHaveLength(1);
  const validCr = validator(CLAIMREVIEW_JSON_SCHEMA);
  for (const r of reviews) expect(validCr(r), JSON.stringify(validCr.errors)).toBe(true);
  expect(reviews[0]).toMatchObject({ reviewRating: { alternateName: 'Needs context' }, author: { name: 'Example Fact Desk' } });
  // PDF in the web build: the browser's print dialog on the same HTML.
  await exp.getByTestId('export-pdf').click();
  await expect(exp.getByTestId('export-status')).toContainText(/print dialog|Saved/);
  await exp.getByRole('button', { name: 'Close' }).click();

  // Selected cards only.
  await page.locator(`[data-testid="board-column"][data-column="decided"] [data-testid="card-select"]`).check();
  await page.getByTestId('open-export').click();
  await expect(exp.getByRole('radio', { name: /1 selected card/ })).toBeChecked();
  const one = JSON.parse((await download(page, exp.getByTestId('export-json'))).text);
  expect(one.claims).toHaveLength(1);
  await exp.getByRole('button', { name: 'Close' }).click();

  expect(await seriousViolations(page)).toEqual([]);

  // The HTML report offline: verdict and chart shown, printed to pages.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${html.path}`);
  await expect(page.locator('figure.chart svg').first()).toBeVisible();
  await expect(page.getByText('Needs context').first()).toBeVisible();
  expect(requests).toEqual([`file://${html.path}`]);
  await page.screenshot({ path: artifact('board-report.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(artifact('board-report.pdf'), pdf);
  expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(1);
});

test('restore refuses a damaged backup and touches nothing; a real backup restores', async ({ page }) => {
  test.setTimeout(120_000);
  await importSeeds(page);
  await boardTab(page).click();
  await page.getByTestId('board-card').first().getByTestId('card-open').click();
  await detail(page).getByRole('radio', { name: 'Inaccurate' }).check();
  const backup = await download(page, page.getByTestId('backup'));
  expect(JSON.parse(backup.text).tables.verdicts).toHaveLength(1);

  const damaged = artifact('board-damaged-backup.json');
  writeFileSync(damaged, backup.text.replace('Inaccurate', 'Accurate!'));
  await page.getByTestId('restore-file').setInputFiles(damaged);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByTestId('backup-error')).toContainText('was not restored');
  await expect(page.getByTestId('card-verdict').first()).toContainText('Inaccurate');

  // Change the verdict, then restore the backup: the earlier verdict is back.
  await detail(page).getByRole('radio', { name: 'Accurate', exact: true }).check();
  await expect(page.getByTestId('card-verdict').first()).toContainText('Accurate');
  await page.getByTestId('restore-file').setInputFiles(backup.path);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByTestId('board-message')).toContainText('Workspace restored');
  await expect(page.getByTestId('card-verdict').first()).toContainText('Inaccurate');
});

test('a dismissed statistic leaves its card; when its article is deleted the correction is shown as orphaned', async ({ page }) => {
  test.setTimeout(120_000);
  await importSeeds(page);
  await boardTab(page).click();
  const cards = page.getByTestId('board-card');
  await expect(cards).toHaveCount(2, { timeout: 30_000 });
  // The smaller contested card: two sources, one value each. Dismissing one leaves a single source: off the board.
  const small = cards.filter({ hasText: '2 values' }).first();
  await small.getByTestId('card-open').click();
  const row = detail(page).getByTestId('detail-value').first();
  const mentionId = (await row.getAttribute('data-mention-id'))!;
  await row.getByTestId('dismiss-value').click();
  await settled(page);
  await expect(cards).toHaveCount(1, { timeout: 30_000 });
  await page.getByTestId('undo').click();
  await settled(page);
  await expect(cards).toHaveCount(2, { timeout: 30_000 });
  await page.getByTestId('redo').click();
  await settled(page);
  await expect(cards).toHaveCount(1, { timeout: 30_000 });
  // Single-source figures are one filter away, and can be put on the board.
  await page.getByTestId('filter-single-source').click();
  await expect(page.getByTestId('off-board-item').first()).toBeVisible();

  // Delete the article holding the dismissed statistic: the correction is kept and shown as orphaned.
  await page.getByRole('tab', { name: /Library/ }).click();
  await page.locator(`table button[data-id="${mentionId.split(':')[0]}"]`).click();
  await page.getByRole('toolbar').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await settled(page);
  await boardTab(page).click();
  await expect(page.getByTestId('orphaned-correction')).toContainText('no longer found', { timeout: 30_000 });
  await page.screenshot({ path: artifact('board-orphaned.png') });
});

test('an edit is saved as it is typed: closing the page mid-edit loses nothing', async ({ page, context }) => {
  test.setTimeout(120_000);
  await importSeeds(page);
  await boardTab(page).click();
  await page.getByTestId('board-card').first().getByTestId('card-open').click();
  await detail(page).getByTestId('card-label').pressSequentially('Checked label', { delay: 20 });
  await detail(page).getByTestId('explanation-input').pressSequentially('Half-written note', { delay: 20 });
  // No blur, no Enter: the page goes away while the field still has focus.
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto('/');
  await again.getByRole('tab', { name: /Board/ }).click();
  await expect(again.getByTestId('board-card').filter({ hasText: 'Checked label' })).toHaveCount(1, { timeout: 30_000 });
  await again.getByTestId('board-card').filter({ hasText: 'Checked label' }).getByTestId('card-open').click();
  await expect(again.getByTestId('board-detail').getByTestId('explanation-input')).toHaveValue('Half-written note');
});

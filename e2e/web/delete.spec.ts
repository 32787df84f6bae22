import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifact, importVia, openApp, rowButton, rowTitles, tempDir } from './helpers.js';

function article(title: string, body: string): string {
  return `${title}\n\n${body}\n\nA second paragraph adds context about the 12 inspectors involved.\n`;
}

test('delete asks for confirmation, can be cancelled, and persists', async ({ page }) => {
  const dir = tempDir('delete');
  writeFileSync(join(dir, 'one.txt'), article('River levels fall after dry spring', 'Gauges showed the river 40 centimetres below its average.'));
  writeFileSync(join(dir, 'two.txt'), article('Council approves new cycle lanes', 'The council approved 14 kilometres of new lanes on Monday.'));

  await openApp(page);
  await importVia(page, 'folder', dir);
  await expect(rowTitles(page)).toHaveCount(2);

  await rowButton(page, 'River levels fall after dry spring').click();
  await page.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete article?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('River levels fall after dry spring');
  // Cancel has focus: Enter on a reflex must not delete.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: artifact('06-confirm-delete.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rowTitles(page)).toHaveCount(2);

  // Keyboard path: focus the row, press Delete, confirm.
  await rowButton(page, 'River levels fall after dry spring').focus();
  await page.keyboard.press('Delete');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowTitles(page)).toHaveText(['Council approves new cycle lanes']);
  // Focus lands on the remaining row, so keyboard users can carry on.
  await expect(rowButton(page, 'Council approves new cycle lanes')).toBeFocused();

  await page.reload();
  await expect(rowTitles(page)).toHaveText(['Council approves new cycle lanes']);
});

test('arrow keys move through the table and open each article', async ({ page }) => {
  const dir = tempDir('keys');
  writeFileSync(join(dir, 'a.txt'), article('Alpha report on bridge repairs', 'Repairs will take 18 months.'));
  writeFileSync(join(dir, 'b.txt'), article('Beta report on school meals', 'About 3,000 pupils are affected.'));
  await openApp(page);
  await importVia(page, 'folder', dir);
  await rowButton(page, 'Alpha report on bridge repairs').click();
  await page.keyboard.press('ArrowDown');
  await expect(rowButton(page, 'Beta report on school meals')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { name: 'Beta report on school meals' })).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('heading', { name: 'Alpha report on bridge repairs' })).toBeVisible();
});

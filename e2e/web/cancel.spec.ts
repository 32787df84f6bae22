import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, rowTitles, tempDir } from './helpers.js';

test('cancel stops after the current file and keeps what was parsed', async ({ page }) => {
  const dir = tempDir('cancel');
  // A large first file keeps the worker busy long enough to press Cancel while it is being parsed.
  const sentence = 'The committee met again on Monday and reviewed 14 proposals for the new budget year. ';
  const big = `Committee minutes for the long session\n\n${Array.from({ length: 10000 }, (_, i) => `${sentence.repeat(5)}Item ${i}.`).join('\n\n')}\n`;
  writeFileSync(join(dir, 'a-big.txt'), big);
  for (const n of [1, 2, 3]) writeFileSync(join(dir, `z-small-${n}.txt`), `Small note number ${n}\n\nThe note lists ${n * 7} items for review.\n`);

  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Import folder' }).click();
  await (await chooser).setFiles(dir);
  const progress = page.getByRole('region', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByTestId('import-counts')).toContainText('of 4 files');
  await progress.getByRole('button', { name: 'Cancel' }).click();

  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('Import cancelled', { timeout: 60_000 });
  // The file in progress finishes and is kept; the files after it are never started.
  // (Which file was in progress at the click depends on speed, so only the invariants are asserted.)
  await expect(rowTitles(page).filter({ hasText: 'Committee minutes for the long session' })).toHaveCount(1);
  const imported = await rowTitles(page).count();
  expect(imported).toBeLessThan(4);
  await expect(summary).toContainText(`${imported} ${imported === 1 ? 'article' : 'articles'} imported`);
  await expect(page.getByTestId('import-failures')).toHaveCount(0);
  await page.reload();
  await expect(rowTitles(page)).toHaveCount(imported);
});

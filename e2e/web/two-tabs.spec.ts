import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importVia, openApp, rowButton, rowTitles, tempDir } from './helpers.js';

test('a second tab sees imports and deletions made in the first', async ({ page, context }) => {
  const dir = tempDir('tabs');
  writeFileSync(join(dir, 'one.txt'), 'Museum visitor numbers rise\n\nThe museum welcomed 52,000 visitors in May.\n');
  writeFileSync(join(dir, 'two.txt'), 'Night bus route extended\n\nThe route now runs 3 km further, to the hospital.\n');
  const other = await context.newPage();
  await openApp(page);
  await openApp(other);

  // The file chooser only opens for the tab in front.
  await page.bringToFront();
  await importVia(page, 'folder', dir);
  await expect(rowTitles(other)).toHaveText(['Museum visitor numbers rise', 'Night bus route extended']);

  await rowButton(other, 'Night bus route extended').click();
  await rowButton(page, 'Night bus route extended').click();
  await page.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(rowTitles(other)).toHaveText(['Museum visitor numbers rise']);
  // The other tab had the deleted article open: its reader closes rather than showing a ghost.
  await expect(other.getByText('Select an article to read it.')).toBeVisible();
});

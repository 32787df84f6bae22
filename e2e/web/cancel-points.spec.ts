import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, tempDir } from './helpers.js';

// Issue 9: cancel at any point leaves a consistent library. One import per point, Cancel pressed from inside the
// page the moment the progress line reaches it (no round trip to the test runner between seeing and clicking).
const FILES = 240;

for (const point of [0.1, 0.5, 0.9]) {
  test(`cancel at ${point * 100} % of the files keeps exactly what the report lists`, async ({ page }) => {
    const dir = tempDir(`cancel-${point * 100}`);
    const para = (i: number, j: number) => `Paragraph ${j} of note ${i}: the council counted ${i * 13 + j} requests and approved ${j + 2} of them on the day.`;
    for (let i = 0; i < FILES; i++) {
      // The last 15 % are long, so the import is still running when Cancel at 90 % lands (progress is drawn every 250 ms).
      const paragraphs = i >= FILES * 0.85 ? 2000 : 60;
      writeFileSync(join(dir, `note-${String(i).padStart(3, '0')}.txt`), `Council note ${i}\n\n${Array.from({ length: paragraphs }, (_, j) => para(i, j)).join('\n\n')}\n`);
    }
    await openApp(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('toolbar').getByRole('button', { name: 'Import folder' }).click();
    const threshold = Math.ceil(FILES * point);
    const clickedAt = page.evaluate(`new Promise((resolve) => {
      const poll = setInterval(() => {
        const counts = document.querySelector('[data-testid=import-counts]')?.textContent ?? '';
        const m = /(\\d+) of (\\d+) files/.exec(counts);
        if (!m || Number(m[1]) < ${threshold}) return;
        const button = [...document.querySelectorAll('section[aria-label="Import progress"] button')].find((b) => b.textContent.trim() === 'Cancel');
        if (!button || button.disabled) return;
        clearInterval(poll);
        button.click();
        resolve(Number(m[1]));
      }, 5);
    })`) as Promise<number>;
    await (await chooser).setFiles(dir);
    const done = await clickedAt;
    const summary = page.getByTestId('import-summary');
    await expect(summary).toBeVisible({ timeout: 60_000 });
    await expect(summary, `the import finished before Cancel at ${done} of ${FILES} files`).toContainText('Import cancelled');
    const imported = Number(/(\d+) articles? imported/.exec(await summary.innerText())![1]);
    // Everything parsed before the click was stored; nothing after the cancel was.
    expect(imported).toBeGreaterThanOrEqual(done);
    expect(imported).toBeLessThan(FILES);
    // The library list draws a page of rows at a time: count with the status bar's article count.
    const count = page.getByTestId('article-count');
    await expect(count).toHaveText(new RegExp(`^\\s*${imported} articles?\\b`));
    await page.reload();
    await expect(count).toHaveText(new RegExp(`^\\s*${imported} articles?\\b`));
    await expect(page.getByTestId('import-interrupted')).toHaveCount(0);
  });
}

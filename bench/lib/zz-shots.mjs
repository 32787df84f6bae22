// node /work/notes/shots.mjs <outdir> <port> <folder>...  (run from a repo dir for @playwright/test)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
const [out, port, ...folders] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
const shot = async (n) => { await page.screenshot({ path: resolve(out, n + '.png') }); console.log(resolve(out, n + '.png')); };
const settle = async () => {
  await page.waitForFunction(() => !document.body.textContent?.includes('Looking for stories'), null, { timeout: 90_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="analysis-status"]')?.textContent?.includes('Analysing'), null, { timeout: 90_000 });
  await page.waitForTimeout(500);
};
try {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('heading', { name: 'Crosscheck', level: 1 }).waitFor();
  for (const [i, f] of folders.entries()) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('toolbar').getByRole('button', { name: 'Import folder' }).click();
    await (await chooser).setFiles(resolve(f));
    await page.getByTestId('import-summary').waitFor({ timeout: 90_000 });
    await settle();
    await shot(`${i + 1}-library`);
  }
  const count = page.getByTestId('import-stories').getByRole('button', { name: /suggested case/ });
  if (await count.count()) {
    await count.click(); await page.waitForTimeout(300); await shot('suggestions');
    await page.getByTestId('case-suggestions').getByRole('button', { name: /^Accept/ }).first().click();
    await page.waitForTimeout(500);
    await page.getByTestId('suggestions-made').getByRole('button', { name: /./ }).first().click().catch(() => {});
    await settle();
  }
  await page.getByRole('button', { name: 'Close import report' }).click().catch(() => {});
  await shot('case-library');
  await page.getByRole('tab', { name: /Statistics/ }).click();
  await page.waitForTimeout(1500); await shot('statistics');
  await page.getByRole('tab', { name: /Board/ }).click();
  await page.waitForTimeout(1500); await shot('board');
  await page.getByRole('tab', { name: /Library/ }).click().catch(() => {});
  await page.waitForTimeout(800); await shot('library-again');
} finally { await browser.close(); }

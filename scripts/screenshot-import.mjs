#!/usr/bin/env node
// Look at the Library right after an import, as a checker would: the web build served on PORT (as Playwright's
// webServer does), a fresh Chromium profile (/usr/bin/chromium), 1360×860 (WIDTH, HEIGHT), "Import folder" on the seeds, then on
// each event folder given. Screenshots go to e2e/.artifacts/<prefix>-*.png; `--docs FILE` also writes the last
// one there. Usage: PORT=4302 node scripts/screenshot-import.mjs <prefix> <folder>... [--docs docs/x.png]
import { chromium } from '@playwright/test';
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const docsAt = args.indexOf('--docs');
const docs = docsAt >= 0 ? args.splice(docsAt, 2)[1] : null;
const [prefix, ...folders] = args;
if (!prefix || !folders.length) {
  console.error('usage: PORT=4302 node scripts/screenshot-import.mjs <prefix> <folder>... [--docs FILE]');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 4173);
const out = resolve('e2e/.artifacts');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(process.env.WIDTH ?? 1360), height: Number(process.env.HEIGHT ?? 860) } });
const shots = [];
const shot = async (name) => {
  const path = resolve(out, `${prefix}-${name}.png`);
  await page.screenshot({ path });
  shots.push(path);
};
try {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('heading', { name: 'Crosscheck', level: 1 }).waitFor();
  for (const [i, folder] of folders.entries()) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('toolbar').getByRole('button', { name: 'Import folder' }).click();
    await (await chooser).setFiles(resolve(folder));
    await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    // Wait for the story suggestion that follows an import (counted on the report's line, decision 0078).
    await page.waitForFunction(() => !document.body.textContent?.includes('Looking for stories'), null, { timeout: 60_000 });
    // And for the analysis of the new articles, so the tabs show their settled state.
    await page.waitForFunction(() => !document.querySelector('[data-testid="analysis-status"]')?.textContent?.includes('Analysing'), null, { timeout: 60_000 });
    await page.waitForTimeout(400);
    await shot(`${i + 1}-after-import`);
  }
  // What each panel measures, for the report.
  for (const id of ['import-summary', 'case-suggestions']) {
    const box = await page.getByTestId(id).boundingBox().catch(() => null);
    console.log(`${id}: ${box ? `${Math.round(box.height)} px high` : 'not shown'}`);
  }
  const table = await page.getByRole('table', { name: 'Articles' }).boundingBox();
  console.log(`library table: top ${Math.round(table?.y ?? 0)} px, ${Math.round(table?.height ?? 0)} px high`);
  const last = shots.at(-1);
  // The disclosures, open and folded: Details of the report, the suggestions opened from the report's count (they
  // never open by themselves, decision 0078) and folded to their bar, then a reload.
  const details = page.getByTestId('import-summary').getByRole('button', { name: /^Details/ });
  if (await details.count()) {
    await details.click();
    await shot('details-open');
    await details.click();
  }
  const count = page.getByTestId('import-stories').getByRole('button', { name: /suggested case/ });
  if (await count.count()) {
    await count.click();
    await shot('suggestions-open');
    console.log(`case-suggestions open: ${Math.round((await page.getByTestId('case-suggestions').boundingBox())?.height ?? 0)} px high`);
  }
  const fold = page.getByTestId('case-suggestions').getByRole('button', { name: /^Suggested cases/ });
  if (await fold.count()) {
    await fold.click();
    await shot('suggestions-folded');
    console.log(`case-suggestions folded: ${Math.round((await page.getByTestId('case-suggestions').boundingBox())?.height ?? 0)} px high`);
    await page.reload();
    await page.getByRole('heading', { name: 'Crosscheck', level: 1 }).waitFor();
    await page.waitForTimeout(600);
    await shot('reloaded');
  }
  if (docs) copyFileSync(last, resolve(docs));
} finally {
  await browser.close();
}
console.log(shots.join('\n'));

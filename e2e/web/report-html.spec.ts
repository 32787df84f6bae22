// The HTML report in Chromium: opened offline (no request leaves the page, no dialog), looked at, and printed to
// PDF with Chromium's own printer, which is what Electron's printToPDF uses.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import AxeBuilder from '@axe-core/playwright';
import { analyzeArticles } from '../../src/core/analyze.js';
import { importFile } from '../../src/core/import/index.js';
import type { Article, Verdict } from '../../src/core/model/index.js';
import { buildReport, htmlReport } from '../../src/core/report/index.js';
import { hostileCase } from '../../src/core/report/test-util.js';
import { keyedQuantities } from '../../src/core/verdicts/attach.js';
import { artifact } from './helpers.js';

async function exampleReport(): Promise<string> {
  const dir = 'examples/harbour-fire';
  const articles: Article[] = [];
  for (const f of readdirSync(dir).sort()) {
    const r = await importFile({ name: f, path: f, bytes: new Uint8Array(readFileSync(join(dir, f))) });
    if (r.ok) articles.push(r.article);
  }
  const analysis = analyzeArticles(articles);
  const keyed = keyedQuantities(analysis, articles);
  const contested = analysis.quantities.filter((q) => q.status === 'contested');
  const verdict = (i: number, level: string, label: string, ordinal: number | null, accepted: Verdict['accepted']): Verdict => ({
    id: `v${i}`, caseId: 'c', quantityKeys: keyed.find((k) => k.id === contested[i]!.id)!.keys, label: '', column: 'decided', order: i,
    rating: { scaleId: 'crosscheck-default', levelId: level, label, ordinal }, accepted,
    reference: { citation: 'Civil protection agency bulletin no. 4 (invented for this test)', url: 'https://example.org/bulletin-4' },
    explanation: 'The agency\'s final bulletin gives the figure used here; early reports gave **lower** counts while the fire was still burning.',
    evidenceIds: [], flag: i === 1 ? 'split' : null, createdAt: '2031-04-12T09:00:00Z', updatedAt: '2031-04-12T09:00:00Z',
  });
  // The invented decision accepts the highest figure the sources give, as a final count often is.
  const top = (i: number) => contested[i]!.spread?.max ?? 0;
  const verdicts = [verdict(0, 'needs-context', 'Needs context', 3, { low: top(0), high: top(0), unit: contested[0]!.unit, text: '' })];
  if (contested.length > 1) verdicts.push(verdict(1, 'misleading', 'Misleading', 2, null));
  return htmlReport(buildReport({ articles, analysis, verdicts, case: { id: 'c', name: 'Harbour terminal fire', description: 'Casualty and evacuation figures reported in the first three days.' }, generatedAt: new Date('2031-04-12T10:00:00Z') }));
}

for (const [name, make] of [['example', exampleReport], ['hostile', async () => htmlReport(buildReport({ ...hostileCase(), selection: 'all', generatedAt: new Date('2024-03-08T12:00:00Z') }))]] as const) {
  test(`the ${name} HTML report opens offline, reads well and prints to pages`, async ({ page }) => {
    const html = await make();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const file = artifact(`report-${name}.html`);
    writeFileSync(file, html);
    await page.goto(`file://${file}`);
    await expect(page.locator('h1')).toBeVisible();
    await page.waitForTimeout(300);
    // The document itself is the only request: nothing else is fetched.
    expect(requests).toEqual([`file://${file}`]);
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, img, iframe').count()).toBe(0);
    await expect(page.locator('figure.chart svg').first()).toBeVisible();
    await page.screenshot({ path: artifact(`report-${name}.png`), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: artifact(`report-${name}-dark.png`), fullPage: false });
    await page.emulateMedia({ colorScheme: 'light' });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(artifact(`report-${name}.pdf`), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(name === 'example' ? 2 : 1);
  });
}

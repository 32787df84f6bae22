import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SEEDS, importVia, openApp } from './helpers.js';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('no serious or critical axe violations: empty, library with reader, dialog open', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await importVia(page, 'folder', SEEDS);
  await page.getByRole('table', { name: 'Articles' }).locator('tbody button').first().click();
  await expect(page.getByTestId('reader-body')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Delete…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the page loads under its CSP with no console errors or failed requests', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  await importVia(page, 'folder', SEEDS);
  expect(problems).toEqual([]);
});

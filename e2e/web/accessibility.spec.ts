import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SEEDS, artifact, importVia, openApp } from './helpers.js';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// An axe pass takes seconds on a loaded 2-core machine (one measured 8 s); the tests below run three to seven of them
// besides an import and an analysis, so their budget is counted in minutes, not the default 60 s.
test('no serious or critical axe violations: empty, library with reader, dialog open', async ({ page }) => {
  test.setTimeout(120_000);
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

/** Every screen, axe-checked in the theme in effect; screenshots named by theme. */
async function everyScreen(page: Page, theme: 'light' | 'dark') {
  const shot = (name: string) => page.screenshot({ path: artifact(`${theme}-${name}.png`) });
  const check = async (screen: string) => expect(await seriousViolations(page), `${theme}: ${screen}`).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await shot('empty');
  await check('empty library');

  await importVia(page, 'folder', SEEDS);
  await shot('import-summary');
  await check('import summary');
  await page.getByRole('button', { name: 'Close import report' }).click();
  await expect(page.getByTestId('analysis-status')).not.toContainText('Analysing', { timeout: 30_000 });
  await page.getByRole('table', { name: 'Articles' }).locator('tbody button').first().click();
  await expect(page.getByTestId('reader-body').locator('mark').first()).toBeVisible({ timeout: 30_000 });
  await shot('library');
  await check('library and reader');

  await page.getByRole('tab', { name: /Statistics/ }).click();
  await expect(page.getByTestId('quantity-card').first()).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('chip-single-source').click();
  await page.getByTestId('quantity-note').locator('summary').first().click();
  await shot('statistics');
  await check('statistics');
  await page.getByRole('searchbox', { name: 'Filter quantities' }).fill('zzqx');
  await expect(page.getByTestId('no-matches')).toBeVisible();
  await check('statistics, no matches');
  await page.getByRole('searchbox', { name: 'Filter quantities' }).fill('');

  // Three columns, a contested figure linked across them.
  await page.getByRole('tab', { name: /Library/ }).click();
  const boxes = page.getByRole('table', { name: 'Articles' }).locator('tbody').getByRole('checkbox');
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await reader.locator('mark[data-status="contested"]').first().click();
  await reader.getByTestId('notes-toggle').click();
  await shot('reader');
  await check('reader, three columns');
  await reader.getByTestId('notes-toggle').click();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('troops');
  await expect(page.locator('#search-results mark, [role="listbox"] mark').first()).toBeVisible({ timeout: 30_000 });
  await shot('search');
  await check('search');
  await page.keyboard.press('Escape');

  await page.getByTestId('about-button').click();
  await expect(page.getByRole('dialog', { name: 'Crosscheck' })).toBeVisible();
  await shot('about');
  await check('about dialog');
  await page.getByRole('dialog', { name: 'Crosscheck' }).getByRole('button', { name: 'Close' }).click();
}

test('dark theme follows the system; every screen has no serious or critical axe violations in it', async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.getByTestId('theme-select')).toHaveValue('system');
  expect(await page.evaluate(`getComputedStyle(document.documentElement).colorScheme`)).toBe('dark');
  await everyScreen(page, 'dark');
});

test('light theme, chosen in the status bar against a dark system, every screen clean, and kept after a reload', async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await page.getByTestId('theme-select').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.getByTestId('theme-select')).toHaveValue('light');
  await everyScreen(page, 'light');
  // Dark by choice on a light system; back to "system" follows the system again, live.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByTestId('theme-select').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('theme-select').selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

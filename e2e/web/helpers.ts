/** Shared steps for the web specs. Each test gets a fresh browser context, hence an empty IndexedDB. */
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SEEDS = resolve('../shared/corpus/seeds');
export const EVENTS = resolve('../shared/corpus/events');
export const ARTIFACTS = resolve('e2e/.artifacts');

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `crosscheck-${prefix}-`));
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Crosscheck', level: 1 })).toBeVisible();
}

/** Use the toolbar button, as a user would, and answer the native picker with `paths` (a folder, or files). */
export async function importVia(page: Page, kind: 'files' | 'folder', paths: string | string[]): Promise<void> {
  const label = kind === 'files' ? 'Import files' : 'Import folder';
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: label }).click();
  await (await chooser).setFiles(paths);
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
}

export function rowTitles(page: Page) {
  return page.getByRole('table', { name: 'Articles' }).locator('tbody tr td.c-title');
}

/** The row's title button (the import report has same-named links, so scope to the table). */
export function rowButton(page: Page, title: string) {
  return page.getByRole('table', { name: 'Articles' }).getByRole('button', { name: title, exact: true });
}

export const EXAMPLES = resolve('examples/harbour-fire');

/** Every file of the folders, for one "Import files" of several folders together. */
export function filesOf(...dirs: string[]): string[] {
  return dirs.flatMap((d) => readdirSync(d).map((f) => join(d, f)));
}

/** axe (WCAG 2.1 A/AA + best practice): serious and critical violations, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Every record of one object store of the app's IndexedDB, read in the page. Specs poll it to wait for a debounced
 * save to land (a fixed sleep before a reload is too short on a loaded machine).
 */
export async function storedRecords(page: Page, store: string): Promise<unknown[]> {
  // A string, evaluated in the page (this file is type-checked without the DOM library).
  return (await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('crosscheck');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(${JSON.stringify(store)})) { db.close(); resolve([]); return; }
      const req = db.transaction(${JSON.stringify(store)}).objectStore(${JSON.stringify(store)}).getAll();
      req.onsuccess = () => { db.close(); resolve(req.result); };
      req.onerror = () => { db.close(); reject(req.error); };
    };
  })`)) as unknown[];
}

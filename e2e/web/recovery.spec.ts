import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, rowTitles, seriousViolations, tempDir } from './helpers.js';

/** Three small articles (stored within moments) and big ones that keep the workers busy for seconds. */
function folder(): string {
  const dir = tempDir('recovery');
  const sentence = 'The harbour board met on Monday and reviewed 14 proposals for the new dredging budget. ';
  for (const n of [1, 2, 3]) writeFileSync(join(dir, `a-note-${n}.txt`), `Harbour note number ${n}\n\nThe note lists ${n * 7} berths for review by the board.\n`);
  for (const n of [1, 2, 3, 4]) {
    writeFileSync(join(dir, `z-big-${n}.txt`), `Board minutes, long session ${n}\n\n${Array.from({ length: 30000 }, (_, i) => `${sentence.repeat(5)}Item ${i} of session ${n}.`).join('\n\n')}\n`);
  }
  return dir;
}

/** The main process of the browser this test launched, found by its own (unique) profile directory. */
function browserPid(profile: string): number {
  const out = execSync(`pgrep -o -f -- "user-data-dir=${profile}"`).toString().trim();
  return Number(out);
}

async function startImport(page: Page, dir: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Import folder' }).click();
  await (await chooser).setFiles(dir);
}

/** A browser with a profile on disk, so IndexedDB outlives killing the browser process. */
async function launch(profile: string, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', baseURL, viewport: { width: 1360, height: 860 } });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

for (const how of ['browser kill', 'reload'] as const) {
  test(`after a ${how} mid-import the app says what was stored and what not, and resumes`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const dir = folder();
    const profile = mkdtempSync(join(tmpdir(), 'crosscheck-profile-'));
    let { context, page } = await launch(profile, baseURL!);
    await openApp(page);
    await startImport(page, dir);
    await expect(page.getByTestId('import-counts')).toContainText('of 7 files');
    // Wait until the small notes are stored (their rows appear), while the big files are still being parsed. The list
    // refreshes once a second during an import, so a big file finished by then may appear with them.
    await expect.poll(() => rowTitles(page).count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('region', { name: 'Import progress' })).toBeVisible();

    if (how === 'reload') await page.reload();
    else {
      // SIGKILL the browser process: no unload handler, no chance to finish a write.
      process.kill(browserPid(profile), 'SIGKILL');
      await context.close().catch(() => undefined);
      ({ context, page } = await launch(profile, baseURL!));
      await page.goto('/');
    }
    const app = page;
    const notice = app.getByTestId('import-interrupted');
    await expect(notice).toBeVisible();
    await expect(notice.getByTestId('interrupted-counts')).toContainText('0 files failed');
    // The three notes are stored; on a fast machine a big file may have finished too. Whatever was stored is counted,
    // the files being parsed are named, and the rest are counted as never reached: together, all seven.
    const counts = (await notice.getByTestId('interrupted-counts').textContent()) ?? '';
    const stored = Number(/(\d+) articles? (?:was|were) stored and (?:is|are) complete/.exec(counts)?.[1] ?? NaN);
    expect(stored).toBeGreaterThanOrEqual(3);
    expect(stored).toBeLessThan(7);
    const inProgress = await notice.getByTestId('interrupted-in-progress').locator('li').allTextContents();
    for (const p of inProgress) expect(p).toMatch(/z-big-\d\.txt$/);
    const notReached = 7 - stored - inProgress.length;
    await expect(notice.getByTestId('interrupted-counts')).toContainText(`${notReached} ${notReached === 1 ? 'file was' : 'files were'} never reached`);
    // Every stored article is whole and in the library.
    await expect(rowTitles(app)).toHaveCount(stored);
    expect(await seriousViolations(app)).toEqual([]);

    // Resume: pick the folder again; the stored notes are recognised by hash, the rest imported.
    const chooser = app.waitForEvent('filechooser');
    await notice.getByRole('button', { name: /Resume/ }).click();
    await (await chooser).setFiles(dir);
    const summary = app.getByTestId('import-summary');
    await expect(summary).toContainText('Import finished', { timeout: 60_000 });
    await expect(summary).toContainText(`${7 - stored} ${7 - stored === 1 ? 'article' : 'articles'} imported`);
    await expect(summary).toContainText(`${stored} duplicate`);
    await expect(rowTitles(app)).toHaveCount(7);
    await expect(app.getByTestId('import-interrupted')).toHaveCount(0);
    await app.reload();
    // A cold page on a loaded 2-core CI machine took over 5 s once to list the library after a reload.
    await expect(rowTitles(app)).toHaveCount(7, { timeout: 20_000 });
    await expect(app.getByTestId('import-interrupted')).toHaveCount(0);
    await context.close();
  });
}

import { expect, test } from '@playwright/test';
import { artifact, openApp, rowTitles } from './helpers.js';

/**
 * The renderer against a stand-in for the Electron preload (window.crosscheck), injected before the app loads:
 * checks that it prefers the host bridge, reacts to menu commands and stores streamed articles.
 */
test('uses window.crosscheck when present: menu commands, streamed events, about dialog', async ({ page }) => {
  await page.addInitScript(() => {
    type Listener = (command: string) => void;
    const listeners: Listener[] = [];
    const paragraphs = ['The depot received 36 new buses this week.', 'Drivers will be trained over the next month.'];
    const article = {
      id: 'feedc0de00000001', hash: 'feedc0de'.repeat(8), fileName: 'buses.html', path: '/home/user/news/buses.html',
      format: 'html', title: 'City depot takes delivery of new buses', outlet: 'Metro Gazette', author: 'A. Writer',
      published: '2025-03-04', language: 'en', paragraphs, text: paragraphs.join('\n\n'), words: 16,
      importedAt: '2025-03-05T09:00:00.000Z', bytes: 2048, encoding: 'utf-8', removed: ['Subscribe now'],
    };
    const g = globalThis as unknown as Record<string, unknown>;
    g.crosscheck = {
      platform: 'electron',
      pickSources: async (kind: string) => ({ id: `src-${kind}`, count: 2, bytes: 4096, skipped: [{ path: '/home/user/news/clip.mp4', message: 'unsupported format (video)' }] }),
      sourcesFromDrop: async () => ({ id: 'drop', count: 0, bytes: 0, skipped: [] }),
      importSources: async (_id: string, onEvent: (e: unknown) => void) => {
        onEvent({ type: 'progress', progress: { filesDone: 0, filesTotal: 2, bytesDone: 0, bytesTotal: 4096, current: '/home/user/news/buses.html' } });
        onEvent({ type: 'article', article });
        onEvent({ type: 'failure', failure: { path: '/home/user/news/broken.pdf', message: 'corrupt PDF: no PDF header' } });
        onEvent({ type: 'progress', progress: { filesDone: 2, filesTotal: 2, bytesDone: 4096, bytesTotal: 4096, current: null } });
        return { parsed: 1, failed: 1, cancelled: false };
      },
      cancelImport: async () => {},
      saveFile: async () => null,
      onMenuCommand: (listener: Listener) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
    };
    g.__menu = (command: string) => listeners.forEach((l) => l(command));
  });

  await openApp(page);
  await expect(page.getByRole('contentinfo')).toContainText('Desktop');
  await page.evaluate(() => (globalThis as unknown as { __menu: (c: string) => void }).__menu('import-folder'));

  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('1 article imported');
  const failures = page.getByTestId('import-failures');
  await expect(failures).toContainText('/home/user/news/clip.mp4 — unsupported format (video)');
  await expect(failures).toContainText('/home/user/news/broken.pdf — corrupt PDF: no PDF header');
  await expect(rowTitles(page)).toHaveText(['City depot takes delivery of new buses']);
  // The first imported article opens by itself; byline joins outlet, author and date.
  await expect(page.getByTestId('byline')).toHaveText('Metro Gazette · by A. Writer · 2025-03-04');
  await expect(page.getByTestId('reader-body').locator('p')).toHaveCount(2);
  await page.screenshot({ path: artifact('07-host-bridge.png') });

  await page.evaluate(() => (globalThis as unknown as { __menu: (c: string) => void }).__menu('about'));
  const about = page.getByRole('dialog', { name: 'Crosscheck' });
  await expect(about).toBeVisible();
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();
});

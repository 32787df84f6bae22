// The suggested cases and the import details at a laptop's width, and what the import line and the panel say once
// every story is a case (decision 0099). Each check failed on the build before 0099.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EXAMPLES, SEEDS, artifact, filesOf, importVia, openApp, seriousViolations } from './helpers.js';

test.use({ viewport: { width: 1024, height: 700 } });

/** Import the seeds and the example folder together: two stories, counted on the import line. */
async function importTwoStories(page: Page): Promise<Locator> {
  await openApp(page);
  await importVia(page, 'files', filesOf(SEEDS, EXAMPLES));
  const count = page.getByTestId('import-stories').getByRole('button', { name: '2 suggested cases' });
  await expect(count).toBeVisible({ timeout: 30_000 });
  return count;
}

/** Accept both stories under long names (long enough that two do not fit on one line of the panel). */
async function acceptBoth(page: Page, names: [string, string]): Promise<Locator> {
  const panel = page.getByTestId('case-suggestions');
  for (const name of names) {
    const story = panel.getByTestId('suggestion').first();
    await story.getByRole('textbox').fill(name);
    await story.getByRole('button', { name: /^Accept/ }).click();
    await expect(panel.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(panel.getByTestId('suggestion')).toHaveCount(0);
  return panel;
}

const NAMES: [string, string] = [
  'Harbour fire at the container terminal and the night shift',
  'Seed stories about the regional budget vote and its aftermath',
];

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('at 1024 px the import details and the suggested cases open side by side, neither covering the other', async ({ page }) => {
  test.setTimeout(90_000);
  const count = await importTwoStories(page);
  await count.click();
  const panel = page.getByTestId('case-suggestions');
  await expect(panel.getByTestId('suggestion')).toHaveCount(2);
  await page.getByTestId('import-summary').getByRole('button', { name: /^Details/ }).click();
  const details = page.getByTestId('import-details');
  await expect(details).toBeVisible();
  await page.waitForTimeout(200);
  await page.screenshot({ path: artifact('panels-1024-both-open.png') });
  const d = (await details.boundingBox())!;
  const s = (await panel.boundingBox())!;
  expect(overlaps(d, s), `details ${JSON.stringify(d)} and suggestions ${JSON.stringify(s)} overlap`).toBe(false);
  // Both still readable: each keeps a usable width, inside the window.
  expect(d.width).toBeGreaterThan(400);
  expect(s.width).toBeGreaterThan(400);
  expect(s.x + s.width).toBeLessThanOrEqual(1024);
  // Closing the details gives the suggestions their full width back.
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect.poll(async () => (await panel.boundingBox())!.width).toBeGreaterThan(s.width + 100);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the cases made line shows every name whole, wrapping rather than cutting after the first', async ({ page }) => {
  test.setTimeout(90_000);
  const count = await importTwoStories(page);
  await count.click();
  const panel = await acceptBoth(page, NAMES);
  const made = panel.getByTestId('suggestions-made');
  await expect(made).toContainText('2 cases made:');
  await page.screenshot({ path: artifact('panels-1024-cases-made.png') });
  const line = (await made.boundingBox())!;
  for (const name of NAMES) {
    const button = made.getByRole('button', { name, exact: true });
    await expect(button).toHaveText(name);
    const b = (await button.boundingBox())!;
    // Whole inside the line (not under an ellipsis past its right edge) and not clipped inside itself.
    expect(b.x + b.width, `${name} ends past the line`).toBeLessThanOrEqual(line.x + line.width + 1);
    expect(await button.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }
  const text = made.locator('.made-text');
  expect(await text.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await expect(made).toHaveText(new RegExp(`2 cases made:\\s*${NAMES[0]} and ${NAMES[1]}$`));
});

test('once every story is a case, the import line counts the cases made and the panel says what to do next', async ({ page }) => {
  test.setTimeout(90_000);
  const count = await importTwoStories(page);
  await count.click();
  const panel = await acceptBoth(page, NAMES);
  await panel.getByRole('button', { name: 'Close suggested cases' }).click();
  await expect(panel).toHaveCount(0);
  // The line does not say "no new stories" right after two cases were made from them.
  const stories = page.getByTestId('import-stories');
  await expect(stories).not.toContainText('no new stories');
  const made = stories.getByRole('button', { name: '2 cases made' });
  await expect(made).toBeVisible();
  await page.screenshot({ path: artifact('panels-1024-line-cases-made.png') });
  // It shows them again, says there is nothing left to decide and what to do, and each name opens its case.
  await made.click();
  await expect(panel.getByTestId('suggestions-made')).toContainText(NAMES[1]);
  await expect(panel.getByTestId('suggestions-next')).toContainText('open a case');
  await expect(panel).not.toContainText('No new stories');
  await page.screenshot({ path: artifact('panels-1024-made-reopened.png') });
  await panel.getByRole('button', { name: NAMES[1], exact: true }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('case-switcher')).toContainText(NAMES[1].slice(0, 20));
  expect(await seriousViolations(page)).toEqual([]);
});

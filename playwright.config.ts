import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/.artifacts/test-results',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.tmp/ci/playwright.json' }]] : 'list',
  // Tests share one origin (and so one IndexedDB); each web spec clears it first, so run files one at a time.
  fullyParallel: false,
  projects: [
    {
      name: 'web',
      testMatch: 'web/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        baseURL: `http://127.0.0.1:${PORT}/`,
        launchOptions: { executablePath: '/usr/bin/chromium' },
        viewport: { width: 1360, height: 860 },
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
  webServer: {
    // Serves an existing dist-web: `npm test` runs build:web first.
    command: 'node scripts/serve-web.mjs',
    url: `http://127.0.0.1:${PORT}/`,
    env: { PORT: String(PORT) },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});

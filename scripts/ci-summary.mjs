// Prints one closing line for CI, "N passed, N failed, N skipped", summed over the vitest and Playwright JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0, failed = 0, skipped = 0, suites = 0;

const vitest = read('.tmp/ci/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  // A test file that fails to load (a syntax or import error) has no failed test in it, but it failed.
  suites += vitest.numFailedTestSuites ?? 0;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
const pw = read('.tmp/ci/playwright.json');
if (pw?.stats) {
  // Flaky = passed on a retry; it still passed.
  passed += pw.stats.expected + (pw.stats.flaky ?? 0);
  failed += pw.stats.unexpected;
  skipped += pw.stats.skipped;
}
// Errors outside any test (the web server did not start, a spec file did not compile).
suites += pw?.errors?.length ?? 0;
if (!vitest && !pw) {
  console.log('no test reports found');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped${suites ? `, ${suites} failed outside any test` : ''}`);

/**
 * The Electron pin must stay installable where its runtime cannot be downloaded (decision 0090): an exact 45.x whose
 * lockfile entry has no install script, so `npm ci` never fetches the runtime. Read from package.json and the lockfile,
 * never by loading the package.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version: string; hasInstallScript?: boolean }>;
};

describe('electron pin', () => {
  it('is an exact 45.x version, the same in package.json and the lockfile', () => {
    const wanted = pkg.devDependencies.electron;
    expect(wanted).toMatch(/^45\.\d+\.\d+$/);
    expect(lock.packages['node_modules/electron']?.version).toBe(wanted);
  });

  it('has no install script (npm ci must not try to download the runtime)', () => {
    const entry = lock.packages['node_modules/electron'];
    expect(entry).toBeDefined();
    expect(entry?.hasInstallScript).not.toBe(true);
  });

  it('is not older than 45.5.0, the newest 45.x patch checked to install without a download', () => {
    const [major, minor, patch] = pkg.devDependencies.electron.split('.').map(Number);
    expect(major).toBe(45);
    expect(minor * 1000 + patch).toBeGreaterThanOrEqual(5 * 1000 + 0);
  });
});

/**
 * The closest this machine gets to running the app: build with electron-vite, then boot the built out/main/index.js
 * under plain Node with a stand-in `electron` (test/fixtures/electron-stub) and import a folder through its IPC
 * handlers, parser host chunk (in Node child processes standing in for utility processes) and core. What only a real Electron can show is in e2e/electron/app.spec.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HOST_LIMITS, hostExecArgv } from './import-host.js';
import { CONTENT_SECURITY_POLICY, WEB_PREFERENCES } from './security-policy.js';

const root = resolve(import.meta.dirname, '../..');
// Inside the project (out/ is git-ignored) so the bundle's bare imports resolve to node_modules.
const outDir = join(root, 'out', `bundle-test-${process.pid}`);
const stub = join(root, 'test/fixtures/electron-stub');
let folder: string;
let report: Record<string, any>;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir], {
    cwd: root,
    stdio: 'pipe',
  });
  folder = mkdtempSync(join(tmpdir(), 'crosscheck-bundle-'));
  mkdirSync(join(folder, 'sub'));
  mkdirSync(join(folder, '.git'));
  writeFileSync(join(folder, 'ferry.txt'), 'Ferry numbers\n\nThe ferry carried 1,240 passengers on Monday, the operator said.\n');
  writeFileSync(join(folder, 'sub/bridge.md'), '# Bridge costs\n\nRepairs will cost about $3 million and take 14 months.\n');
  writeFileSync(join(folder, '.git/config'), '[core]');
  writeFileSync(join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
  // An image is not an article (left out by name, 0115); a Word 97 file is an article format we cannot read: a failure from the parser host.
  writeFileSync(join(folder, 'old.doc'), 'Saved by an old word processor');
  const out = execFileSync(process.execPath, ['--import', join(stub, 'register.mjs'), join(stub, 'boot-main.mjs'), join(outDir, 'main/index.js'), folder], {
    cwd: root,
    encoding: 'utf8',
  });
  report = JSON.parse(out.trim().split('\n').at(-1)!);
}, 120_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('built main bundle', () => {
  it('registers the app scheme, security handlers and menu, then loads app://crosscheck/ with the locked-down window', () => {
    const names = report.log.map((entry: unknown[]) => entry[0]);
    expect(names.slice(0, 1)).toEqual(['schemes']);
    expect(names).toEqual(expect.arrayContaining(['permission-request-handler', 'permission-check-handler', 'csp-header', 'menu', 'loadURL']));
    expect(report.log.find((e: unknown[]) => e[0] === 'loadURL')[1]).toBe('app://crosscheck/index.html');
    expect(report.webPreferences).toMatchObject(WEB_PREFERENCES);
    expect(report.preloadExists).toBe(true);
  });

  it('serves the built renderer with the CSP header and refuses paths outside it', () => {
    expect(report.index).toEqual({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY });
    expect(report.escapeStatus).toBe(404);
  });

  it('registers the six invoke channels and refuses a foreign sender', () => {
    expect(report.channels).toEqual([
      'crosscheck:invoke:cancelImport',
      'crosscheck:invoke:importSources',
      'crosscheck:invoke:pickSources',
      'crosscheck:invoke:printToPdf',
      'crosscheck:invoke:saveFile',
      'crosscheck:invoke:sourcesFromDrop',
    ]);
    expect(report.refused).toBe(true);
  });

  it('imports a picked folder in parser host processes: hidden entries skipped, the photo listed as not an article, one failure line for the .doc', () => {
    expect(report.list).toEqual({ count: 3, skipped: [], notArticles: [{ path: join(folder, 'photo.jpg'), message: 'not an article (.jpg file)' }] });
    expect(report.channelsUsed).toHaveLength(1);
    expect(report.channelsUsed[0]).toMatch(/^crosscheck:import:src-/);
    expect(report.titles).toEqual(['Bridge costs', 'Ferry numbers']);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0].path).toBe(join(folder, 'old.doc'));
    expect(report.done).toEqual({ type: 'done', summary: { parsed: 2, failed: 1, cancelled: false } });
  });

  it('forks each parser host as a utility process with the heap limit, from the built host entry chunk', () => {
    const forks = report.forks as { modulePath: string; options: { execArgv: string[]; serviceName: string } }[];
    expect(forks.length).toBeGreaterThanOrEqual(1);
    expect(forks.length).toBeLessThanOrEqual(2);
    for (const fork of forks) {
      expect(fork.modulePath).toMatch(/import-host-entry-[\w-]+\.js$/);
      expect(fork.options.execArgv).toEqual(hostExecArgv(DEFAULT_HOST_LIMITS));
      expect(fork.options.serviceName).toBe('Crosscheck parser');
    }
  });
});

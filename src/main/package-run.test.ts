/**
 * `npm run package` end to end with a stand-in runtime: the real Electron zip cannot be downloaded here, so the
 * test writes a zip shaped like it (an `electron` file carrying the fuse sentinel with Electron's default wire) into
 * ELECTRON_ZIP_DIR and runs scripts/package.mjs: electron-vite build, @electron/packager (asar, prune) and the fuse
 * flip in the afterComplete hook, all offline. What it cannot show is a real binary honouring the fuses.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronZipName, fuseMismatches } from '../../scripts/package-config.mjs';

const root = resolve(import.meta.dirname, '../..');
const version = (JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./node_modules/electron/package.json"))'], { cwd: root, encoding: 'utf8' })) as { version: string }).version;
let dir: string;
let output: string;
const appDir = () => join(dir, 'out', `Crosscheck-${process.platform}-${process.arch}`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-package-'));
  // Electron's default wire: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on, ASAR checks off, …
  const binary = Buffer.concat([Buffer.alloc(512), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 9]), Buffer.from('101001101'), Buffer.alloc(64)]);
  const zip = new JSZip();
  zip.file('electron', binary, { unixPermissions: 0o755 });
  zip.file('resources/default_app.asar', 'stand-in');
  zip.file('LICENSE', 'MIT');
  zip.file('version', version);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
  writeFileSync(join(dir, electronZipName(version)), bytes);
  output = execFileSync(process.execPath, [join(root, 'scripts/package.mjs')], {
    cwd: root,
    env: { ...process.env, ELECTRON_ZIP_DIR: dir, PACKAGE_OUT: join(dir, 'out') },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'darwin' || process.platform === 'win32')('npm run package (stand-in runtime zip)', () => {
  it('flips every configured fuse in the packaged binary and reads them back', async () => {
    expect(output).toContain('Fuses flipped and read back');
    const wire = await getCurrentFuseWire(join(appDir(), 'crosscheck'));
    expect(fuseMismatches(wire)).toEqual([]);
  });

  it('puts the built app in app.asar without sources, tests or dev tools', () => {
    expect(existsSync(join(appDir(), 'resources', 'app'))).toBe(false);
    const files = listPackage(join(appDir(), 'resources', 'app.asar'), { isPack: false });
    expect(files).toEqual(expect.arrayContaining(['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']));
    expect(files.some((f) => /^\/out\/main\/chunks\/import-host-entry-[\w-]+\.js$/.test(f))).toBe(true);
    expect(files.some((f) => f.startsWith('/node_modules/mammoth/'))).toBe(true);
    expect(files.filter((f) => /^\/(src|e2e|test|docs|bench|eval)\//.test(f))).toEqual([]);
    expect(files.filter((f) => /^\/node_modules\/(vitest|@playwright\/test|electron|typescript|@electron\/packager)\//.test(f))).toEqual([]);
  });
});

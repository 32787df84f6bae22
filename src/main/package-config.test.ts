import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, FuseVersion } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import {
  electronZipName,
  findElectronZipDir,
  FUSES,
  fuseMismatches,
  ignoreForPackage,
  packagedBinary,
  packagerOptions,
} from '../../scripts/package-config.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'crosscheck-pkg-'));
  dirs.push(d);
  return d;
};

describe('fuse configuration of the packaged app', () => {
  it('flips the six fuses issue 9 asks for', () => {
    expect(FUSES.version).toBe(FuseVersion.V1);
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('decides every fuse of the wire explicitly, and file:// gets no extra privileges', () => {
    expect(FUSES.strictlyRequireAllFuses).toBe(true);
    const indices = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    for (const i of indices) expect(typeof FUSES[i as FuseV1Options], `fuse ${FuseV1Options[i]}`).toBe('boolean');
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('reads a binary back: a default wire is reported fuse by fuse, a flipped one is clean', () => {
    const indices = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    const flipped: Record<number, number> = {};
    for (const i of indices) flipped[i] = FUSES[i as FuseV1Options] ? FuseState.ENABLE : FuseState.DISABLE;
    expect(fuseMismatches({ version: '1', ...flipped })).toEqual([]);
    // Electron's defaults: RunAsNode, NODE_OPTIONS, inspect arguments, file:// privileges and wasm trap handlers on.
    const defaults = { ...flipped, 0: FuseState.ENABLE, 1: FuseState.DISABLE, 2: FuseState.ENABLE, 3: FuseState.ENABLE, 4: FuseState.DISABLE, 5: FuseState.DISABLE, 7: FuseState.ENABLE };
    expect(fuseMismatches(defaults)).toEqual([
      'RunAsNode',
      'EnableCookieEncryption',
      'EnableNodeOptionsEnvironmentVariable',
      'EnableNodeCliInspectArguments',
      'EnableEmbeddedAsarIntegrityValidation',
      'OnlyLoadAppFromAsar',
      'GrantFileProtocolExtraPrivileges',
    ]);
  });
});

describe('packager options', () => {
  it('packages into app.asar with dev dependencies pruned, from a local zip only, flipping fuses after completion', () => {
    const hook = async () => {};
    const options = packagerOptions({ root: '/p', electronVersion: '45.5.0', electronZipDir: '/zips', out: '/p/out-package', afterComplete: [hook] });
    expect(options).toMatchObject({ dir: '/p', electronVersion: '45.5.0', electronZipDir: '/zips', asar: true, prune: true, derefSymlinks: true });
    expect(options.afterComplete).toEqual([hook]);
    expect('download' in options).toBe(false);
  });

  it('copies only package.json, the built out/ folders and node_modules', () => {
    const kept = ['/package.json', '/out', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/node_modules/mammoth/lib/index.js'];
    const dropped = ['/src/main/index.ts', '/e2e/electron/app.spec.ts', '/docs/SECURITY.md', '/out/bundle-test-123/main/index.js', '/.git/config', '/test/fixtures/x', '/out-package/Crosscheck-linux-x64', '/dist-web/index.html', '/node_modules/.bin/vite', '/node_modules/.vite/deps', '/node_modules/.package-lock.json'];
    expect(kept.filter(ignoreForPackage)).toEqual([]);
    expect(dropped.filter((p) => !ignoreForPackage(p))).toEqual([]);
  });

  it('finds the binary to flip in each platform layout', () => {
    expect(packagedBinary('/o/Crosscheck-linux-x64', 'linux')).toBe('/o/Crosscheck-linux-x64/crosscheck');
    expect(packagedBinary('/o/Crosscheck-win32-x64', 'win32')).toBe('/o/Crosscheck-win32-x64/crosscheck.exe');
    expect(packagedBinary('/o/Crosscheck-darwin-arm64', 'darwin')).toBe('/o/Crosscheck-darwin-arm64/Crosscheck.app');
  });
});

describe('findElectronZipDir (never downloads)', () => {
  const name = electronZipName('45.5.0', 'linux', 'x64');

  it('is null when neither ELECTRON_ZIP_DIR nor a cache holds the zip (this machine)', () => {
    expect(findElectronZipDir('45.5.0', { env: {}, platform: 'linux', arch: 'x64', cacheRoots: [tempDir()] })).toBeNull();
    expect(findElectronZipDir('45.5.0', { env: { ELECTRON_ZIP_DIR: tempDir() }, platform: 'linux', arch: 'x64', cacheRoots: [] })).toBeNull();
  });

  it('takes ELECTRON_ZIP_DIR, or the hashed folder of @electron/get cache holding the zip', () => {
    const explicit = tempDir();
    writeFileSync(join(explicit, name), '');
    expect(findElectronZipDir('45.5.0', { env: { ELECTRON_ZIP_DIR: explicit }, platform: 'linux', arch: 'x64' })).toBe(explicit);
    const cache = tempDir();
    mkdirSync(join(cache, 'abc123'));
    writeFileSync(join(cache, 'abc123', name), '');
    expect(findElectronZipDir('45.5.0', { env: {}, platform: 'linux', arch: 'x64', cacheRoots: [cache] })).toBe(join(cache, 'abc123'));
    expect(findElectronZipDir('45.4.1', { env: {}, platform: 'linux', arch: 'x64', cacheRoots: [cache] })).toBeNull();
  });
});

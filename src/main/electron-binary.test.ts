import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
});

/** A project folder with an `electron` package as npm leaves it (no runtime) and, optionally, the runtime files. */
function project(opts: { pathTxt?: string; binary?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'crosscheck-bin-'));
  dirs.push(root);
  const pkg = join(root, 'node_modules/electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{"name":"x"}');
  writeFileSync(join(pkg, 'package.json'), '{"name":"electron","version":"45.4.1","main":"index.js"}');
  // If anything required the package, this would throw and the test would fail.
  writeFileSync(join(pkg, 'index.js'), 'throw new Error("electron was required");');
  if (opts.pathTxt !== undefined) writeFileSync(join(pkg, 'path.txt'), opts.pathTxt);
  if (opts.binary) writeFileSync(join(pkg, 'dist', opts.pathTxt!), '');
  return root;
}

describe('findElectronBinary', () => {
  it('is null when npm installed the package but never downloaded the runtime (this machine)', () => {
    expect(findElectronBinary(project())).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', () => {
    expect(findElectronBinary(project({ pathTxt: 'electron' }))).toBeNull();
  });

  it('finds dist/<path.txt> when the runtime is installed, without requiring the package', () => {
    const root = project({ pathTxt: 'electron', binary: true });
    expect(findElectronBinary(root)).toBe(join(root, 'node_modules/electron/dist/electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const root = project({ pathTxt: 'electron' });
    const elsewhere = mkdtempSync(join(tmpdir(), 'crosscheck-dist-'));
    dirs.push(elsewhere);
    writeFileSync(join(elsewhere, 'electron'), '');
    process.env.ELECTRON_OVERRIDE_DIST_PATH = elsewhere;
    expect(findElectronBinary(root)).toBe(join(elsewhere, 'electron'));
  });

  it('is null when electron is not a dependency at all', () => {
    const root = mkdtempSync(join(tmpdir(), 'crosscheck-bin-'));
    dirs.push(root);
    writeFileSync(join(root, 'package.json'), '{"name":"x"}');
    expect(findElectronBinary(root)).toBeNull();
  });
});
